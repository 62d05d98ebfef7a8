import Foundation
import Testing

@testable import TermRender

/// `EastAsianWidth.isAmbiguous` checked against the Unicode data its table was generated from
/// (`scripts/generate-east-asian-ambiguous.py`), read again from Debian's unicode-data.
@Suite("East Asian Ambiguous from the Unicode data")
struct EastAsianWidthDataTests {
  @Test func theTableIsOfTheDataOnThisMachineAndOfTheWidthTable() throws {
    let first = try String(
      contentsOfFile: "\(DisplayWidthDataTests.root)/EastAsianWidth.txt", encoding: .utf8
    ).prefix { $0 != "\n" }
    #expect(
      first.contains("-\(EastAsianWidth.unicodeVersion).txt"),
      "the table is of Unicode \(EastAsianWidth.unicodeVersion), the data is '\(first)'")
    #expect(EastAsianWidth.unicodeVersion == DisplayWidth.unicodeVersion)
  }

  @Test func exactlyTheAmbiguousCodePointsButMarksAndPrivateUse() throws {
    let ambiguous = try DisplayWidthDataTests.codePoints("EastAsianWidth.txt") { $0 == "A" }
    let leftOut = Set(
      try DisplayWidthDataTests.codePoints("extracted/DerivedGeneralCategory.txt") {
        ["Mn", "Me", "Co"].contains($0)
      })
    let kept = Set(ambiguous.filter { !leftOut.contains($0) })
    #expect(kept.count > 800)
    let listed = Set(EastAsianWidth.ambiguousRanges.flatMap { Array($0) })
    #expect(listed == kept)
    // And the search agrees with the list, over the whole of the BMP and beyond.
    for value in UInt32(0)...0x2_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if EastAsianWidth.isAmbiguous(scalar) != kept.contains(value) {
        Issue.record("U+\(String(value, radix: 16))")
      }
    }
  }
}
