import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The live screen's frames (`LiveRenderer`) redraw only the panes, rows and layers whose
/// models changed; along a live run with every kind of change (selection, scroll, focus,
/// help, detail, theme, messages, resizes, a too-small screen) each frame's screen copy must
/// equal the frame drawn fresh by `DashboardFrame.render`, cell for cell, and the changes it
/// reports must be exactly the whole-screen diff from the frame before.
@Suite("Live renderer")
struct LiveRendererTests {
  static func lightTheme() throws -> Theme {
    let text = try #require(EmbeddedThemes.text(named: "light"))
    return try ThemeParser.theme(text: text, file: "light.theme", fallbackName: "light")
  }

  /// What happens before frame `step`: key actions, and a new screen size (nil: the same).
  static func events(at step: Int) -> (actions: [Action], size: (Int, Int)?) {
    switch step {
    case 6: ([.move(1)], nil)
    case 9: ([.move(2), .pageDown], nil)
    case 12: ([.focusNext, .focusNext, .focusNext], nil)  // trains → cargo → events
    case 14: ([.move(3)], nil)  // scrolls the events back
    case 18: ([.home, .toggleHelp], nil)
    case 21: ([.closeOverlay], nil)
    case 24: ([.focusNext, .focusNext, .openDetail], nil)
    case 30: ([.closeOverlay], nil)
    case 33: ([.cycleTheme], nil)
    case 37: ([.cycleSort, .togglePause], nil)
    case 40: ([.togglePause], (120, 40))
    case 44: ([], (60, 20))  // too small
    case 46: ([], (60, 20))
    case 48: ([], (160, 45))
    case 52: ([.showMessage("hello"), .setLag(7_200)], nil)
    case 56: ([.setLag(nil), .cycleFilter], nil)
    case 58: ([.clock(10_000_000_000)], nil)  // the message expires
    case 60: ([.end, .reverseSort], (200, 60))
    case 63: ([.toggleHelp], nil)
    case 65: ([.toggleHelp, .openDetail], nil)
    default: ([], nil)
    }
  }

  /// A live run of `steps` frames, 360 sim seconds apart (×3600 at 10 fps), driven by
  /// `events`; calls `check` with each frame's renderer, its changes and the state.
  static func run(
    seed: UInt64, steps: Int, renderer: LiveRenderer = LiveRenderer(),
    check: (Int, LiveRenderer, [CellChange], SimSnapshot, AppState) -> Void
  ) throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: seed)
    simulation.run(until: .days(20))
    var state = AppState(
      themes: ThemeRing(current: .compiledDefault, others: [.loaded(try lightTheme())]),
      screen: ScreenSize(width: 160, height: 45))
    for step in 0..<steps {
      let (actions, size) = events(at: step)
      if let size { reduce(&state, .resize(ScreenSize(width: size.0, height: size.1))) }
      for action in actions { reduce(&state, action, lists: renderer.lists) }
      simulation.run(until: simulation.now + 360)
      let snapshot = simulation.snapshot()
      let changes = renderer.render(
        snapshot: snapshot, state: state, glyphs: .unicode, width: state.screen.width,
        height: state.screen.height)
      check(step, renderer, changes, snapshot, state)
    }
  }

  @Test func framesEqualFreshOnesAndSendTheWholeScreenDiff() throws {
    var previous: Buffer?
    var mismatchedFrames: [Int] = []
    var mismatchedChanges: [Int] = []
    var changedFrames = 0
    var smallFrames = 0
    try Self.run(seed: 11, steps: 70) { step, renderer, changes, snapshot, state in
      let fresh = DashboardFrame.render(
        snapshot: snapshot, state: state, width: state.screen.width,
        height: state.screen.height)
      if renderer.screen != fresh { mismatchedFrames.append(step) }
      // A new size starts from a blank screen copy.
      let before =
        previous.flatMap { $0.width == fresh.width && $0.height == fresh.height ? $0 : nil }
        ?? Buffer(width: fresh.width, height: fresh.height)
      if changes != fresh.changes(from: before) { mismatchedChanges.append(step) }
      if !changes.isEmpty { changedFrames += 1 }
      if changes.count < fresh.width * fresh.height / 10 { smallFrames += 1 }
      previous = fresh
    }
    #expect(mismatchedFrames == [])
    #expect(mismatchedChanges == [])
    #expect(changedFrames > 60)
    #expect(smallFrames > 40)
  }

  @Test("the lists the keys act on are the table as drawn")
  func listsAreTheDrawnTable() throws {
    try Self.run(seed: 5, steps: 12) { _, renderer, _, snapshot, state in
      let inputs = FrameInputs(
        snapshot: snapshot, state: state, glyphs: .unicode, width: state.screen.width,
        height: state.screen.height)
      #expect(renderer.lists == inputs.lists)
      #expect(renderer.lists.rowIDs.count == inputs.order.count)
    }
  }
}
