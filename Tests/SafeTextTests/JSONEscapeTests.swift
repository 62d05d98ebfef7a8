import Foundation
import Testing

@testable import SafeText

/// JSON escapes for the unsafe scalars JSONEncoder leaves raw.
@Suite("JSON escapes")
struct JSONEscapeTests {
  @Test(arguments: [
    ("\u{7F}", #"\u007f"#), ("\u{9B}", #"\u009b"#), ("\u{202E}", #"\u202e"#),
    ("\u{2028}", #"\u2028"#), ("\u{E0041}", #"\udb40\udc41"#),
  ])
  func scalarsAreEscapedAsJSONWrites(text: String, expected: String) {
    var out = ""
    for scalar in text.unicodeScalars { JSONEscape.append(scalar, to: &out) }
    #expect(out == expected)
  }

  /// An encoder's document with hostile strings: escaped, it holds no unsafe scalar but its
  /// own whitespace, and decodes to the same strings.
  @Test func encodedDocumentsKeepTheirMeaning() throws {
    let names = [
      "Zheng\u{1B}[2J\u{7}", "\u{85}\u{9B}31m\u{7F}", "a\u{202E}b\u{2066}",
      "\u{2028}\u{FEFF}\u{E0001}",
      "郑州 🚂",
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let raw = String(decoding: try encoder.encode(["names": names]), as: UTF8.self)
    let escaped = JSONEscape.escapingUnsafeScalars(in: raw)
    #expect(
      !escaped.unicodeScalars.contains { UnsafeScalars.contains($0) && $0 != "\n" && $0 != " " })
    let decoded = try JSONDecoder().decode([String: [String]].self, from: Data(escaped.utf8))
    #expect(decoded["names"] == names)
  }
}
