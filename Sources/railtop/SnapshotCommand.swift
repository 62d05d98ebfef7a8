import ArgumentParser
import CorridorSim
import Dashboard
import TermRender

/// `railtop snapshot`: one frame of the dashboard as plain text, drawn by exactly the code that
/// draws the live screen (`DashboardFrame.render`).
///
/// All input (size, days, theme, scenario) is checked before anything runs; a bad value prints
/// its message on stderr and exits 2 with nothing on stdout.
struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Print one dashboard frame as plain text.",
    discussion: """
      Runs the simulation headless for --days simulated days, then prints the dashboard as the \
      live screen would show it at that instant, as plain text (no colours). Glyphs follow the \
      locale (ASCII when it is not UTF-8) unless --glyphs says otherwise.

      Exit status: 0 on success, 2 on bad input (size, days, theme or scenario), with the \
      message on stderr and nothing on stdout.
      """)

  @Option(help: "Screen size as WIDTHxHEIGHT, e.g. 120x40.")
  var size: String = "120x40"

  @Option(help: "Simulated days to run before the frame (0…36500).")
  var days: Int = 30

  @Option(help: "Random seed (default: the scenario's default_seed).")
  var seed: UInt64?

  @Option(help: "Theme name (in themes/) or path to a .theme file.")
  var theme: String?

  @Option(help: "Scenario YAML file (default: the built-in zhengzhou-liege).")
  var scenario: String?

  @Option(help: "Glyph set: unicode or ascii (default: from the locale).")
  var glyphs: SnapshotGlyphs?

  func validate() throws {
    guard (0...36_500).contains(days) else {
      throw ValidationError("--days must be between 0 and 36500, got \(days)")
    }
    do {
      _ = try ScreenSize(parsing: size)
    } catch {
      throw ValidationError("--size: \(error.description)")
    }
  }

  func run() throws {
    let screen: ScreenSize
    do { screen = try ScreenSize(parsing: size) } catch {
      throw ValidationError("--size: \(error.description)")
    }
    let environment = ProcessEnvironment.current()
    let catalog = ThemeCatalog.standard(
      environment: environment, executablePath: ThemeCatalog.currentExecutablePath())
    let chosen: Theme
    do {
      chosen = try catalog.initialTheme(argument: theme, environment: environment)
    } catch {
      throw SimulateInputError("--theme: \(error.description)")
    }
    let resolved = try ScenarioSource.load(path: scenario)

    let simulation = Simulation(scenario: resolved, seed: seed ?? resolved.defaultSeed)
    // Day N ends where `simulate --days N` ends: the last second of corridor day N (day 0:
    // the start).
    simulation.run(until: days == 0 ? .zero : simulation.calendar.end(ofDay: Int64(days)))
    let snapshot = simulation.snapshot()
    let state = AppState(themes: ThemeRing(chosen), screen: screen)
    let glyphSet = glyphs?.set ?? GlyphSet.forLocale(environment: environment)
    let frame = DashboardFrame.render(
      snapshot: snapshot, state: state, width: screen.width, height: screen.height,
      glyphs: glyphSet)
    var out = OutputBuffer()
    out.appendLine(frame.plainText())
    out.flush()
  }
}

/// `--glyphs` values.
enum SnapshotGlyphs: String, ExpressibleByArgument, CaseIterable {
  case unicode, ascii

  var set: GlyphSet { self == .unicode ? .unicode : .ascii }
}
