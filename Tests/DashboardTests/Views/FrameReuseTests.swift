import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The live loop draws each frame over the buffer of the frame before last
/// (`DashboardFrame.render(into:)`), so every cell must be repainted: a frame drawn over any
/// old contents must equal the same frame drawn into a fresh buffer, cell for cell (styles
/// included, which the text goldens do not see).
@Suite("Frames drawn into a reused buffer")
struct FrameReuseTests {
  /// Prepares the app state of one screen (help, detail, filters, focus …).
  typealias Prepare = @Sendable (inout AppState) -> Void

  static let screens: [(name: String, prepare: Prepare)] = [
    ("default", { _ in }),
    ("help", { reduce(&$0, .toggleHelp) }),
    (
      "detail",
      { state in
        reduce(&state, .cycleSort)
        reduce(&state, .move(45))
        reduce(&state, .openDetail)
      }
    ),
    (
      "status",
      { state in
        reduce(&state, .togglePause)
        reduce(&state, .cycleFilter)
        reduce(&state, .focusNext)
        reduce(&state, .showMessage("theme: light"))
        reduce(&state, .setLag(7_200))
      }
    ),
  ]

  static func state(_ prepare: Prepare, width: Int, height: Int) -> AppState {
    let snapshot = ScreenGoldenTests.snapshot
    var state = AppState()
    state.sync(with: snapshot, width: width, height: height)
    prepare(&state)
    state.sync(with: snapshot, width: width, height: height)
    return state
  }

  /// A buffer full of junk: red X's with wide glyphs scattered over it.
  static func dirty(width: Int, height: Int) -> Buffer {
    var buffer = Buffer(
      width: width, height: height,
      fill: Cell("X", style: Style(foreground: .rgb(255, 0, 0), attributes: .bold)))
    for y in 0..<height { buffer.put("郑州", x: (y * 7) % max(1, width), y: y, style: .plain) }
    return buffer
  }

  @Test(
    "every cell is repainted over junk",
    arguments: [(80, 24), (120, 40), (200, 60), (60, 20), (30, 8)], [0, 1, 2, 3])
  func overJunk(size: (Int, Int), screen: Int) {
    let (width, height) = size
    let snapshot = ScreenGoldenTests.snapshot
    let state = Self.state(Self.screens[screen].prepare, width: width, height: height)
    for glyphs in [GlyphSet.unicode, .ascii] {
      let fresh = DashboardFrame.render(
        snapshot: snapshot, state: state, width: width, height: height, glyphs: glyphs)
      var reused = Self.dirty(width: width, height: height)
      DashboardFrame.render(into: &reused, snapshot: snapshot, state: state, glyphs: glyphs)
      #expect(reused == fresh, "\(Self.screens[screen].name) \(width)x\(height)")
      #expect(reused.changes(from: fresh).isEmpty)
    }
  }

  @Test("screens drawn in turn into one buffer match fresh ones")
  func inTurn() {
    let snapshot = ScreenGoldenTests.snapshot
    var reused = Buffer(width: 120, height: 40)
    for screen in Self.screens + Self.screens.reversed() {
      let state = Self.state(screen.prepare, width: 120, height: 40)
      DashboardFrame.render(into: &reused, snapshot: snapshot, state: state)
      let fresh = DashboardFrame.render(
        snapshot: snapshot, state: state, width: 120, height: 40)
      #expect(reused == fresh, "\(screen.name)")
    }
  }
}
