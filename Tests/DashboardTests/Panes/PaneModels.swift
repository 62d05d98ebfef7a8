import CorridorSim
import TermRender

@testable import Dashboard

/// Pane models for model tests: a frame's inputs from a snapshot and a state, and one pane's
/// model at the rect the frame's plan gives it.
enum PaneModels {
  /// A 120×40 state whose `t` switches between the default theme and "light".
  static func state(width: Int = 120, height: Int = 40) throws -> AppState {
    AppState(
      themes: ThemeRing(
        current: .compiledDefault, others: [.loaded(try LiveRendererTests.lightTheme())]),
      screen: ScreenSize(width: width, height: height))
  }

  /// The inputs of a frame of `state`'s size.
  static func frame(
    _ snapshot: SimSnapshot = SnapshotFixture.snapshot(), _ state: AppState,
    glyphs: GlyphSet = .unicode
  ) -> FrameInputs {
    FrameInputs(
      snapshot: snapshot, state: state, glyphs: glyphs, width: state.screen.width,
      height: state.screen.height)
  }

  /// `P`'s model for `pane` at its rect in `frame`'s plan (the whole screen if unplanned).
  static func model<P: PaneRenderer>(_: P.Type, _ pane: Pane, _ frame: FrameInputs) -> P.Model {
    P.model(
      frame,
      area: frame.plan[pane] ?? Rect(x: 0, y: 0, width: frame.plan.width, height: frame.plan.height)
    )
  }

  /// `state` after `actions`, each acting on the lists its frame of `snapshot` shows.
  static func after(
    _ actions: [Action], _ state: AppState, snapshot: SimSnapshot = SnapshotFixture.snapshot()
  ) -> AppState {
    var driver = StateDriver(state, snapshot: snapshot)
    for action in actions { driver.send(action) }
    return driver.state
  }

  /// Snapshots of a run of the built-in scenario from day 20, at the given offsets (seconds).
  static func snapshots(seed: UInt64, at offsets: [SimDuration]) -> [SimSnapshot] {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: seed)
    simulation.run(until: .days(20))
    let start = simulation.now
    return offsets.sorted().map { offset in
      simulation.run(until: start + offset)
      return simulation.snapshot()
    }
  }
}
