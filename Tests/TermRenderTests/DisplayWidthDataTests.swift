import Foundation
import SafeText
import Testing

@testable import TermRender

/// `DisplayWidth` checked against the Unicode data it was generated from, read here again from
/// Debian's unicode-data (`/usr/share/unicode`; `.ci/run` installs it), so a table that drifts
/// from the files, or files that move to a new version, fail here.
@Suite("Display width from the Unicode data")
struct DisplayWidthDataTests {
  static let root = ProcessInfo.processInfo.environment["UNICODE_DATA"] ?? "/usr/share/unicode"

  /// The code points a UCD property file gives a value `want` accepts.
  static func codePoints(_ file: String, _ want: (String) -> Bool) throws -> [UInt32] {
    let text = try String(contentsOfFile: "\(root)/\(file)", encoding: .utf8)
    var found: [UInt32] = []
    for line in text.split(separator: "\n") {
      let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let fields = data.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count >= 2, want(fields[1]) else { continue }
      let bounds = fields[0].split(separator: ".", omittingEmptySubsequences: true)
      guard let first = UInt32(bounds[0], radix: 16),
        let last = UInt32(bounds.last ?? "", radix: 16)
      else { continue }
      found += Array(first...last)
    }
    return found
  }

  static func width(_ value: UInt32) -> Int? { Unicode.Scalar(value).map(DisplayWidth.of) }

  @Test func theTableIsOfTheDataOnThisMachine() throws {
    let first = try String(contentsOfFile: "\(Self.root)/EastAsianWidth.txt", encoding: .utf8)
      .prefix { $0 != "\n" }
    #expect(
      first.contains("-\(DisplayWidth.unicodeVersion).txt"),
      "the table is of Unicode \(DisplayWidth.unicodeVersion), the data is '\(first)': run scripts/generate-display-width.py"
    )
  }

  /// The issue's case: 🚂 and the rest of Transport and Map Symbols that are emoji. The
  /// regional indicators are the exception (one column, as glibc's wcwidth, tmux and ncurses
  /// count them).
  @Test func everyEmojiPresentationCodePointIsTwoColumns() throws {
    let emoji = try Self.codePoints("emoji/emoji-data.txt") { $0 == "Emoji_Presentation" }
    let indicators = Set(try Self.codePoints("PropList.txt") { $0 == "Regional_Indicator" })
    #expect(emoji.count > 1_000 && indicators.count == 26)
    for value in emoji {
      #expect(
        Self.width(value) == (indicators.contains(value) ? 1 : 2), "U+\(String(value, radix: 16))")
    }
    #expect(DisplayWidth.of("🚂") == 2)
    #expect("🚂 Zhengzhou".displayWidth == 12)
    #expect(DisplayWidth.of(Character("🚀")) == 2)
  }

  @Test func everyWideOrFullwidthCodePointIsTwoColumnsUnlessAMark() throws {
    let marks = Set(
      try Self.codePoints("extracted/DerivedGeneralCategory.txt") { ["Mn", "Me"].contains($0) })
    let wide = try Self.codePoints("EastAsianWidth.txt") { $0 == "W" || $0 == "F" }
    #expect(wide.count > 100_000)
    for value in wide where !marks.contains(value) {
      if Self.width(value) != 2 { Issue.record("U+\(String(value, radix: 16)) is not 2 wide") }
    }
  }

  /// Marks join the cell before them; other format characters take no column (and the
  /// unsafe ones their escape's), but for the soft hyphen and the prepended concatenation
  /// marks, which are drawn.
  @Test func marksAndFormatCharactersTakeNoColumn() throws {
    let drawn = Set(
      try Self.codePoints("PropList.txt") { $0 == "Prepended_Concatenation_Mark" } + [0xAD])
    #expect(drawn.count == 14)
    let marks = try Self.codePoints("extracted/DerivedGeneralCategory.txt") {
      ["Mn", "Me"].contains($0)
    }
    let format = try Self.codePoints("extracted/DerivedGeneralCategory.txt") { $0 == "Cf" }
    let selectors = Array(UInt32(0xFE00)...0xFE0F) + Array(UInt32(0xE0100)...0xE01EF)
    for value in marks {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(DisplayWidth.of(scalar) == 0, "U+\(String(value, radix: 16))")
      #expect(DisplayWidth.isCombining(scalar) == !selectors.contains(value))
    }
    for value in format {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected =
        UnsafeScalars.contains(scalar)
        ? TerminalEscape.width(of: scalar) : drawn.contains(value) ? 1 : 0
      #expect(DisplayWidth.of(scalar) == expected, "U+\(String(value, radix: 16))")
      #expect(!DisplayWidth.isCombining(scalar))
    }
    #expect(DisplayWidth.of("soft\u{AD}") == 5)
  }

  /// Narrow, halfwidth, ambiguous and neutral code points that are not marks, format
  /// characters or emoji are one column: Latin, Cyrillic and the dashboard's glyphs.
  @Test func everyOtherCodePointIsOneColumn() throws {
    let categories = "extracted/DerivedGeneralCategory.txt"
    var special = Set(
      try Self.codePoints(categories) { ["Mn", "Me", "Cf", "Cc", "Cs", "Zl", "Zp"].contains($0) })
    special.formUnion(try Self.codePoints("emoji/emoji-data.txt") { $0 == "Emoji_Presentation" })
    special.formUnion(Array(UInt32(0x1160)...0x11FF) + Array(UInt32(0xD7B0)...0xD7FF))
    let narrow = try Self.codePoints("EastAsianWidth.txt") { ["Na", "H", "A", "N"].contains($0) }
    for value in narrow where !special.contains(value) {
      guard let scalar = Unicode.Scalar(value), !UnsafeScalars.contains(scalar) else { continue }
      if DisplayWidth.of(scalar) != 1 {
        Issue.record("U+\(String(value, radix: 16)) is not 1 wide")
      }
    }
    for glyph in "─│┌┐└┘╭╮╰╯┃━═╳▶◀●◆≡█▏⣿·…⇄→–郑州".unicodeScalars {
      #expect(DisplayWidth.of(glyph) == (glyph.value >= 0x4E00 ? 2 : 1), "\(glyph)")
    }
  }
}
