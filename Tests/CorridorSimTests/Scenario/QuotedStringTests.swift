import Foundation
import SafeText
import Testing

@testable import CorridorSim

@Suite("Quoted strings")
struct QuotedStringTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("Xi'an – 郑州", #""Xi'an – 郑州""#),
    ("say \"hi\" \\ now", #""say \"hi\" \\ now""#),
    ("a\nb\tc\r\u{1}", #""a\nb\tc\r\u0001""#),
    ("\u{1B}[2J\u{7F}\u{9B}\u{202E}\u{2028}", #""\u001b[2J\u007f\u009b\u202e\u2028""#),
  ])
  func escapesForJSONAndYAML(text: String, expected: String) throws {
    for dialect in [QuotedString.Dialect.json, .yaml] {
      #expect(QuotedString.quoted(text, dialect: dialect) == expected)
    }
    #expect(try Self.fromJSON(QuotedString.quoted(text, dialect: .json)) == text)
    #expect(try Self.fromYAML(QuotedString.quoted(text, dialect: .yaml)) == text)
  }

  /// Above U+FFFF the dialects differ: JSON has only surrogate pairs, which libyaml refuses.
  @Test func tagCharactersAreEscapedInEachDialectsForm() throws {
    let text = "flag\u{E0067}\u{E007F}"
    let json = QuotedString.quoted(text, dialect: .json)
    let yaml = QuotedString.quoted(text, dialect: .yaml)
    #expect(json == #""flag\udb40\udc67\udb40\udc7f""#)
    #expect(yaml == #""flag\U000e0067\U000e007f""#)
    #expect(try Self.fromJSON(json) == text)
    #expect(try Self.fromYAML(yaml) == text)
  }

  /// Every scalar the libyaml reader refuses raw, or that the terminal must not get, comes
  /// back from its escape; the literal holds none of them.
  @Test func everyScalarRoundTripsThroughBothDialects() throws {
    var text = String.UnicodeScalarView()
    for value in UInt32(0)...0x2FFF {
      if let scalar = Unicode.Scalar(value) { text.append(scalar) }
    }
    for value in [0xFEFF, 0xFFF9, 0xFFFE, 0xFFFF, 0x1F682, 0xE0001, 0xE007F, 0x10FFFF] {
      if let scalar = Unicode.Scalar(UInt32(value)) { text.append(scalar) }
    }
    let original = String(text)
    let json = QuotedString.quoted(original, dialect: .json)
    let yaml = QuotedString.quoted(original, dialect: .yaml)
    #expect(!json.unicodeScalars.contains(where: UnsafeScalars.contains))
    #expect(!yaml.unicodeScalars.contains(where: UnsafeScalars.contains))
    #expect(try Self.fromJSON(json) == original)
    #expect(try Self.fromYAML(yaml) == original)
  }

  private static func fromJSON(_ literal: String) throws -> String? {
    (try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String])?.first
  }

  /// The literal read back by the scenario files' YAML reader, as the value of a key.
  private static func fromYAML(_ literal: String) throws -> String? {
    let root = try YAMLComposer.compose("key: \(literal)\n")
    guard case .mapping(let pairs)? = root?.content else { return nil }
    return pairs.first?.1.scalar?.string
  }
}
