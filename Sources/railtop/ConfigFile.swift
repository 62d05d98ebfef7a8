import CorridorSim
import CursesBackend
import Dashboard
import SafeText

/// The dashboard's settings file, `$XDG_CONFIG_HOME/railtop/config.yaml` (else
/// `~/.config/railtop/config.yaml`): every key optional, each a default that a command-line
/// flag overrides. `railtop --print-config` writes the commented defaults.
struct ConfigFile: Sendable, Equatable {
  var theme: String?
  var speed: Int?
  var fps: Int?
  var warmup: Int?
  var sort: TableSort?
  var filter: TableFilter?
  var mouse: Bool?
  var ambiguous: AmbiguousWidth?

  /// The keys a config file may set, in `--print-config` order.
  static let keys = ["theme", "speed", "fps", "warmup", "sort", "filter", "mouse", "ambiguous"]

  /// Where the file is looked for, from the environment; nil when neither variable is set.
  static func defaultPath(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/railtop/config.yaml"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/railtop/config.yaml"
  }

  /// The file at `path`; no settings when `required` is false and the file does not exist.
  static func load(path: String, required: Bool) throws(SimulateInputError) -> ConfigFile {
    let text: String
    do {
      text = try FileSystem.readTextFile(path)
    } catch {
      // ENOENT: no config file is the usual case, not an error.
      if !required, error.code == 2 { return ConfigFile() }
      throw SimulateInputError("cannot read config file '\(path)': \(error.reason)")
    }
    return try ConfigFile(parsing: text, file: path)
  }

  init() {}

  /// Settings from `text`; a bad line is a `file:line: key …` message.
  init(parsing text: String, file: String) throws(SimulateInputError) {
    let settings: SettingsFile
    do { settings = try SettingsFile(parsing: text) } catch {
      throw SimulateInputError("\(file):\(error.line.map(String.init) ?? "?"): \(error.message)")
    }
    for entry in settings.entries {
      func bad(_ what: String) -> SimulateInputError {
        SimulateInputError("\(file):\(entry.line): \(entry.key): \(what)")
      }
      func number(_ range: OptionRange) throws(SimulateInputError) -> Int {
        guard let value = Int(entry.value), range.range.contains(value) else {
          throw bad("'\(entry.value)' is out of range; use \(range.allowed)")
        }
        return value
      }
      switch entry.key {
      case "theme": theme = entry.value
      case "speed": speed = try number(OptionRanges.speed)
      case "fps": fps = try number(OptionRanges.fps)
      case "warmup": warmup = try number(OptionRanges.warmup)
      case "sort":
        guard let key = TableSort.allCases.first(where: { Self.name($0) == entry.value }) else {
          throw bad("'\(entry.value)' is not a column; use one of \(Self.sortNames)")
        }
        sort = key
      case "filter":
        guard let key = TableFilter.allCases.first(where: { Self.name($0) == entry.value }) else {
          throw bad("'\(entry.value)' is not a filter; use one of \(Self.filterNames)")
        }
        filter = key
      case "mouse":
        switch entry.value {
        case "true", "yes", "on": mouse = true
        case "false", "no", "off": mouse = false
        default: throw bad("'\(entry.value)' is not true or false")
        }
      case "ambiguous":
        guard let width = AmbiguousWidth(rawValue: entry.value) else {
          throw bad("'\(entry.value)' is not narrow or wide")
        }
        ambiguous = width
      default:
        let hint = SettingsFile.closest(to: entry.key, in: Self.keys).map { "; did you mean '\($0)'?" }
        throw bad("not a setting\(hint ?? "; the settings are \(Self.keys.joined(separator: ", "))")")
      }
    }
  }

  /// A sort key's name in the file: its label, lower case, spaces as underscores (`main_cargo`).
  static func name(_ sort: TableSort) -> String {
    String(sort.label.lowercased().map { $0 == " " ? "_" : $0 })
  }

  static func name(_ filter: TableFilter) -> String {
    switch filter {
    case .all: "all"
    case .westbound: "westbound"
    case .eastbound: "eastbound"
    case .late: "late"
    case .stopped: "stopped"
    }
  }

  static var sortNames: String { TableSort.allCases.map(name).joined(separator: ", ") }
  static var filterNames: String { TableFilter.allCases.map(name).joined(separator: ", ") }

  /// The commented defaults, as `--print-config` writes them: a file that loads back as no
  /// change at all (the path is escaped: a line break in it cannot end the comment).
  static func defaultsText(path: String?) -> String {
    """
    # railtop dashboard settings. Every key is optional; a command-line flag overrides it.
    # railtop reads \(path?.terminalSafe() ?? "$XDG_CONFIG_HOME/railtop/config.yaml (else ~/.config/railtop/config.yaml)")
    # (or --config FILE; --no-config reads none). Remove the leading '# ' to set a key.

    # Theme name (in themes/) or path to a .theme file.
    # theme: default
    # Sim seconds per wall-clock second (\(OptionRanges.speed.bounds)).
    # speed: 3600
    # Frames per second (\(OptionRanges.fps.bounds)).
    # fps: 10
    # Sim days run before the first frame (\(OptionRanges.warmup.bounds)).
    # warmup: \(LiveConfig.defaultWarmupDays)
    # Trains table sort column: \(sortNames).
    # sort: id
    # Trains table filter: \(filterNames).
    # filter: all
    # Read the mouse: true or false.
    # mouse: true
    # How wide the terminal draws ambiguous-width glyphs (─ █ ▶ é): narrow or wide; without
    # it railtop asks the terminal at start.
    # ambiguous: narrow

    """
  }
}
