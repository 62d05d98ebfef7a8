import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Two live screens in one process share nothing: two `LiveRenderer`s driven with different
/// runs of one simulation (sizes, themes, sorts, selections; one with help and a train's
/// detail open, resizes and a too-small screen) produce, frame for frame, the same screen
/// copy and the same changes when their frames are interleaved as when each runs alone, and
/// every frame equals `DashboardFrame.render` of its inputs.
@Suite("Two live renderers")
struct TwoRenderersTests {
  /// One frame of a run: its inputs, and what the renderer made of them.
  struct Frame {
    var snapshot: SimSnapshot
    var state: AppState
    var screen: Buffer
    var changes: [CellChange]
  }

  /// A run: the simulation's seed, the state it starts from, and the keys (and resizes)
  /// before each frame.
  struct Script {
    var seed: UInt64
    var state: AppState
    var keys: (Int) -> [Action]
  }

  static let steps = 40

  /// Trains focused, default theme, sorted by ETA, the selection walking down.
  static func first() -> Script {
    var state = AppState(screen: ScreenSize(width: 120, height: 40))
    state.sort = .eta
    return Script(seed: 3, state: state) { step in
      switch step {
      case 4, 9, 15: [.move(2)]
      case 20: [.pageDown, .cycleFilter]
      case 28: [.focusNext, .focusNext, .focusNext, .move(2)]  // events scrolled back
      case 33: [.showMessage("first")]
      default: []
      }
    }
  }

  /// The light theme at 160×45, sorted by delay descending, help and detail opened; then
  /// 100×30, then the first run's size and theme (where a cache shared between the two would
  /// show one run's panes on the other's screen), a too-small screen, and 160×45 again.
  static func second() throws -> Script {
    var state = AppState(
      themes: ThemeRing(
        current: try LiveRendererTests.lightTheme(), others: [.loaded(.compiledDefault)]),
      screen: ScreenSize(width: 160, height: 45))
    state.sort = .delay
    state.sortDescending = true
    return Script(seed: 3, state: state) { step in
      switch step {
      case 2: [.end, .toggleHelp]
      case 6: [.toggleHelp, .move(-3), .openDetail]
      case 10: [.resize(ScreenSize(width: 100, height: 30))]
      case 14: [.resize(ScreenSize(width: 120, height: 40)), .closeOverlay, .cycleTheme]
      case 19: [.setLag(3_600)]
      case 24: [.resize(ScreenSize(width: 70, height: 20))]
      case 27: [.resize(ScreenSize(width: 160, height: 45)), .focusPrevious]
      case 32: [.openDetail, .toggleHelp]
      default: []
      }
    }
  }

  /// `script` run alone on `renderer`, each frame 300 sim seconds after the one before.
  static func runAlone(_ script: Script, on renderer: LiveRenderer = LiveRenderer()) -> [Frame] {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: script.seed)
    simulation.run(until: .days(20))
    var state = script.state
    var frames: [Frame] = []
    for step in 0..<steps {
      for action in script.keys(step) { reduce(&state, action, lists: renderer.lists) }
      simulation.run(until: simulation.now + 300)
      let snapshot = simulation.snapshot()
      let changes = render(renderer, snapshot, state)
      frames.append(
        Frame(snapshot: snapshot, state: state, screen: renderer.screen, changes: changes))
    }
    return frames
  }

  static func render(_ renderer: LiveRenderer, _ snapshot: SimSnapshot, _ state: AppState)
    -> [CellChange]
  {
    renderer.render(
      snapshot: snapshot, state: state, glyphs: .unicode, width: state.screen.width,
      height: state.screen.height)
  }

  /// The panes a frame shows.
  static func panes(_ frame: Frame) -> Set<Pane> {
    FrameInputs(
      snapshot: frame.snapshot, state: frame.state, glyphs: .unicode,
      width: frame.state.screen.width, height: frame.state.screen.height
    ).plan.visiblePanes
  }

  @Test("interleaved frames equal each renderer's frames alone, and fresh renders")
  func interleavedEqualsAlone() throws {
    let runs = [Self.runAlone(Self.first()), Self.runAlone(try Self.second())]
    for (index, run) in runs.enumerated() {
      let fresh = run.indices.filter { step in
        let frame = run[step]
        return frame.screen
          != DashboardFrame.render(
            snapshot: frame.snapshot, state: frame.state, width: frame.state.screen.width,
            height: frame.state.screen.height)
      }
      #expect(fresh == [], "run \(index): frames unlike fresh renders")
    }
    #expect(runs[0].map(\.screen) != runs[1].map(\.screen))
    let shown = runs[1].map(Self.panes)
    for pane in [Pane.help, .detail, .tooSmall, .trains] {
      #expect(shown.contains { $0.contains(pane) }, "the second run never shows \(pane)")
    }

    // The same inputs again on two new renderers, step by step in a seeded random order,
    // so that the two often draw the same frame of the simulation one after the other.
    let renderers = [LiveRenderer(), LiveRenderer()]
    var rng = SplitMix64(seed: 99)
    var mismatches: [String] = []
    for step in 0..<Self.steps {
      for which in rng.chance(0.5) ? [0, 1] : [1, 0] {
        let alone = runs[which][step]
        let changes = Self.render(renderers[which], alone.snapshot, alone.state)
        if renderers[which].screen != alone.screen || changes != alone.changes {
          mismatches.append("renderer \(which), frame \(step)")
        }
      }
    }
    #expect(mismatches == [])
  }
}
