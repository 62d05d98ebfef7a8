import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Frames drawn from the small fixture snapshot, for tests that need hand-made trains.
enum FixtureFrame {
  /// One frame of `snapshot` (the fixture by default) as text, the state synced before and
  /// after `prepare` as the live loop does.
  static func text(
    _ width: Int, _ height: Int, snapshot: SimSnapshot = SnapshotFixture.snapshot(),
    glyphs: GlyphSet = .unicode, prepare: (inout AppState) -> Void = { _ in }
  ) -> String {
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
