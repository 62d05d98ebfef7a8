import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Whole screens drawn from the fixture snapshot: layout and panes without the engine.
@Suite("Frames from the fixture snapshot")
struct FixtureFrameTests {
  static func frame(
    _ width: Int, _ height: Int, glyphs: GlyphSet = .unicode,
    prepare: (inout AppState) -> Void = { _ in }
  ) -> String {
    let snapshot = SnapshotFixture.snapshot()
    var state = AppState()
    state.sync(with: snapshot, width: width, height: height)
    prepare(&state)
    state.sync(with: snapshot, width: width, height: height)
    return DashboardFrame.render(
      snapshot: snapshot, state: state, width: width, height: height,
      glyphs: glyphs
    ).plainText()
  }

  @Test("whole screens", arguments: [(80, 24), (120, 40), (200, 60), (60, 20)])
  func screens(width: Int, height: Int) {
    Golden.check(Self.frame(width, height), named: "fixture-\(width)x\(height)")
  }

  @Test("ASCII glyphs at 80×24")
  func ascii() {
    let text = Self.frame(80, 24, glyphs: .ascii)
    Golden.check(text, named: "fixture-80x24-ascii")
    // Only data may be non-ASCII (the scenario title, station names), never a symbol we draw.
    let snapshot = SnapshotFixture.snapshot()
    let data =
      ([snapshot.scenarioTitle]
      + snapshot.corridor.stops.flatMap {
        [$0.name, $0.nativeName ?? ""]
      }).joined()
    let symbols = text.unicodeScalars.filter { !$0.isASCII && !data.unicodeScalars.contains($0) }
    #expect(symbols.map { String($0) } == [])
  }

  @Test("detail view of the selected train")
  func detail() {
    Golden.check(
      Self.frame(120, 40) { state in
        reduce(&state, .move(1))
        reduce(&state, .openDetail)
      }, named: "fixture-120x40-detail")
  }

  @Test("help overlay")
  func help() {
    Golden.check(Self.frame(120, 40) { reduce(&$0, .toggleHelp) }, named: "fixture-120x40-help")
  }

  @Test("paused, events focused, message and lag")
  func statusStates() {
    Golden.check(
      Self.frame(120, 40) { state in
        reduce(&state, .togglePause)
        reduce(&state, .focusNext)
        reduce(&state, .focusNext)
        reduce(&state, .showMessage("theme: light"))
        reduce(&state, .setLag(7_200))
      }, named: "fixture-120x40-status")
  }
}
