import TermRender
import Testing

@Suite("Block")
struct BlockTests {
  @Test func plainBorderWithLeftTitle() {
    #expect(
      draw(12, 3) { b, a in Block(title: "Trains").render(into: &b, area: a, glyphs: .unicode) }
        == [
          "┌ Trains ──┐",
          "│          │",
          "└──────────┘",
        ])
  }

  @Test func roundedBorderWithRightTitle() {
    let block = Block(title: "Events", border: .rounded, titleAlignment: .right)
    #expect(
      draw(12, 3) { b, a in block.render(into: &b, area: a, glyphs: .unicode) } == [
        "╭── Events ╮",
        "│          │",
        "╰──────────╯",
      ])
  }

  @Test func heavyBorderInAsciiFallsBackToPlusMinusBar() {
    let block = Block(title: "KPI", border: .heavy)
    #expect(
      draw(8, 3) { b, a in block.render(into: &b, area: a, glyphs: .ascii) } == [
        "+ KPI -+",
        "|      |",
        "+------+",
      ])
  }

  @Test func longCJKTitleIsTruncatedWithEllipsis() {
    let block = Block(title: "郑州—列日班列")
    #expect(
      draw(9, 2) { b, a in block.render(into: &b, area: a, glyphs: .unicode) } == [
        "┌ 郑州… ┐",
        "└───────┘",
      ])
    #expect(
      draw(8, 2) { b, a in block.render(into: &b, area: a, glyphs: .unicode) } == [
        "┌ 郑… ─┐",
        "└──────┘",
      ])
  }

  @Test func innerRect() {
    let area = Rect(x: 2, y: 1, width: 10, height: 5)
    #expect(Block(title: "x").inner(area) == Rect(x: 3, y: 2, width: 8, height: 3))
    #expect(
      Block(border: .none, title: [Span("x")]).inner(area) == Rect(x: 2, y: 2, width: 10, height: 4)
    )
    #expect(Block(border: .none).inner(area) == area)
    #expect(Block().inner(Rect(x: 0, y: 0, width: 1, height: 1)).isEmpty)
  }

  @Test func tinyAreasDoNotCrash() {
    #expect(
      draw(1, 1) { b, a in Block(title: "Trains").render(into: &b, area: a, glyphs: .unicode) } == [
        "┘"
      ])
    #expect(
      draw(2, 2) { b, a in Block(title: "Trains").render(into: &b, area: a, glyphs: .unicode) } == [
        "┌┐", "└┘",
      ])
    #expect(
      draw(3, 1) { b, _ in
        Block().render(into: &b, area: Rect(x: 0, y: 0, width: 0, height: 0), glyphs: .unicode)
      } == ["   "])
  }

  @Test func focusedStylesApplyToBorderAndTitle() {
    let focus = Style(foreground: .ansi(3), attributes: .bold)
    let title = Style(foreground: .ansi(6))
    var buffer = Buffer(width: 10, height: 3)
    Block(title: "Map", borderStyle: focus, titleStyle: title).render(
      into: &buffer, area: buffer.area, glyphs: .unicode)
    #expect(buffer[0, 0].style == focus)
    #expect(buffer[3, 0].style == title)
    #expect(buffer[0, 1].style == focus)
  }

  @Test func borderlessTitleTakesFirstRow() {
    let block = Block(border: .none, title: [Span("Cargo")], titleAlignment: .right)
    #expect(
      draw(8, 2) { b, a in block.render(into: &b, area: a, glyphs: .unicode) } == [
        "   Cargo", "        ",
      ])
  }
}
