import CorridorSim

/// Why a translation file was refused: every problem found in it, one `file:line: key: problem`
/// line each (the shape compilers use, so editors can jump to it).
public struct TranslationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// One problem and where it is.
  public struct Issue: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based line, when the YAML reader knows it.
    public let line: Int?
    /// The caption key the problem is about; empty for the file as a whole.
    public let key: String
    public let problem: String

    public var description: String {
      file + (line.map { ":\($0)" } ?? "") + ": " + (key.isEmpty ? "" : "\(key): ") + problem
    }
  }

  public let issues: [Issue]

  public var description: String { issues.map(\.description).joined(separator: "\n") }
}

extension Translations {
  /// The shipped translation of `language` (embedded in the binary), merged over English.
  ///
  /// English has no file. The shipped files are checked by the tests (ShippedTranslationTests),
  /// so a refusal here cannot happen in a tested build; it would show English rather than stop
  /// a kiosk that runs unattended.
  public static func load(_ language: Language) -> Translations {
    guard let text = EmbeddedTranslations.text(for: language),
      let parsed = try? Translations(
        parsing: text, language: language, file: "translations/\(language.rawValue).yaml")
    else { return Translations(language: language, texts: [:]) }
    return parsed
  }

  /// A translation file: a YAML mapping of `key: text`, keys being `Caption` raw values.
  ///
  /// Refuses, all at once, unknown keys (with a "did you mean"), repeated keys, and values that
  /// are not text (a number, `true`, an empty value, a list or a mapping).
  public init(parsing text: String, language: Language, file: String) throws(TranslationError) {
    var issues: [TranslationError.Issue] = []
    func refuse(_ line: Int?, _ key: String, _ problem: String) {
      issues.append(.init(file: file, line: line, key: key, problem: problem))
    }
    let root: YAMLNode?
    do {
      root = try YAMLComposer.compose(text)
    } catch {
      throw TranslationError(issues: [
        .init(file: file, line: error.line, key: "", problem: "YAML syntax error: \(error.problem)")
      ])
    }
    var texts: [Caption: String] = [:]
    var firstLine: [Caption: Int] = [:]
    switch root?.content {
    case nil:
      break  // no document (empty, or only comments): everything in English
    case .mapping(let pairs):
      for (keyNode, valueNode) in pairs {
        guard let key = keyNode.scalar?.string else {
          refuse(keyNode.line, "", "a key must be a caption name, found \(Self.found(keyNode))")
          continue
        }
        guard let caption = Caption(rawValue: key) else {
          let hint = Suggestion.closest(to: key, in: Caption.allCases.map(\.rawValue))
          refuse(keyNode.line, key, "unknown key" + (hint.map { " (did you mean '\($0)'?)" } ?? ""))
          continue
        }
        if let first = firstLine[caption] {
          refuse(keyNode.line, key, "appears more than once (first on line \(first))")
          continue
        }
        firstLine[caption] = keyNode.line
        switch Self.text(of: valueNode) {
        case .success(let text):
          let wrong = caption.placeholders.filter { text.ranges(of: $0).count != 1 }
          if wrong.isEmpty {
            texts[caption] = text
          } else {
            let names = wrong.joined(separator: ", ")
            refuse(valueNode.line, key, "must hold \(names) once, where the number goes")
          }
        case .failure(let problem): refuse(valueNode.line, key, problem.text)
        }
      }
    case .some:
      if let root {
        refuse(root.line, "", "expected a mapping of `key: text`, found \(Self.found(root))")
      }
    }
    guard issues.isEmpty else { throw TranslationError(issues: issues) }
    self.init(language: language, texts: texts)
  }

  /// Why a value is not a caption's text.
  private struct NotText: Error {
    let text: String
  }

  /// The value's text, or why it is not text.
  private static func text(of node: YAMLNode) -> Result<String, NotText> {
    guard let scalar = node.scalar else {
      return .failure(NotText(text: "expected text, found \(found(node))"))
    }
    let value = scalar.string
    if scalar.isPlain {
      if ["", "~", "null", "Null", "NULL"].contains(value) {
        return .failure(NotText(text: "no text (leave the key out to show the English)"))
      }
      if ["true", "false", "True", "False", "TRUE", "FALSE"].contains(value) || isNumber(value) {
        return .failure(NotText(text: "expected text, found \(value) (quote it: \"\(value)\")"))
      }
    }
    if value.allSatisfy(\.isWhitespace) {
      return .failure(NotText(text: "empty text (leave the key out to show the English)"))
    }
    return .success(value)
  }

  /// True for what YAML reads as a number (`12`, `-3.5`, `1e3`), not for words like `nan`.
  private static func isNumber(_ text: String) -> Bool {
    text.allSatisfy { "0123456789+-._eE".contains($0) } && Double(text.filter { $0 != "_" }) != nil
  }

  /// How a node looks, for "found …" messages.
  private static func found(_ node: YAMLNode) -> String {
    switch node.content {
    case .scalar(let scalar): "'\(scalar.string)'"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }
}
