import CorridorSim
import TermRender

@testable import Dashboard

/// The inputs of a live run with a random user, for property tests of the frame pipeline:
/// a real simulation advanced by random steps (0…7200 sim seconds), and a state changed by
/// random keys (selection, paging, sort, filter, focus, theme between the default and "light",
/// help, detail, messages, lag, pause, speed) and random resizes, too small ones included.
///
/// Seeded: the same seed gives the same frames.
enum RandomFrames {
  /// Screen sizes a run moves between: full, minimum, in between, and two too small.
  static let sizes = [
    ScreenSize(width: 120, height: 40), ScreenSize(width: 160, height: 45),
    ScreenSize(width: 80, height: 24), ScreenSize(width: 100, height: 30),
    ScreenSize(width: 200, height: 60), ScreenSize(width: 150, height: 50),
    ScreenSize(width: 60, height: 20), ScreenSize(width: 79, height: 24),
  ]

  /// `count` frames of a run of `Simulation(scenario: .zhengzhouLiege, seed:)`; with `map`,
  /// every frame is of the map view, its region changing now and then; with `kiosk`, of a
  /// kiosk whose views rotate every three wall seconds and whose layout shifts every minute.
  static func make(seed: UInt64, count: Int, map: Bool = false, kiosk: Bool = false) throws
    -> [FrameInputs]
  {
    var rng = SplitMix64(seed: seed)
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: seed)
    simulation.run(until: .days(20))
    var state = AppState(
      themes: ThemeRing(
        current: .compiledDefault, others: [.loaded(try LiveRendererTests.lightTheme())]),
      screen: rng.pick(sizes),
      kiosk: kiosk ? KioskSettings(intervalSeconds: 3, shiftEveryMinutes: 1) : nil)
    var glyphs = GlyphSet.unicode
    var wallNanos: UInt64 = 0
    var lists = ListContext.empty
    var frames: [FrameInputs] = []
    for _ in 0..<count {
      if rng.chance(0.12) { reduce(&state, .resize(rng.pick(sizes))) }
      if rng.chance(0.04) { glyphs = glyphs.isUnicode ? .ascii : .unicode }
      for _ in 0..<Int.random(in: 0...2, using: &rng) {
        reduce(&state, action(&rng), lists: lists)
      }
      if map, state.view != .map || rng.chance(0.05) {
        reduce(&state, .showMapRegion(rng.pick(MapRegion.allCases)))
      }
      wallNanos += UInt64.random(in: 0...2_000_000_000, using: &rng)
      // A kiosk refuses `t`; its theme changes here as if it had been started with another.
      if kiosk, rng.chance(0.03) { _ = state.themes.advance() }
      reduce(&state, .clock(wallNanos))
      simulation.run(until: simulation.now + step(&rng))
      let inputs = FrameInputs(
        snapshot: simulation.snapshot(), state: state, glyphs: glyphs,
        width: state.screen.width, height: state.screen.height)
      lists = inputs.lists
      frames.append(inputs)
    }
    return frames
  }

  /// Sim seconds to the next frame: often none or a few (models that hold), else up to 2 h.
  static func step(_ rng: inout SplitMix64) -> SimDuration {
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: 0
    case 1: SimDuration.random(in: 1...60, using: &rng)
    default: SimDuration.random(in: 0...7_200, using: &rng)
    }
  }

  /// A key the user might press (never quit).
  static func action(_ rng: inout SplitMix64) -> Action {
    let jump = Int.random(in: -3...3, using: &rng)
    let message = "message \(Int.random(in: 0...9, using: &rng))"
    let lag = rng.chance(0.5) ? nil : SimDuration.random(in: 0...90_000, using: &rng)
    let actions: [Action] = [
      .move(jump), .move(1), .move(-1), .pageUp, .pageDown, .home, .end, .focusNext,
      .focusPrevious, .cycleTheme, .cycleFilter, .cycleSort, .reverseSort, .openDetail,
      .closeOverlay, .toggleHelp, .togglePause, .faster, .slower, .showMessage(message),
      .clearMessage, .setLag(lag),
    ]
    return rng.pick(actions)
  }
}
