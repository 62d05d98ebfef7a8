import SafeText

/// Why a theme could not be loaded; every case names the file (and line where there is one).
///
/// `--theme` prints `description` and exits 2; the runtime theme switcher shows it in the
/// status line and skips the theme.
public enum ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A line that is neither blank, a `#` comment nor `key = value`.
  case malformedLine(file: String, line: Int, text: String)
  /// A key that is no role and no metadata key; `suggestion` is the closest known key.
  case unknownKey(file: String, line: Int, key: String, suggestion: String?)
  /// A colour token that is not `#rrggbb`, 0–255, an ANSI name or `default`.
  case badColor(file: String, line: Int, key: String, value: String)
  /// A word that is neither a colour nor an attribute, or a misplaced `on`.
  case badValue(file: String, line: Int, key: String, value: String, problem: String)
  /// The same key twice in one file.
  case duplicateKey(file: String, line: Int, key: String, firstLine: Int)
  /// A theme name that is in no search folder and not built in.
  case notFound(name: String, searched: [String], available: [String])
  /// A path that could not be read.
  case unreadable(path: String, reason: String)

  /// The message, one line; what the file or the flag held is shown with its controls
  /// escaped (`terminalSafe`), so the message cannot drive the terminal it is printed on.
  public var description: String { message.terminalSafe() }

  private var message: String {
    switch self {
    case .malformedLine(let file, let line, let text):
      return "\(file):\(line): malformed line '\(text)': expected 'key = value' or a # comment"
    case .unknownKey(let file, let line, let key, let suggestion):
      let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
      return "\(file):\(line): unknown key '\(key)'\(hint)"
    case .badColor(let file, let line, let key, let value):
      return "\(file):\(line): bad colour '\(value)' for '\(key)': expected #rrggbb, 0-255, "
        + "an ANSI name (red, bright-blue …) or 'default'"
    case .badValue(let file, let line, let key, let value, let problem):
      return "\(file):\(line): bad value '\(value)' for '\(key)': \(problem)"
    case .duplicateKey(let file, let line, let key, let firstLine):
      return "\(file):\(line): duplicate key '\(key)' (first set on line \(firstLine))"
    case .notFound(let name, let searched, let available):
      let folders = searched.isEmpty ? "no theme folders" : searched.joined(separator: ", ")
      return "theme '\(name)' not found in \(folders) nor built in; available: "
        + available.joined(separator: ", ")
    case .unreadable(let path, let reason):
      return "\(path): cannot read theme file: \(reason)"
    }
  }
}
