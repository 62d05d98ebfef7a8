import TermRender

/// Parses the right-hand side of a theme line: `FG [on BG] [ATTRIBUTE …]`.
///
/// Kept apart from the line parser so colour and attribute spelling live in one place.
enum ThemeValue {
  /// The 16 ANSI colour names; index = ANSI number. `gray`/`grey` alias `bright-black`.
  static let ansiNames: [String] = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
    "bright-magenta", "bright-cyan", "bright-white",
  ]

  static let attributeNames: [(String, TextAttributes)] = [
    ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline),
    ("reverse", .reverse),
  ]

  /// Why a value was refused; the line parser adds file, line and key.
  enum Problem: Error {
    case badColor(String)
    case other(String, String)
  }

  /// Parses a whole value, e.g. `#ffaf00 on 236 bold underline` or `on blue` or `reverse`.
  static func style(_ text: String) throws(Problem) -> Style {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)[...]
    var style = Style.plain
    if let first = words.first, first.lowercased() != "on", !isAttribute(first) {
      style.foreground = try color(first)
      words = words.dropFirst()
    }
    if let first = words.first, first.lowercased() == "on" {
      guard let bg = words.dropFirst().first else {
        throw .other("on", "'on' must be followed by a background colour")
      }
      style.background = try color(bg)
      words = words.dropFirst(2)
    }
    for word in words {
      guard let attribute = attribute(word) else {
        if word.lowercased() == "on" {
          throw .other(word, "'on BG' must come right after the foreground colour")
        }
        throw .other(
          word,
          "expected an attribute (bold, dim, italic, underline, reverse) "
            + "after the colours")
      }
      style.attributes.insert(attribute)
    }
    return style
  }

  static func isAttribute(_ word: String) -> Bool { attribute(word) != nil || word == "plain" }

  static func attribute(_ word: String) -> TextAttributes? {
    let w = word.lowercased()
    if w == "plain" { return [] }
    return attributeNames.first { $0.0 == w }?.1
  }

  /// One colour: `default`, an ANSI name, `0`–`255` or `#rrggbb`.
  static func color(_ word: String) throws(Problem) -> Color {
    let w = word.lowercased()
    if w == "default" { return .default }
    let canonical = w == "gray" || w == "grey" ? "bright-black" : w.replacingUnderscores()
    if let index = ansiNames.firstIndex(of: canonical) { return .ansi(UInt8(index)) }
    if let n = Int(w), (0...255).contains(n) {
      return n < 16 ? .ansi(UInt8(n)) : .indexed(UInt8(n))
    }
    if w.hasPrefix("#"), w.count == 7, w.dropFirst().allSatisfy(\.isHexDigit),
      let v = UInt32(w.dropFirst(), radix: 16)
    {
      return .rgb(UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
    }
    throw .badColor(word)
  }
}

extension String {
  /// `bright_red` → `bright-red`: both spellings are accepted in theme files.
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }
}
