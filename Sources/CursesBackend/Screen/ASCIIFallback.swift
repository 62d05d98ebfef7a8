/// One ASCII character standing in for a cell's symbol, for terminals whose locale is not
/// UTF-8.
///
/// The dashboard's ASCII glyph set covers borders, bars and braille, but data text (station
/// names such as Liège or Małaszewicze, Cyrillic and Chinese names) still reaches the backend.
/// In a C locale curses cannot encode those characters: it sends stray bytes that the
/// terminal swallows together with the characters that follow, and the rest of the row
/// slides out of place. Every cell therefore becomes exactly one printable ASCII character.
enum ASCIIFallback {
  /// Letters that carry no combining mark, so canonical decomposition leaves them alone (the
  /// letters that do decompose are in `decomposedLetters`, generated).
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
  /// Only the first scalar counts, so a letter followed by a combining mark is that letter.
  static func character(for symbol: String) -> Character {
    guard let first = symbol.unicodeScalars.first else { return " " }
    if (0x20..<0x7F).contains(first.value) { return Character(first) }
    if let letter = letters[first] { return letter }
    if let mark = punctuation[first] { return mark }
    return baseLetter(of: first) ?? "?"
  }

  /// The ASCII letter `scalar`'s canonical decomposition starts with (é → e), if any: a
  /// binary search of the generated table, which stands in for a run-time NFD (Foundation).
  static func baseLetter(of scalar: Unicode.Scalar) -> Character? {
    let table = decomposedLetters
    var low = 0
    var high = table.count
    while low < high {
      let middle = (low + high) / 2
      if table[middle] >> 8 < scalar.value { low = middle + 1 } else { high = middle }
    }
    guard low < table.count, table[low] >> 8 == scalar.value else { return nil }
    return Character(Unicode.Scalar(UInt8(truncatingIfNeeded: table[low])))
  }
}
