import ArgumentParser
import Dashboard
import Dispatch

/// `railtop dashboard` (the default): the live ncurses screen.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the live dashboard (default).",
    discussion: """
      Needs an interactive terminal. Exit status: 0 after q, Ctrl-C or SIGINT; 2 when the \
      terminal cannot be used or an option is invalid; 129 after SIGHUP and 143 after SIGTERM \
      (128 + signal number, as shells report it). The terminal is restored in every case.
      """)

  @Option(help: "Scenario YAML file (default: the built-in zhengzhou-liege).")
  var scenario: String?

  @Option(help: "Random seed (default: the scenario's).")
  var seed: UInt64?

  @Option(help: "Sim seconds per wall-clock second.")
  var speed: Int = 3_600

  @Option(help: "Frames per second (1–60); independent of --speed.")
  var fps: Int = 10

  @Option(help: "Theme name (from themes/) or path to a theme file.")
  var theme: String?

  @Option(
    help: """
      Sim days run before the screen opens, so trains are already spread along the corridor \
      (0 starts at the scenario's epoch, 0–3650).
      """)
  var warmup: Int = 21

  func run() throws {
    let config = LiveConfig(
      scenarioPath: scenario, seed: seed, speed: speed, fps: fps, theme: theme,
      warmupDays: warmup)
    if let problem = config.problem {
      LiveLauncher.printError("railtop: \(problem)")
      throw ExitCode(2)
    }
    let scenario: LiveScenario
    do {
      scenario = try LiveScenario.load(path: config.scenarioPath)
    } catch {
      LiveLauncher.printError("railtop: \(error)")
      throw ExitCode(2)
    }
    let outcome = MainActor.assumeIsolated {
      LiveLauncher.start(config: config, scenario: scenario)
    }
    switch outcome {
    case .failed(let status): throw ExitCode(status)
    // dispatchMain never returns: the app lives as long as the process.
    case .running(let app): withExtendedLifetime(app) { dispatchMain() }
    }
  }
}
