import Testing

@testable import SafeText

/// The one sanitising function: which scalars are escaped, how, and that clean text is kept.
@Suite("Terminal-safe text")
struct TerminalSafeTests {
  /// The station name of issue 11: window title, clear screen, clipboard write.
  static let hostile = "Zhengzhou\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{1B}]52;c;cHduZWQ=\u{07}"

  /// Built at run time: Swift's lexer refuses some noncharacters in literals.
  static let noncharacters = String(
    String.UnicodeScalarView([0xFDD0, 0xFFFE, 0xFFFF, 0x10FFFF].compactMap(Unicode.Scalar.init)))

  @Test func theIssuesStationNameIsShownEscaped() {
    #expect(
      Self.hostile.terminalSafe()
        == #"Zhengzhou\e]0;PWNED\u{07}\e[2J\e]52;c;cHduZWQ=\u{07}"#)
  }

  @Test(arguments: [
    ("\t\n\r\u{1B}", #"\t\n\r\e"#),
    ("\u{0}\u{7F}\u{80}\u{85}\u{9B}\u{9F}", #"\u{00}\u{7F}\u{80}\u{85}\u{9B}\u{9F}"#),
    ("a\u{202E}b\u{2066}c\u{2069}", #"a\u{202E}b\u{2066}c\u{2069}"#),
    ("\u{200E}\u{200F}\u{061C}\u{2028}\u{2029}", #"\u{200E}\u{200F}\u{61C}\u{2028}\u{2029}"#),
    ("\u{200B}\u{FEFF}\u{E0001}", #"\u{200B}\u{FEFF}\u{E0001}"#),
    (Self.noncharacters, #"\u{FDD0}\u{FFFE}\u{FFFF}\u{10FFFF}"#),
  ])
  func everyUnsafeClassIsEscaped(text: String, expected: String) {
    #expect(text.terminalSafe() == expected)
  }

  /// Text people write, in every script the corridor has, and the joiners emoji and Persian
  /// need, is left exactly as it is.
  @Test(arguments: [
    "Małaszewicze", "Достык", "郑州圃田", "Liège – Bierset", "🚂 X8001", "👨‍👩‍👧", "می‌خواهم",
    "e\u{301}", "soft\u{AD}hyphen", "back\\slash 'quoted' \"double\"", "",
  ])
  func cleanTextIsUnchanged(text: String) {
    #expect(text.terminalSafe() == text)
    #expect(!UnsafeScalars.occur(in: text))
  }

  @Test func lineFeedsAreKeptOnlyWhenAsked() {
    #expect("a\nb".terminalSafe() == #"a\nb"#)
    #expect("a\nb\r\n".terminalSafe(keepingLineFeeds: true) == "a\nb\\r\n")
    #expect(!UnsafeScalars.occur(in: "a\nb\n", exceptLineFeed: true))
    #expect(UnsafeScalars.occur(in: "a\nb\u{9B}", exceptLineFeed: true))
  }

  /// Every scalar: the escape is printable ASCII of the width `TerminalEscape.width` says, and
  /// the result of any text holds no unsafe scalar (escaping twice changes nothing).
  @Test func escapesArePrintableASCIIOfTheirStatedWidth() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), UnsafeScalars.contains(scalar) else { continue }
      let escape = TerminalEscape.text(for: scalar)
      #expect(escape.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "U+\(value)")
      #expect(escape.utf8.count == TerminalEscape.width(of: scalar), "U+\(value)")
      let once = String(Character(scalar)).terminalSafe()
      #expect(!UnsafeScalars.occur(in: once) && once.terminalSafe() == once)
    }
  }

  /// The set is exactly C0, DEL, C1, the listed format characters and the noncharacters:
  /// nothing printable is caught by mistake.
  @Test func theSetIsExactlyTheListedRanges() {
    let listed: [ClosedRange<UInt32>] = [
      0x00...0x1F, 0x7F...0x9F, 0x061C...0x061C, 0x200B...0x200B, 0x200E...0x200F,
      0x2028...0x202E, 0x2060...0x206F, 0xFDD0...0xFDEF, 0xFEFF...0xFEFF, 0xFFF9...0xFFFB,
      0xE0000...0xE007F,
    ]
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let noncharacter = value & 0xFFFF >= 0xFFFE
      let expected = noncharacter || listed.contains { $0.contains(value) }
      if UnsafeScalars.contains(scalar) != expected {
        Issue.record("U+\(String(value, radix: 16)): contains is \(!expected)")
      }
    }
  }
}
