import CorridorSim
import CursesBackend
import Dashboard
import Dispatch
import TermRender

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens the terminal and starts the live app.
@MainActor
enum LiveLauncher {
  /// How a start went: the running app, which the caller must keep alive (released, its
  /// timer would go with it and the program would idle), or the exit status after saying why.
  enum Outcome {
    case running(LiveApp)
    case failed(status: Int32)
  }

  /// Starts the dashboard; the caller then parks the main thread in `dispatchMain()`, holding
  /// on to the app.
  static func start(config: LiveConfig, scenario: LiveScenario) -> Outcome {
    MallocArenas.limitToOne()
    let environment = ProcessEnvironment.current()
    // The theme is loaded before the screen opens, so a bad `--theme` prints its file/line
    // message on a normal terminal and exits 2.
    let catalog = RailtopThemes.catalog(environment: environment)
    let initial: Theme
    do {
      initial = try catalog.initialTheme(argument: config.theme, environment: environment)
    } catch {
      printError("railtop: \(error)")
      return .failed(status: 2)
    }
    if config.kiosk != nil {
      // A visitor's Ctrl-Z or Ctrl-\\ would stop or kill the screen: ignored before ncurses
      // opens (it then installs no SIGTSTP handler of its own). The lock is the reducer's;
      // these two never reach it as keys.
      signal(SIGTSTP, SIG_IGN)
      signal(SIGQUIT, SIG_IGN)
    }
    let screen: CursesScreen
    do {
      screen = try CursesScreen(
        environment: environment, mouse: config.mouse, ambiguous: config.ambiguous)
    } catch {
      printError(error.message)
      return .failed(status: 2)
    }
    let simulation = Simulation(
      scenario: scenario.scenario, seed: config.seed ?? scenario.scenario.defaultSeed)
    // The dashboard never drains the event stream; its snapshot keeps the recent window.
    simulation.keepsEventsForDrain = false
    simulation.run(until: .days(Int64(config.warmupDays)))
    // No colour either because NO_COLOR asks for none or because the terminal has none: the
    // header and `t` say which.
    let noColorSet = !(environment["NO_COLOR"] ?? "").isEmpty
    let themes = ThemeRing.load(
      catalog: catalog, initial: initial, noColor: screen.colorDepth == .none,
      reason: noColorSet ? "NO_COLOR" : "no colours on this terminal")
    let app = LiveApp(
      screen: screen, simulation: simulation, config: config, themes: themes,
      glyphs: GlyphSet.forTerminal(
        isUTF8: screen.isUTF8, term: environment["TERM"],
        ambiguousIsWide: screen.ambiguousWidth == .wide),
      environment: environment)
    app.start()
    return .running(app)
  }

  /// Writes a line to stderr (unbuffered, so it is out before any exit).
  nonisolated static func printError(_ message: String) {
    var out = OutputBuffer(fd: STDERR_FILENO)
    out.appendLine(message)
    out.flush()
  }
}
