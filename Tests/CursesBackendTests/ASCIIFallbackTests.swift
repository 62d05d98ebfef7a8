import Foundation
import Testing

@testable import CursesBackend

@Suite("ASCII fallback: one ASCII character per cell when the locale is not UTF-8")
struct ASCIIFallbackTests {
  static let table: [(symbol: String, expected: Character)] = [
    ("a", "a"), ("~", "~"), ("", " "),
    // Accented Latin letters lose their marks; letters without a mark use the table.
    ("è", "e"), ("é", "e"), ("ń", "n"), ("Ü", "U"), ("ł", "l"), ("Ł", "L"), ("ß", "s"),
    // One of each block the generated table covers: Latin-1 Supplement, Latin Extended-A,
    // Latin Extended-B, Latin Extended Additional; and the Kelvin and Angstrom signs.
    ("Å", "A"), ("ÿ", "y"), ("Ș", "S"), ("ț", "t"), ("ǘ", "u"), ("ễ", "e"), ("Ỹ", "Y"),
    ("\u{212A}", "K"), ("\u{212B}", "A"),
    // A letter and a combining mark as two scalars: the letter.
    ("e\u{301}", "e"),
    // Punctuation from data text.
    ("–", "-"), ("…", "~"), ("·", "|"), ("⇄", "="), ("×", "x"),
    // Scripts with no ASCII form, wide or not, and control characters; Greek and Cyrillic
    // letters decompose to letters of their own script.
    ("郑", "?"), ("Б", "?"), ("й", "?"), ("Ω", "?"), ("ά", "?"), ("\u{7}", "?"), ("\u{7F}", "?"),
    // Symbols whose decomposition starts with ASCII punctuation keep no misleading look-alike.
    ("≠", "?"), ("\u{301}", "?"),
  ]

  @Test("symbols map to printable ASCII", arguments: table.indices)
  func mapsToASCII(_ index: Int) {
    let (symbol, expected) = Self.table[index]
    #expect(ASCIIFallback.character(for: symbol) == expected, "for \(symbol.debugDescription)")
  }

  @Test func generatedTableIsSortedByScalar() {
    let scalars = ASCIIFallback.decomposedLetters.map { $0 >> 8 }
    #expect(zip(scalars, scalars.dropFirst()).allSatisfy { $0 < $1 })
  }

  /// The generated table against Foundation's NFD, which the backend used before: every
  /// scalar of the Basic Multilingual Plane whose decomposition starts with an ASCII letter
  /// maps to that letter, and no other scalar is in the table.
  @Test func generatedTableMatchesCanonicalDecomposition() {
    var differences: [String] = []
    for value in UInt32(0x80)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
      let expected = base.flatMap { base -> Character? in
        base != scalar && base.isASCII && base.properties.isAlphabetic ? Character(base) : nil
      }
      if ASCIIFallback.baseLetter(of: scalar) != expected {
        differences.append(String(format: "U+%04X", value))
      }
    }
    #expect(differences.isEmpty, "\(differences.prefix(20))")
  }
}
