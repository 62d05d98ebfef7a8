import Foundation

/// One ASCII character standing in for a cell's symbol, for terminals whose locale is not
/// UTF-8.
///
/// The dashboard's ASCII glyph set covers borders, bars and braille, but data text (station
/// names such as Liège or Małaszewicze, Cyrillic and Chinese names) still reaches the backend.
/// In a C locale curses cannot encode those characters: it sends stray bytes that the
/// terminal swallows together with the characters that follow, and the rest of the row
/// slides out of place. Every cell therefore becomes exactly one printable ASCII character.
enum ASCIIFallback {
  /// Letters that carry no combining mark, so canonical decomposition leaves them alone.
  private static let letters: [Unicode.Scalar: Character] = [
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "ı": "i",
    "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "þ": "t", "ð": "d",
  ]

  /// Punctuation the data text uses, by meaning.
  private static let punctuation: [Unicode.Scalar: Character] = [
    "–": "-", "—": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"", "…": "~", "·": "|",
    "→": ">", "←": "<", "⇄": "=", "×": "x", "\u{00A0}": " ",
  ]

  /// The ASCII stand-in for `symbol`: itself when printable ASCII, its base letter when it
  /// is an accented Latin letter, a look-alike for common punctuation, `?` otherwise.
  static func character(for symbol: String) -> Character {
    guard let first = symbol.unicodeScalars.first else { return " " }
    if (0x20..<0x7F).contains(first.value) { return Character(first) }
    if let letter = letters[first] { return letter }
    if let mark = punctuation[first] { return mark }
    if let base = String(first).decomposedStringWithCanonicalMapping.unicodeScalars.first,
      (0x20..<0x7F).contains(base.value)
    {
      return Character(base)
    }
    return "?"
  }
}
