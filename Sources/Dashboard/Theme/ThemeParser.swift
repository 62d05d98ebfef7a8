import TermRender

/// Reads theme files: `key = value` lines, `#` comments, blank lines.
///
/// The format is documented at the top of every file in `themes/` and in docs/THEMES.md.
/// A file names only the roles it changes; `Theme.compiledDefault` supplies the rest.
public enum ThemeParser {
  /// Keys that describe the theme rather than style a role.
  static let metadataKeys = ["name", "description"]

  /// What one file says, before it is laid over the default.
  struct ThemeFile {
    var name: String?
    var summary: String?
    var overrides: [ThemeRole: Style] = [:]
  }

  /// Parses `text` (from `file`, used in messages) and resolves it over the compiled default.
  ///
  /// - Parameter fallbackName: the theme's name when the file has no `name` key.
  public static func theme(text: String, file: String, fallbackName: String) throws(ThemeError)
    -> Theme
  {
    let parsed = try parse(text: text, file: file)
    return Theme.compiledDefault.resolved(
      name: parsed.name ?? fallbackName, summary: parsed.summary ?? "",
      overrides: parsed.overrides)
  }

  static func parse(text: String, file: String) throws(ThemeError) -> ThemeFile {
    var result = ThemeFile()
    var firstLineOfKey: [String: Int] = [:]
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = stripComment(String(rawLine)).trimmingSpaces()
      if line.isEmpty { continue }
      guard let eq = line.firstIndex(of: "=") else {
        throw .malformedLine(file: file, line: lineNumber, text: line)
      }
      let key = String(line[..<eq]).trimmingSpaces().lowercased()
      let value = String(line[line.index(after: eq)...]).trimmingSpaces()
      // A Character, not a string: were Foundation visible here (it was, through Yams), it
      // would win
      // `contains` and start CoreFoundation on the live path (docs/DECISIONS.md D24).
      guard !key.isEmpty, !value.isEmpty, !key.contains(Character(" ")) else {
        throw .malformedLine(file: file, line: lineNumber, text: line)
      }
      if let first = firstLineOfKey[key] {
        throw .duplicateKey(file: file, line: lineNumber, key: key, firstLine: first)
      }
      firstLineOfKey[key] = lineNumber
      switch key {
      case "name": result.name = value
      case "description": result.summary = value
      default:
        guard let role = ThemeRole.byKey[key] else {
          throw .unknownKey(
            file: file, line: lineNumber, key: key, suggestion: suggestion(for: key))
        }
        do throws(ThemeValue.Problem) {
          result.overrides[role] = try ThemeValue.style(value)
        } catch {
          switch error {
          case .badColor(let word):
            throw .badColor(file: file, line: lineNumber, key: key, value: word)
          case .other(let word, let problem):
            throw .badValue(file: file, line: lineNumber, key: key, value: word, problem: problem)
          }
        }
      }
    }
    return result
  }

  /// Drops a comment: a line whose first non-blank is `#`, or ` # …` after a value (a `#`
  /// with blanks on both sides), so colours such as `#ffaf00` are never mistaken for one.
  static func stripComment(_ line: String) -> String {
    if line.trimmingSpaces().hasPrefix("#") { return "" }
    let isBlank: (Character?) -> Bool = { $0 == nil || $0 == " " || $0 == "\t" || $0 == "\r" }
    var previous: Character? = nil
    for index in line.indices {
      let next = line.index(after: index)
      if line[index] == "#", previous == " " || previous == "\t",
        isBlank(next < line.endIndex ? line[next] : nil)
      {
        return String(line[..<index])
      }
      previous = line[index]
    }
    return line
  }

  /// The known key closest to `key` (edit distance ≤ 3), for "did you mean".
  ///
  /// Only candidates within 3 characters of the key's length are compared (the distance is
  /// at least the difference in length), so a megabyte-long key costs one count, not a
  /// megabyte squared of table per candidate (D62).
  static func suggestion(for key: String) -> String? {
    let candidates = ThemeRole.allCases.map(\.key) + metadataKeys
    let length = key.count
    var best: (String, Int)?
    for candidate in candidates where abs(candidate.count - length) <= 3 {
      let d = editDistance(key, candidate)
      if d <= 3, d < (best?.1 ?? .max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// Levenshtein distance over characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var diagonal = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let above = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
        diagonal = above
      }
    }
    return row[b.count]
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and carriage returns.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}
