import Testing

@testable import CursesBackend

@Suite("ASCII fallback: one ASCII character per cell when the locale is not UTF-8")
struct ASCIIFallbackTests {
  static let table: [(symbol: String, expected: Character)] = [
    ("a", "a"), ("~", "~"), ("", " "),
    // Accented Latin letters lose their marks; letters without a mark use the table.
    ("è", "e"), ("é", "e"), ("ń", "n"), ("Ü", "U"), ("ł", "l"), ("Ł", "L"), ("ß", "s"),
    // Punctuation from data text.
    ("–", "-"), ("…", "~"), ("·", "|"), ("⇄", "="), ("×", "x"),
    // Scripts with no ASCII form, wide or not, and control characters.
    ("郑", "?"), ("Б", "?"), ("\u{7}", "?"), ("\u{7F}", "?"),
  ]

  @Test("symbols map to printable ASCII", arguments: table.indices)
  func mapsToASCII(_ index: Int) {
    let (symbol, expected) = Self.table[index]
    #expect(ASCIIFallback.character(for: symbol) == expected, "for \(symbol.debugDescription)")
  }
}
