import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The whole-pane models change when, and only when, something the pane shows changes: the
/// header with the sim minute, speed, pause, theme and seed; the status line with the message
/// and the lag; the size message with the size; the help with the theme and glyphs.
@Suite("Pane models: header, status line, size message, help")
struct PaneModelTests {
  static func header(_ snapshot: SimSnapshot, _ state: AppState) -> HeaderPane.Model {
    PaneModels.model(HeaderPane.self, .header, PaneModels.frame(snapshot, state))
  }

  @Test("the header changes with the sim minute, speed, pause, theme and seed")
  func headerChanges() throws {
    let snapshot = SnapshotFixture.snapshot()
    // Wide enough for the seed and the theme's name (narrower, they give way first).
    let state = try PaneModels.state(width: 200, height: 60)
    let base = Self.header(snapshot, state)
    var later = snapshot
    later.time = snapshot.time + 59
    #expect(Self.header(later, state) == base)
    later.time = snapshot.time + 60
    #expect(Self.header(later, state) != base)
    var seeded = snapshot
    seeded.seed += 1
    #expect(Self.header(seeded, state) != base)
    for action in [Action.faster, .togglePause, .cycleTheme] {
      #expect(Self.header(snapshot, PaneModels.after([action], state)) != base, "\(action)")
    }
  }

  @Test("the header holds across selection, focus, sort, filter, messages, lag, help, detail")
  func headerHolds() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let base = Self.header(snapshot, state)
    let actions: [[Action]] = [
      [.move(2)], [.focusNext], [.cycleSort], [.cycleFilter], [.showMessage("hi")],
      [.setLag(7_200)], [.toggleHelp], [.move(1), .openDetail],
    ]
    for keys in actions {
      #expect(Self.header(snapshot, PaneModels.after(keys, state)) == base, "\(keys)")
    }
  }

  static func statusLine(_ snapshot: SimSnapshot, _ state: AppState) -> StatusLinePane.Model {
    PaneModels.model(StatusLinePane.self, .statusLine, PaneModels.frame(snapshot, state))
  }

  @Test(
    "the status line changes with the message, the lag, the theme, the focus (its keys) and the search, and nothing else"
  )
  func statusLine() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let base = Self.statusLine(snapshot, state)
    for keys: [Action] in [
      [.showMessage("hi")], [.setLag(60)], [.cycleTheme], [.focusNext], [.startSearch],
    ] {
      #expect(Self.statusLine(snapshot, PaneModels.after(keys, state)) != base, "\(keys)")
    }
    #expect(
      Self.statusLine(snapshot, PaneModels.after([.setLag(60), .setLag(nil)], state)) == base)
    var sorted = state
    sorted.sort = .eta
    var later = snapshot
    later.time = snapshot.time + 3_600
    #expect(Self.statusLine(later, PaneModels.after([.move(3)], sorted)) == base)
    let shown = PaneModels.after([.showMessage("hi")], state)
    #expect(Self.statusLine(snapshot, PaneModels.after([.clock(5_000_000_000)], shown)) == base)
  }

  @Test("the size message follows the screen's size and theme")
  func tooSmall() throws {
    let snapshot = SnapshotFixture.snapshot()
    func model(_ width: Int, _ height: Int, _ state: AppState) -> TooSmallPane.Model {
      let frame = PaneModels.frame(snapshot, state)
      return TooSmallPane.model(frame, area: Rect(x: 0, y: 0, width: width, height: height))
    }
    let state = try PaneModels.state(width: 60, height: 20)
    let base = model(60, 20, state)
    #expect(base.width == 60 && base.height == 20)
    #expect(model(60, 20, PaneModels.after([.move(1), .faster], state)) == base)
    #expect(model(79, 24, state) != base)
    #expect(model(60, 20, PaneModels.after([.cycleTheme], state)) != base)
  }

  @Test("the help follows the theme and glyphs only")
  func help() throws {
    let state = try PaneModels.state()
    func model(_ snapshot: SimSnapshot, _ state: AppState, _ glyphs: GlyphSet = .unicode)
      -> HelpPane.Model
    {
      HelpPane.model(
        PaneModels.frame(snapshot, state, glyphs: glyphs),
        area: Rect(x: 0, y: 0, width: 120, height: 40))
    }
    let fixture = SnapshotFixture.snapshot()
    let base = model(fixture, state)
    #expect(model(SnapshotFixture.snapshot(eventCount: 3), state) == base)
    #expect(model(fixture, PaneModels.after([.move(2), .faster], state)) == base)
    #expect(model(fixture, state, .ascii) != base)
    #expect(model(fixture, PaneModels.after([.cycleTheme], state)) != base)
  }
}
