import TermRender
import Testing

@Suite("Text: truncation, padding, Label, Paragraph")
struct TextTests {
  @Test(arguments: [
    ("Zhengzhou", 9, "Zhengzhou"),
    ("Zhengzhou", 5, "Zhen…"),
    ("郑州—Liège", 5, "郑州…"),
    ("郑州—Liège", 4, "郑…"),
    ("郑州", 3, "郑…"),
    ("郑州", 4, "郑州"),
    ("郑州", 1, "…"),
    ("abc", 0, ""),
    ("", 3, ""),
  ])
  func truncation(text: String, width: Int, expected: String) {
    let out = text.truncated(toWidth: width)
    #expect(out == expected)
    #expect(out.displayWidth <= max(0, width))
  }

  @Test func paddingKeepsExactWidthWithWideGlyphs() {
    #expect("郑州".padded(toWidth: 6, alignment: .right) == "  郑州")
    #expect("郑州".padded(toWidth: 7, alignment: .center) == " 郑州  ")
    #expect("郑州站".padded(toWidth: 4) == "郑… ")
    #expect("郑州站".padded(toWidth: 4).displayWidth == 4)
    #expect("ab".padded(toWidth: 0) == "")
  }

  @Test func labelAlignsAndTruncates() {
    let glyphs = GlyphSet.unicode
    #expect(
      draw(8, 1) { b, a in Label("abc", alignment: .right).render(into: &b, area: a, glyphs: glyphs)
      }
        == ["     abc"])
    #expect(
      draw(7, 1) { b, a in
        Label("abc", alignment: .center).render(into: &b, area: a, glyphs: glyphs)
      }
        == ["  abc  "])
    #expect(
      draw(5, 1) { b, a in Label("Małaszewicze").render(into: &b, area: a, glyphs: glyphs) }
        == ["Mała…"])
    #expect(
      draw(5, 1) { b, a in Label("Małaszewicze").render(into: &b, area: a, glyphs: .ascii) }
        == ["Mała~"])
  }

  @Test func labelSpansKeepTheirStyles() {
    let bold = Style(attributes: .bold)
    var buffer = Buffer(width: 6, height: 1)
    Label([Span("ab"), Span("郑州", style: bold)]).render(
      into: &buffer, area: buffer.area, glyphs: .unicode)
    #expect(buffer.textLines() == ["ab郑州"])
    #expect(buffer[0, 0].style == .plain)
    #expect(buffer[2, 0].style == bold && buffer[2, 0].width == 2)
    #expect(buffer[3, 0].isContinuation)
  }

  @Test func labelSpansTruncateAcrossSpans() {
    let red = Style(foreground: .ansi(1))
    var buffer = Buffer(width: 5, height: 1)
    Label([Span("ab"), Span("郑州站", style: red)]).render(
      into: &buffer, area: buffer.area, glyphs: .unicode)
    #expect(buffer.textLines() == ["ab郑…"])
    #expect(buffer[4, 0].style == red)
  }

  @Test func labelInZeroOrOneCellArea() {
    #expect(
      draw(3, 1) { b, _ in
        Label("abc").render(into: &b, area: Rect(x: 0, y: 0, width: 0, height: 1), glyphs: .unicode)
      }
        == ["   "])
    #expect(draw(1, 1) { b, a in Label("郑州").render(into: &b, area: a, glyphs: .unicode) } == ["…"])
  }

  @Test func paragraphWrapsWordsAndBreaksLongOnes() {
    let p = Paragraph(text: "Rail freight from Zhengzhou\nto Liège", wrap: true)
    #expect(
      draw(10, 5) { b, a in p.render(into: &b, area: a, glyphs: .unicode) } == [
        "Rail      ",
        "freight   ",
        "from      ",
        "Zhengzhou ",
        "to Liège  ",
      ])
    #expect(
      draw(4, 3) { b, a in Paragraph(text: "Brześć").render(into: &b, area: a, glyphs: .unicode) }
        == ["Brze", "ść  ", "    "])
  }

  @Test func paragraphWrapsWideGlyphsAndScrolls() {
    var p = Paragraph(text: "郑州到列日的班列", wrap: true)
    #expect(
      draw(5, 4) { b, a in p.render(into: &b, area: a, glyphs: .unicode) }
        == ["郑州 ", "到列 ", "日的 ", "班列 "])
    p.scroll = 3
    #expect(
      draw(5, 2) { b, a in p.render(into: &b, area: a, glyphs: .unicode) } == ["班列 ", "     "])
  }

  @Test func paragraphWithoutWrapTruncatesEachLine() {
    let p = Paragraph(text: "Duisburg hub\nHamburg", alignment: .right, wrap: false)
    #expect(
      draw(8, 2) { b, a in p.render(into: &b, area: a, glyphs: .unicode) } == [
        "Duisbur…", " Hamburg",
      ])
  }

  @Test func glyphSetFollowsLocale() {
    #expect(GlyphSet.forLocale(environment: ["LANG": "en_US.UTF-8"]) == .unicode)
    #expect(GlyphSet.forLocale(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .ascii)
    #expect(GlyphSet.forLocale(environment: ["LC_ALL": "", "LC_CTYPE": "de_DE.utf8"]) == .unicode)
    #expect(GlyphSet.forLocale(environment: [:]) == .ascii)
  }
}
