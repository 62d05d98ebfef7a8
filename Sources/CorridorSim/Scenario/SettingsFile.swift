/// A settings file read as one flat YAML mapping of scalars (`key: value`), each entry with its
/// line, for files beside scenarios that are not scenarios (the dashboard's `config.yaml`).
///
/// The same libyaml reader as scenario files, so the same syntax errors with the same lines;
/// aliases are refused, not expanded.
public struct SettingsFile: Sendable {
  /// One `key: value` line.
  public struct Entry: Sendable, Equatable {
    public let key: String
    public let value: String
    public let line: Int
  }

  /// Why a text is not a flat mapping: the line (when known) and what is wrong there.
  public struct Problem: Error, Sendable, Equatable {
    public let line: Int?
    public let message: String
  }

  /// The entries in file order; empty for an empty file or one of comments only.
  public let entries: [Entry]

  public init(parsing text: String) throws(Problem) {
    let root: YAMLNode?
    do { root = try YAMLComposer.compose(text) } catch {
      throw Problem(line: error.line, message: error.problem)
    }
    guard let root else {
      entries = []
      return
    }
    guard case .mapping(let pairs) = root.content else {
      throw Problem(line: root.line, message: "expected `key: value` lines")
    }
    var entries: [Entry] = []
    for (key, value) in pairs {
      guard let name = key.scalar?.string else {
        throw Problem(line: key.line, message: "a key must be a plain word")
      }
      guard let text = value.scalar?.string else {
        throw Problem(line: value.line, message: "\(name): expected one value, not a list or mapping")
      }
      if entries.contains(where: { $0.key == name }) {
        throw Problem(line: key.line, message: "\(name): given twice")
      }
      entries.append(Entry(key: name, value: text, line: key.line))
    }
    self.entries = entries
  }

  /// "Did you mean …?": the closest of `candidates` to a misspelt `word`, if one is close.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    Suggestion.closest(to: word, in: candidates)
  }
}
