import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The remembered route pane is exactly the pane drawn afresh, frame after frame of a running
/// simulation, through every input the pane reads changing under it.
@Suite("Remembered route pane")
struct RouteMemoTests {
  /// What happens before a frame: the live screen's key presses, a resize, a locale switch.
  enum Change {
    case action(Action)
    case size(Int, Int)
    case glyphs(GlyphSet)
    case focus(Pane)
  }

  /// A second theme with every role plain, so a theme switch changes every styled cell.
  static let themes = ThemeRing(
    current: .compiledDefault, others: [.loaded(Theme(name: "plain", summary: "", styles: [:]))])

  /// Frame number → changes made before it is drawn.
  static let changes: [Int: [Change]] = [
    15: [.action(.move(3))],
    30: [.action(.cycleSort)],  // progress
    45: [.action(.cycleTheme)],
    60: [.size(120, 40)],
    75: [.action(.cycleFilter)],  // westbound
    90: [.focus(.route)],
    105: [.size(80, 24)],  // compact route line
    120: [.glyphs(.ascii)],
    135: [.action(.reverseSort), .action(.move(-2))],
    150: [.size(160, 45), .glyphs(.unicode), .action(.cycleTheme)],
    165: [.action(.cycleFilter), .action(.cycleFilter), .action(.cycleFilter)],  // stopped
    180: [.action(.cycleFilter), .action(.cycleSort)],  // all, ETA
    195: [.size(100, 30)],
    210: [.size(200, 60), .focus(.trains)],
  ]

  @Test("frames of a running simulation, 6 sim minutes apart, match the pane drawn afresh")
  func liveFramesMatchFreshPanes() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 3)
    simulation.run(until: .days(18))
    var state = AppState(themes: Self.themes)
    var (width, height) = (160, 45)
    var glyphs = GlyphSet.unicode
    var changedFrames = 0
    var previous: Buffer?
    for frame in 0..<240 {
      for change in Self.changes[frame] ?? [] {
        switch change {
        case .action(let action): reduce(&state, action)
        case .size(let w, let h): (width, height) = (w, h)
        case .glyphs(let set): glyphs = set
        case .focus(let pane):
          for _ in Pane.allCases where state.focus != pane { reduce(&state, .focusNext) }
        }
      }
      simulation.run(until: simulation.now + 360)
      let snapshot = simulation.snapshot()
      state.sync(with: snapshot, width: width, height: height)
      let screen = DashboardFrame.render(
        snapshot: snapshot, state: state, width: width, height: height, glyphs: glyphs)
      let area = try #require(DashboardLayout.plan(width: width, height: height)[.route])
      var fresh = Buffer(width: width, height: height)
      RouteView.drawAfresh(
        into: &fresh, area: area,
        context: FrameContext(snapshot: snapshot, state: state, ui: glyphs))
      var same = true
      for y in area.y..<area.maxY {
        for x in area.x..<area.maxX where screen[x, y] != fresh[x, y] { same = false }
      }
      #expect(same, "frame \(frame) at \(width)x\(height)")
      if let previous, previous.width == width, previous.height == height {
        if (area.y..<area.maxY).contains(where: { y in
          (area.x..<area.maxX).contains { previous[$0, y] != screen[$0, y] }
        }) {
          changedFrames += 1
        }
      }
      previous = screen
    }
    // The sequence really moves markers and bars (else it would prove little).
    #expect(changedFrames > 100)
  }

  @Test(
    "equal bar keys draw equal bars",
    arguments: [40, 57, 118, 156, 198])
  func barKeysDecideTheDrawing(rowWidth: Int) {
    let width = RouteBar.barWidth(rowWidth: rowWidth)
    var drawn: [String: Buffer] = [:]
    let ratios = (0...2_000).map { Double($0) / 1_800 - 0.05 } + [.nan, .infinity, -.infinity]
    for ratio in ratios {
      let percent = ProgressBar.percentText(ratio)
      let eighths = RouteBar.eighths(ratio: ratio, percent: percent, rowWidth: rowWidth)
      var bar = Buffer(width: width, height: 1)
      ProgressBar(ratio: ratio, placement: .beside).render(
        into: &bar, area: bar.area, glyphs: .unicode)
      let key = "\(percent) \(eighths)"
      if let known = drawn[key] {
        #expect(known == bar, "ratio \(ratio) at row width \(rowWidth)")
      } else {
        drawn[key] = bar
      }
    }
    // Eighths resolve finer than percent on a wide bar: both are in the key.
    #expect(drawn.count > 101)
  }
}
