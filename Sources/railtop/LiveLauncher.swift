import CorridorSim
import CursesBackend
import Dispatch
import Foundation

/// Opens the terminal and starts the live app; keeps the app alive for the process lifetime.
@MainActor
enum LiveLauncher {
  /// The running app. A local would be released at the end of `start` and its timer with it.
  private static var app: LiveApp?

  /// Starts the dashboard; returns an exit status when it cannot start (after printing why),
  /// nil when it runs (the caller then parks the main thread in `dispatchMain()`).
  static func start(config: LiveConfig, scenario: LiveScenario) -> Int32? {
    let environment = ProcessInfo.processInfo.environment
    // THEME CALL SITE (dashboard branch): resolve `config.theme` (NAME or PATH) here, BEFORE
    // the screen opens, so a bad theme file prints its file/line message and exits 2 on a
    // normal terminal. After the screen opens, pick the monochrome theme when
    // `screen.colorDepth == .none` (NO_COLOR) and ASCII glyphs when `!screen.isUTF8`.
    let screen: CursesScreen
    do {
      screen = try CursesScreen(environment: environment)
    } catch {
      printError(error.message)
      return 2
    }
    let simulation = Simulation(
      scenario: scenario.scenario, seed: config.seed ?? scenario.scenario.defaultSeed)
    let app = LiveApp(screen: screen, simulation: simulation, config: config)
    self.app = app
    app.start()
    return nil
  }

  /// Writes a line to stderr (unbuffered, so it is out before any exit).
  nonisolated static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
