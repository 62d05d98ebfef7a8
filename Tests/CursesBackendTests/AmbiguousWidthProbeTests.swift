import TermRender
import Testing

@testable import CursesBackend

/// The ambiguous-width probe's logic on made-up replies: picking cursor reports out of what
/// was read, keeping every other byte as typed input, the width decided from two reports, the
/// typed keys turned back into curses' codes, and the sink narrowing what is left.
@Suite("Ambiguous-width probe")
struct AmbiguousWidthProbeTests {
  static func reports(_ chunks: [String]) -> CursorReports {
    var reports = CursorReports()
    for chunk in chunks { reports.add(Array(chunk.utf8)) }
    reports.finish()
    return reports
  }

  @Test("two reports a column apart: narrow; two apart: wide; anything else: no answer")
  func width() {
    #expect(Self.reports(["\u{1B}[12;1R\u{1B}[12;2R"]).advance == .narrow)
    #expect(Self.reports(["\u{1B}[12;1R\u{1B}[12;3R"]).advance == .wide)
    #expect(Self.reports(["\u{1B}[3;40R\u{1B}[3;42R"]).advance == .wide)
    // The glyph wrapped at the right margin, one report only, none, a garbled reply.
    #expect(Self.reports(["\u{1B}[12;80R\u{1B}[13;2R"]).advance == nil)
    #expect(Self.reports(["\u{1B}[12;1R"]).advance == nil)
    #expect(Self.reports([]).advance == nil)
    #expect(Self.reports(["\u{1B}[12;1R\u{1B}[12;5R"]).advance == nil)
    #expect(AmbiguousWidth(advance: 1) == .narrow && AmbiguousWidth(advance: 2) == .wide)
    #expect(AmbiguousWidth(advance: 0) == nil && AmbiguousWidth(advance: -78) == nil)
  }

  @Test("replies split across reads are put together")
  func splitReplies() {
    let reports = Self.reports(["\u{1B}", "[1", "2;", "1R\u{1B}[", "12;3", "R"])
    #expect(reports.advance == .wide)
    #expect(reports.typed.isEmpty)
  }

  @Test("keys typed around and between the replies are kept, in order, arrows whole")
  func typedKeysKept() {
    let reports = Self.reports(["q\u{1B}[B", "\u{1B}[5;1R", "?", "\u{1B}[5;2R", "é\u{1B}"])
    #expect(reports.advance == .narrow)
    #expect(reports.typed == Array("q\u{1B}[B?é\u{1B}".utf8))
    // An escape sequence that is not a report, with a report's start inside it.
    let mixed = Self.reports(["\u{1B}[1;\u{1B}[7;1R\u{1B}[7;2R"])
    #expect(mixed.typed == Array("\u{1B}[1;".utf8))
    #expect(mixed.advance == .narrow)
  }

  @Test("typed bytes back as curses codes: sequences the terminal names, arrows, bytes")
  func typedKeysAsCodes() {
    let arrows: (up: Int32, down: Int32, right: Int32, left: Int32) = (259, 258, 261, 260)
    let table: [String: Int32] = ["\u{1B}OP": 265, "\u{1B}[5~": 339]
    let codes = TypedKeys.codes(
      Array("a\u{1B}OP\u{1B}[B\u{1B}[5~\u{1B}[Dé\u{1B}x\u{1B}".utf8),
      lookup: { table[$0] ?? 0 }, arrows: arrows)
    let expected: [Int32] =
      [97, 265, 258, 339, 260] + Array("é".utf8).map(Int32.init) + [27, 120, 27]
    #expect(codes == expected)
  }

  @Test("where ambiguous glyphs are wide the encoder writes each as ASCII, CJK as it is")
  func encoderNarrows() {
    func text(_ narrows: Bool) -> String {
      var encoder = FrameEncoder(
        depth: .none, isUTF8: true, narrowsAmbiguous: narrows, attributes: [],
        skipsBottomRight: false, clearScreen: [], reset: [])
      let changes = ["L", "i", "è", "g", "e", "·", "郑", "", "⣿", "Д"].enumerated().map {
        let width: UInt8 = $0.element == "郑" ? 2 : $0.element.isEmpty ? 0 : 1
        return CellChange(x: $0.offset, y: 0, cell: Cell($0.element, width: width))
      }
      var out: [UInt8] = []
      encoder.encode(changes, width: 20, height: 2, clearFirst: false, into: &out)
      return String(decoding: out, as: UTF8.self)
    }
    #expect(text(true).contains("Liege|郑"))
    #expect(text(true).contains("⣿?"))
    #expect(text(false).contains("Liège·郑"))
    #expect(text(false).contains("⣿Д"))
  }
}
