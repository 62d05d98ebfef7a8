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
  /// timer would go with it and the program would idle), the exit status after saying why it
  /// could not start, or the status of a signal that ended it during the warm-up (D83).
  enum Outcome {
    case running(LiveApp)
    case failed(status: Int32)
    case ended(status: Int32)
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
    var signals = WarmupSignals(interruptQuits: config.kiosk == nil)
    if let status = warmUp(simulation, days: Int64(config.warmupDays), signals: &signals) {
      signals.cancel()
      screen.close()
      return .ended(status: status)
    }
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
    // The app's sources are in place: a signal that came after the warm-up's last poll is
    // handled now (one that both saw is handled twice, which ends the program all the same).
    signals.cancel()
    if let number = signals.poll() { app.handle(signal: number) }
    return .running(app)
  }

  /// Runs the warm-up in one-day slices (a run is the same however it is sliced), polling
  /// `signals` between slices; returns the exit status of a signal that came (D9), or nil once
  /// the warm-up is done.
  static func warmUp(_ simulation: Simulation, days: Int64, signals: inout WarmupSignals)
    -> Int32?
  {
    var day: Int64 = 0
    repeat {
      day = min(day + 1, days)
      simulation.run(until: .days(day))
      if let number = signals.poll() { return WarmupSignals.exitStatus(for: number) }
    } while day < days
    return nil
  }

  /// Writes a line to stderr (unbuffered, so it is out before any exit).
  nonisolated static func printError(_ message: String) {
    var out = OutputBuffer(fd: STDERR_FILENO)
    out.appendLine(message)
    out.flush()
  }
}
