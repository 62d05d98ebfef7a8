import SafeText

/// Why a scenario file was refused, and where: the file, the line (when the YAML parser knows
/// it), the key path such as `routes[0].stations[3]`, and the problem.
///
/// One error type for the whole scenario domain so the CLI can print any refusal the same way.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file name as the user gave it (or a label such as `<built-in>`).
  public var file: String
  /// 1-based line of the offending node, when known.
  public var line: Int?
  /// Dotted key path from the document root, e.g. `services[1].departures[0].weekday`.
  public var keyPath: String
  public var problem: Problem

  public init(file: String, line: Int?, keyPath: String, problem: Problem) {
    self.file = file
    self.line = line
    self.keyPath = keyPath
    self.problem = problem
  }

  /// `file:line: key.path: problem`, the shape compilers use, so editors can jump to it.
  ///
  /// One line, terminal-safe: what the file holds (keys, ids, values quoted in the problem)
  /// and the file name itself are shown with their controls escaped (`terminalSafe`), so a
  /// message can neither drive the terminal nor fake another line.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if !keyPath.isEmpty { text += "\(keyPath): " }
    return (text + problem.description).terminalSafe()
  }

  /// What is wrong, independent of where.
  public enum Problem: Hashable, Sendable, CustomStringConvertible {
    case syntax(String)
    case wrongType(expected: String, found: String)
    case missingKey(String)
    case unknownKey(String, suggestion: String?)
    case duplicateKey(String)
    case duplicateID(String)
    case unknownStation(String, suggestion: String?)
    case unknownRoute(String, suggestion: String?)
    case unknownCargoCategory(String, suggestion: String?)
    case notPositive(Double)
    case negative(Double)
    case notAFraction(Double)
    /// A number outside its key's range: as found (a whole number exactly), and the range.
    case outOfRange(found: String, allowed: String)
    /// A list longer than the format allows.
    case tooMany(String, limit: Int)
    case emptyRoute
    case missingSegment(from: String, to: String)
    case missingGaugeChange(station: String, from: Int, to: Int)
    case weekdayOutOfRange(Int)
    case emptyDepartures
    case invalidValue(String)

    public var description: String {
      switch self {
      case .syntax(let message): "YAML syntax error: \(message)"
      case .wrongType(let expected, let found): "expected \(expected), found \(found)"
      case .missingKey(let key): "missing required key '\(key)'"
      case .unknownKey(let key, let suggestion): "unknown key '\(key)'" + hint(suggestion)
      case .duplicateKey(let key): "key '\(key)' appears more than once"
      case .duplicateID(let id): "duplicate id '\(id)'"
      case .unknownStation(let id, let suggestion): "unknown station '\(id)'" + hint(suggestion)
      case .unknownRoute(let id, let suggestion): "unknown route '\(id)'" + hint(suggestion)
      case .unknownCargoCategory(let id, let suggestion):
        "unknown cargo category '\(id)'" + hint(suggestion)
      case .notPositive(let value): "must be greater than 0, found \(Self.number(value))"
      case .negative(let value): "must not be negative, found \(Self.number(value))"
      case .notAFraction(let value): "must be between 0 and 1, found \(Self.number(value))"
      case .outOfRange(let found, let allowed): "must be \(allowed), found \(found)"
      case .tooMany(let what, let limit): "more than \(limit) \(what), the most a scenario may have"
      case .emptyRoute: "route has no stations (it needs at least two)"
      case .missingSegment(let from, let to): "no segment between '\(from)' and '\(to)'"
      case .missingGaugeChange(let station, let from, let to):
        "gauge changes from \(from) mm to \(to) mm at '\(station)', which has no gauge_change terminal"
      case .weekdayOutOfRange(let day): "weekday must be 1 (Monday) to 7 (Sunday), found \(day)"
      case .emptyDepartures: "service has no departures (it needs at least one)"
      case .invalidValue(let message): message
      }
    }

    private func hint(_ suggestion: String?) -> String {
      suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Whole numbers print without a trailing `.0` so messages read like the file.
    static func number(_ value: Double) -> String {
      value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
  }
}
