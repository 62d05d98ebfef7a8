import TermRender
import Testing

@Suite("Buffer with wide glyphs")
struct BufferTests {
  @Test func wideGlyphTakesTwoCells() {
    var b = Buffer(width: 6, height: 1)
    let written = b.put("郑州", x: 1, y: 0, style: .plain)
    #expect(written == 4)
    #expect(b.textLines() == [" 郑州 "])
    #expect(b[1, 0].width == 2 && b[2, 0].isContinuation && b[3, 0].symbol == "州")
  }

  @Test func narrowOverFirstHalfBlanksSecondHalf() {
    var b = Buffer(width: 4, height: 1)
    b.put("郑州", x: 0, y: 0, style: .plain)
    b.put("a", x: 0, y: 0, style: .plain)
    #expect(b.textLines() == ["a 州"])
    #expect(b[1, 0].width == 1)
  }

  @Test func narrowOverContinuationBlanksFirstHalf() {
    var b = Buffer(width: 4, height: 1)
    b.put("郑州", x: 0, y: 0, style: .plain)
    b.put(symbol: "x", x: 1, y: 0, style: .plain)
    #expect(b.textLines() == [" x州"])
    #expect(b[0, 0].width == 1)
  }

  /// Panes redraw over their last drawing: the same wide text written again in place must
  /// stay whole (its continuation once blanked the glyph just written, leaving an orphan).
  @Test func wideTextDrawnAgainOverItselfStaysWhole() {
    var b = Buffer(width: 6, height: 1)
    b.put("郑州", x: 1, y: 0, style: .plain)
    let once = b
    b.put("郑州", x: 1, y: 0, style: .plain)
    #expect(b == once)
    #expect(b.textLines() == [" 郑州 "])
  }

  @Test func wideOverShiftedWideRepairsNeighbour() {
    var b = Buffer(width: 5, height: 1)
    b.put("郑州", x: 0, y: 0, style: .plain)
    b.put("站", x: 1, y: 0, style: .plain)
    #expect(b.textLines() == [" 站  "])
  }

  @Test func wideGlyphCutAtRightEdgeBecomesSpace() {
    var b = Buffer(width: 3, height: 1, fill: Cell("."))
    let written = b.put("a郑", x: 1, y: 0, style: .plain)
    #expect(b.textLines() == [".a "])
    #expect(written == 2)
    var c = Buffer(width: 6, height: 1, fill: Cell("."))
    c.put("郑州", x: 0, y: 0, style: .plain, maxWidth: 3)
    #expect(c.textLines() == ["郑 ..."])
  }

  @Test func wideGlyphCutAtLeftEdgeBecomesSpace() {
    var b = Buffer(width: 4, height: 1, fill: Cell("."))
    let written = b.put("郑州", x: -1, y: 0, style: .plain)
    #expect(b.textLines() == [" 州."])
    #expect(written == 4)
  }

  @Test func fillRepairsWideGlyphsCutByTheRect() {
    var b = Buffer(width: 6, height: 1)
    b.put("郑州站", x: 0, y: 0, style: .plain)
    b.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell("-"))
    #expect(b.textLines() == [" -- 站"])
  }

  @Test func controlCharactersAreShownEscapedAndOffscreenIsIgnored() {
    var b = Buffer(width: 8, height: 1)
    #expect(b.put("a\tb\n", x: 0, y: 0, style: .plain) == 6)
    b.put("zz", x: 0, y: 5, style: .plain)
    b.put("zz", x: 9, y: 0, style: .plain)
    b.put(symbol: "z", x: -1, y: 0, style: .plain)
    #expect(b.textLines() == [#"a\tb\n  "#])
  }

  @Test func changesReportWideGlyphOnceForItsContinuation() {
    var old = Buffer(width: 4, height: 1)
    old.put("ab", x: 0, y: 0, style: .plain)
    var new = old
    new.put("郑", x: 1, y: 0, style: .plain)
    let changes = new.changes(from: old)
    #expect(changes.map(\.x) == [1])
    #expect(changes.first?.cell.symbol == "郑")
  }

  @Test func changedContinuationOnlyReportsTheWideCell() {
    var old = Buffer(width: 4, height: 1)
    old.put("郑", x: 0, y: 0, style: .plain)
    var new = old
    var cont = new[1, 0]
    cont.style = Style(attributes: .bold)
    new[1, 0] = cont
    #expect(new.changes(from: old).map(\.x) == [0])
  }

  @Test func identicalBuffersHaveNoChangesAndResizeRedrawsAll() {
    var a = Buffer(width: 3, height: 2)
    a.put("郑x", x: 0, y: 1, style: .plain)
    #expect(a.changes(from: a).isEmpty)
    #expect(a.changes(from: Buffer(width: 2, height: 2)).count == 5)
    #expect(a.changes(from: nil).count == 5)
  }

  @Test func textLinesAndPlainText() {
    var b = Buffer(width: 5, height: 2)
    b.put("郑州", x: 0, y: 0, style: .plain)
    b.put("ab", x: 1, y: 1, style: .plain)
    #expect(b.textLines() == ["郑州 ", " ab  "])
    #expect(b.plainText() == "郑州\n ab")
  }

  @Test func spansWithEllipsisNeverSplitWideGlyphs() {
    var b = Buffer(width: 6, height: 1, fill: Cell("."))
    let written = b.put(spans: [Span("郑州站")], x: 0, y: 0, maxWidth: 4)
    #expect(written == 3)
    #expect(b.textLines() == ["郑…..."])
  }
}
