import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Frames drawn from the small fixture snapshot, for tests that need hand-made trains.
enum FixtureFrame {
  static func text(
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
}
