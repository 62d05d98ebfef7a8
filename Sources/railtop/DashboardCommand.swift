import ArgumentParser
import CursesBackend
import Dashboard
import Dispatch
import SafeText

/// `railtop dashboard` (the default): the live ncurses screen.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the live dashboard (default).",
    discussion: """
      Needs an interactive terminal. Exit status: 0 after q, Ctrl-C or SIGINT; 2 when the \
      terminal cannot be used or an option is invalid; 129 after SIGHUP and 143 after SIGTERM \
      (128 + signal number, as shells report it). The terminal is restored in every case.

      Signals while the screen is open: INT, TERM and HUP quit. TSTP (Ctrl-Z) suspends and \
      CONT (fg) redraws; WINCH resizes. PIPE, USR1, USR2 and ALRM are ignored. The kiosk \
      refuses INT (Ctrl-C) and ignores TSTP and QUIT. QUIT (Ctrl-\\), the crash signals (ILL, \
      TRAP, ABRT, BUS, FPE, SEGV, SYS), XCPU, XFSZ and every other signal that ends a program \
      end railtop at once, by that signal (the shell reports 128 + N), after the terminal is \
      restored; a Swift toolchain's crash report then follows on the normal screen and waits \
      for a key (SWIFT_BACKTRACE=interactive=no skips the wait).
      """)

  @Option(
    help: "Scenario YAML file (default: the built-in zhengzhou-liege).",
    completion: .file(extensions: ["yaml", "yml"]))
  var scenario: String?

  // The numbers parse `.unconditional`ly so that a negative one is out of range, not missing.
  @Option(parsing: .unconditional, help: "Random seed (default: the scenario's).")
  var seed: SeedArgument?

  @Option(
    parsing: .unconditional,
    help: "Sim seconds per wall-clock second (\(OptionRanges.speed.bounds); default: 3600).")
  var speed: Int?

  @Option(
    parsing: .unconditional,
    help: "Frames per second (\(OptionRanges.fps.bounds); default: 10); independent of --speed.")
  var fps: Int?

  @Option(
    help: "Theme name (from themes/) or path to a theme file.",
    completion: .list(EmbeddedThemes.names))
  var theme: String?

  @Option(
    parsing: .unconditional,
    help: """
      Sim days run before the screen opens, so trains are already spread along the corridor \
      (0 starts at the scenario's epoch, \(OptionRanges.warmup.bounds); default: \
      \(LiveConfig.defaultWarmupDays)).
      """)
  var warmup: Int?

  @Flag(
    name: .customLong("no-mouse"),
    help: """
      Do not take the mouse (by default a click selects a row or focuses a pane, a click on \
      the selected row opens its detail, the wheel scrolls the pane under the pointer); the \
      terminal's own text selection stays.
      """)
  var noMouse = false

  @Option(
    help: """
      How wide the terminal draws East Asian Ambiguous glyphs (─ █ ▶ é): narrow or wide. \
      Without it railtop asks the terminal (cursor position around one glyph) at start; \
      where they are wide it draws ASCII symbols.
      """)
  var ambiguous: AmbiguousWidth?

  @Option(
    help: """
      Settings file to read (default: $XDG_CONFIG_HOME/railtop/config.yaml, else \
      ~/.config/railtop/config.yaml, when it exists); flags override it.
      """,
    completion: .file(extensions: ["yaml", "yml"]))
  var config: String?

  @Flag(name: .customLong("no-config"), help: "Read no settings file.")
  var noConfig = false

  @Flag(
    name: .customLong("print-config"),
    help: "Print the settings file's keys with their defaults, commented, and exit.")
  var printConfig = false

  @Flag(
    help: """
      Trade-mission screen: full-screen views rotating every --interval seconds, locked \
      (unlock: \(KioskKeys.unlockChord); SIGTERM or SIGHUP end it). `--kiosk interactive` lets \
      visitors step through the views with ← →. See docs/KIOSK.md.
      """)
  var kiosk = false

  @Argument(help: "With --kiosk: locked (the default) or interactive.")
  var kioskMode: String?

  @Option(
    parsing: .unconditional,
    help: "Kiosk: wall seconds each view is shown (\(OptionRanges.interval.bounds)).")
  var interval: Int = 20

  @Option(
    parsing: .unconditional,
    help: """
      Kiosk, interactive: wall seconds without a key before the loop rotates again \
      (\(OptionRanges.idle.bounds)).
      """)
  var idle: Int = 60

  @Option(
    name: .customLong("shift-every"), parsing: .unconditional,
    help: """
      Kiosk: wall minutes between the one-cell burn-in shifts of the whole screen \
      (\(OptionRanges.shiftEvery.bounds)).
      """)
  var shiftEvery: Int = 5

  @Option(help: "Kiosk: language of the captions, en, zh or fr.")
  var lang: String = "en"

  @Option(help: "Kiosk: the booth's title in the header (control characters removed).")
  var title: String?

  /// Range checks before anything runs; ArgumentParser prints the message with the usage.
  func validate() throws {
    if let fps { try OptionRanges.fps.check(fps) }
    if let speed { try OptionRanges.speed.check(speed) }
    if let warmup { try OptionRanges.warmup.check(warmup) }
    try OptionRanges.interval.check(interval)
    try OptionRanges.idle.check(idle)
    try OptionRanges.shiftEvery.check(shiftEvery)
    _ = try seed?.checked()
    _ = try kioskSettings()
  }

  /// The kiosk's settings, nil without `--kiosk`; throws on a mode or language it lacks.
  func kioskSettings() throws(ValidationError) -> KioskSettings? {
    guard let language = Language(rawValue: lang) else {
      throw ValidationError("--lang \(lang.terminalSafe()) is not a language; use en, zh or fr.")
    }
    guard kiosk else {
      if let kioskMode {
        throw ValidationError("Unexpected argument '\(kioskMode.terminalSafe())' (not --kiosk).")
      }
      return nil
    }
    guard let mode = KioskMode(rawValue: kioskMode ?? KioskMode.locked.rawValue) else {
      throw ValidationError(
        "--kiosk \((kioskMode ?? "").terminalSafe()) is not a kiosk mode; use locked or interactive.")
    }
    return KioskSettings(
      mode: mode, intervalSeconds: interval, idleSeconds: idle, shiftEveryMinutes: shiftEvery,
      title: title ?? "", translations: KioskLanguage.translations(for: language))
  }

  func run() throws {
    let environment = ProcessEnvironment.current()
    let defaultPath = ConfigFile.defaultPath(environment: environment)
    if printConfig {
      var out = OutputBuffer()
      out.append(ConfigFile.defaultsText(path: config ?? defaultPath))
      out.flush()
      return
    }
    // Flags over the settings file over the built-in defaults.
    let file: ConfigFile
    if noConfig {
      file = ConfigFile()
    } else if let config {
      file = try ConfigFile.load(path: config, required: true)
    } else if let defaultPath {
      file = try ConfigFile.load(path: defaultPath, required: false)
    } else {
      file = ConfigFile()
    }
    var config = LiveConfig(
      scenarioPath: scenario, seed: try seed?.checked(), speed: speed ?? file.speed ?? 3_600,
      fps: fps ?? file.fps ?? 10, theme: theme ?? file.theme,
      warmupDays: warmup ?? file.warmup ?? LiveConfig.defaultWarmupDays,
      mouse: noMouse ? false : file.mouse ?? true)
    config.sort = file.sort ?? .id
    config.filter = file.filter ?? .all
    config.kiosk = try kioskSettings()
    config.ambiguous = ambiguous ?? file.ambiguous
    // A bad scenario file is thrown on: `RailtopCommand.main` prints it and exits 2.
    let scenario = try LiveScenario.load(path: config.scenarioPath)
    let outcome = MainActor.assumeIsolated {
      LiveLauncher.start(config: config, scenario: scenario)
    }
    switch outcome {
    case .failed(let status), .ended(let status): throw ExitCode(status)
    // dispatchMain never returns: the app lives as long as the process.
    case .running(let app): withExtendedLifetime(app) { dispatchMain() }
    }
  }
}

extension AmbiguousWidth: ExpressibleByArgument {}
