import ArgumentParser
import CorridorSim
import Dashboard
import TermRender

/// `railtop snapshot`: one frame of the dashboard as plain text, drawn by exactly the code that
/// draws the live screen (`DashboardFrame.render`).
///
/// All input (size, days, seed, theme, scenario) is checked before anything runs; a bad value
/// prints its message on stderr and exits 2 with nothing on stdout.
struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Print one dashboard frame as plain text.",
    discussion: """
      Runs the simulation headless for --days simulated days, then prints the dashboard as the \
      live screen would show it at that instant, as plain text (no colours, so --theme shows \
      only as the theme's name in the header). Glyphs follow the locale (ASCII when it is not \
      UTF-8) unless --glyphs says otherwise.

      Exit status: 0 on success, 2 on bad input (size, days, theme or scenario), with the \
      message on stderr and nothing on stdout.
      """)

  // The numbers parse `.unconditional`ly so that a negative one is out of range, not missing.
  @Option(
    parsing: .unconditional,
    help: "Screen size as WIDTHxHEIGHT, e.g. 120x40; the dashboard needs \(Self.sizeRange).")
  var size: String = "120x40"

  @Option(
    parsing: .unconditional,
    help: "Simulated days to run before the frame (\(OptionRanges.snapshotDays.bounds)).")
  var days: Int = 30

  @Option(parsing: .unconditional, help: "Random seed (default: the scenario's default_seed).")
  var seed: SeedArgument?

  @Option(
    help: """
      Theme name (in themes/) or path to a .theme file. The frame is plain text, so the theme \
      shows only as its name at the end of the header, which has room for it from about 140 \
      columns; a theme that does not load is still refused.
      """,
    completion: .list(EmbeddedThemes.names))
  var theme: String?

  @Option(
    help: "Scenario YAML file (default: the built-in zhengzhou-liege).",
    completion: .file(extensions: ["yaml", "yml"]))
  var scenario: String?

  @Option(
    help: """
      Glyph set: unicode, console (half-block dots, as on the Linux console), wide (for \
      terminals that draw ambiguous-width glyphs wide) or ascii (default: from the locale).
      """)
  var glyphs: SnapshotGlyphs?

  @Option(help: "What to draw: the dashboard, or the map of one region.")
  var view: SnapshotView = .dashboard

  /// The sizes a snapshot may have: below the live screen's minimum the dashboard draws only
  /// "enlarge the window, or press q to quit", which is no frame for a file.
  static let sizeRange =
    "\(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight) to "
    + "\(ScreenSize.maximum)x\(ScreenSize.maximum)"

  func validate() throws {
    try OptionRanges.snapshotDays.check(days)
    _ = try seed?.checked()
    _ = try screenSize()
  }

  /// `--size` parsed and checked against `sizeRange`.
  func screenSize() throws(ValidationError) -> ScreenSize {
    let screen: ScreenSize
    do { screen = try ScreenSize(parsing: size) } catch {
      throw ValidationError("--size: \(error.description); use \(Self.sizeRange).")
    }
    guard screen.width >= DashboardLayout.minimumWidth,
      screen.height >= DashboardLayout.minimumHeight
    else {
      throw OptionRange.outOfRange(flag: "--size", value: size, allowed: Self.sizeRange)
    }
    return screen
  }

  func run() throws {
    let screen = try screenSize()
    let environment = ProcessEnvironment.current()
    let catalog = RailtopThemes.catalog(environment: environment)
    let chosen: Theme
    do {
      chosen = try catalog.initialTheme(argument: theme, environment: environment)
    } catch {
      throw SimulateInputError("--theme: \(error.description)")
    }
    let resolved = try ScenarioSource.load(path: scenario)

    let simulation = Simulation(
      scenario: resolved, seed: try seed?.checked() ?? resolved.defaultSeed)
    // Day N ends where `simulate --days N` ends: the last second of corridor day N (day 0:
    // the start).
    simulation.run(until: days == 0 ? .zero : simulation.calendar.end(ofDay: Int64(days)))
    let snapshot = simulation.snapshot()
    var state = AppState(themes: ThemeRing(chosen), screen: screen)
    if let region = view.region {
      reduce(&state, .showMapRegion(region))
      reduce(&state, .clearMessage)
    }
    let glyphSet = glyphs?.set ?? GlyphSet.forLocale(environment: environment)
    let frame = DashboardFrame.render(
      snapshot: snapshot, state: state, width: screen.width, height: screen.height,
      glyphs: glyphSet)
    var out = OutputBuffer()
    out.appendLine(frame.plainText())
    out.flush()
  }
}

/// `--view` values: the dashboard, or the map view (`M`) of one region.
enum SnapshotView: String, ExpressibleByArgument, CaseIterable {
  case dashboard
  case map, mapChina = "map-china", mapEurope = "map-europe"

  var region: MapRegion? {
    switch self {
    case .dashboard: nil
    case .map: .corridor
    case .mapChina: .china
    case .mapEurope: .europe
    }
  }
}

/// `--glyphs` values: the four glyph sets the live screen picks from (`GlyphSet.forTerminal`).
enum SnapshotGlyphs: String, ExpressibleByArgument, CaseIterable {
  case unicode, console, wide, ascii

  var set: GlyphSet {
    switch self {
    case .unicode: .unicode
    case .console: .linuxConsole
    case .wide: .ambiguousWide
    case .ascii: .ascii
    }
  }
}
