import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Drives an `AppState` as the live loop does: each action acts on the table and events list
/// as the frame for the current state would draw them from `snapshot`.
struct StateDriver {
  var state: AppState
  let snapshot: SimSnapshot

  init(_ state: AppState, snapshot: SimSnapshot) {
    self.state = state
    self.snapshot = snapshot
  }

  /// The lists a frame of the current state shows.
  var lists: ListContext {
    FrameInputs(
      snapshot: snapshot, state: state, glyphs: .unicode, width: state.screen.width,
      height: state.screen.height
    ).lists
  }

  mutating func send(_ action: Action) {
    reduce(&state, action, lists: lists)
  }
}

/// Frames drawn from the small fixture snapshot, for tests that need hand-made trains.
enum FixtureFrame {
  /// One frame of `snapshot` (the fixture by default) as text, after `prepare` sends its
  /// actions to a state sized for the frame.
  static func text(
    _ width: Int, _ height: Int, snapshot: SimSnapshot = SnapshotFixture.snapshot(),
    glyphs: GlyphSet = .unicode, prepare: (inout StateDriver) -> Void = { _ in }
  ) -> String {
    var driver = StateDriver(
      AppState(screen: ScreenSize(width: width, height: height)), snapshot: snapshot)
    prepare(&driver)
    return DashboardFrame.render(
      snapshot: snapshot, state: driver.state, width: width, height: height, glyphs: glyphs
    ).plainText()
  }
}
