import TermRender
import Testing

@Suite("Table")
struct TableTests {
  static let columns = [
    TableColumn("ID", width: .length(4)),
    TableColumn("Dest", width: .fill(1)),
    TableColumn("TEU", width: .length(3), alignment: .right),
  ]

  static func rows(_ n: Int) -> [TableRow] {
    (0..<n).map { TableRow(texts: ["T\($0)", $0 % 2 == 0 ? "Liège" : "郑州", "\($0 * 41)"]) }
  }

  @Test func headerAndRowsWithAlignment() {
    let table = Table(columns: Self.columns, showsScrollbar: false)
    #expect(
      draw(14, 4) { b, a in table.render(into: &b, area: a, glyphs: .unicode, rows: Self.rows(3)) }
        == [
          "ID   Dest  TEU",
          "T0   Liège   0",
          "T1   郑州   41",
          "T2   Liège  82",
        ])
  }

  @Test func selectedRowIsHighlightedAndScrolledIntoView() {
    let table = Table(
      columns: Self.columns, selectedStyle: Style(attributes: .reverse), selected: 5)
    var buffer = Buffer(width: 15, height: 4)
    table.render(into: &buffer, area: buffer.area, glyphs: .unicode, rows: Self.rows(8))
    #expect(
      buffer.textLines() == [
        "ID   Dest  TEU ",
        "T3   郑州  123│",
        "T4   Liège 164█",
        "T5   郑州  205│",
      ])
    #expect(buffer[0, 3].style.attributes.contains(.reverse))
    #expect(!buffer[0, 2].style.attributes.contains(.reverse))
  }

  @Test func onlyVisibleRowsAreRequested() {
    var asked: [Int] = []
    let table = Table(columns: Self.columns, selected: 250, offset: 0)
    var buffer = Buffer(width: 15, height: 6)
    table.render(into: &buffer, area: buffer.area, glyphs: .unicode, rowCount: 500) { i in
      asked.append(i)
      return TableRow(texts: ["T\(i)", "x", "1"])
    }
    #expect(asked == [246, 247, 248, 249, 250])
  }

  @Test func emptyTableShowsOnlyHeader() {
    let table = Table(columns: Self.columns, selected: 0)
    #expect(
      draw(14, 2) { b, a in table.render(into: &b, area: a, glyphs: .unicode, rows: []) } == [
        "ID   Dest  TEU", "              ",
      ])
  }

  @Test func narrowAndTinyAreas() {
    let table = Table(columns: Self.columns)
    #expect(
      draw(6, 2) { b, a in table.render(into: &b, area: a, glyphs: .unicode, rows: Self.rows(1)) }
        == [
          "ID    ", "T0    ",
        ])
    #expect(
      draw(1, 1) { b, a in table.render(into: &b, area: a, glyphs: .unicode, rows: Self.rows(9)) }
        == [" "])
  }

  struct OffsetCase: Sendable {
    let selected: Int?
    let previous: Int
    let visible: Int
    let count: Int
    let expected: Int
  }

  @Test(
    "scroll offset keeps the selection visible",
    arguments: [
      OffsetCase(selected: 0, previous: 0, visible: 5, count: 20, expected: 0),
      OffsetCase(selected: 4, previous: 0, visible: 5, count: 20, expected: 0),
      OffsetCase(selected: 5, previous: 0, visible: 5, count: 20, expected: 1),
      OffsetCase(selected: 19, previous: 0, visible: 5, count: 20, expected: 15),
      OffsetCase(selected: 7, previous: 10, visible: 5, count: 20, expected: 7),
      OffsetCase(selected: 12, previous: 10, visible: 5, count: 20, expected: 10),
      OffsetCase(selected: 3, previous: 18, visible: 5, count: 6, expected: 1),
      OffsetCase(selected: 50, previous: 0, visible: 5, count: 20, expected: 15),
      OffsetCase(selected: -3, previous: 4, visible: 5, count: 20, expected: 0),
      OffsetCase(selected: nil, previous: 30, visible: 5, count: 20, expected: 15),
      OffsetCase(selected: 2, previous: 0, visible: 0, count: 20, expected: 0),
      OffsetCase(selected: 0, previous: 3, visible: 5, count: 0, expected: 0),
    ])
  func scrollOffset(_ c: OffsetCase) {
    #expect(
      Table.scrollOffset(
        selected: c.selected, previous: c.previous, visibleRows: c.visible,
        rowCount: c.count) == c.expected)
  }

  @Test func positionText() {
    #expect(Table.positionText(selected: 11, rowCount: 503) == "12/503")
    #expect(Table.positionText(selected: nil, rowCount: 3) == "1/3")
    #expect(Table.positionText(selected: 9, rowCount: 0) == "0/0")
  }

  @Test func scrollbarThumb() {
    #expect(Scrollbar.thumb(total: 100, visible: 10, offset: 0, height: 10) == (0, 1))
    #expect(Scrollbar.thumb(total: 100, visible: 10, offset: 90, height: 10) == (9, 1))
    #expect(Scrollbar.thumb(total: 20, visible: 10, offset: 5, height: 10) == (2, 5))
    #expect(Scrollbar.thumb(total: 5, visible: 10, offset: 0, height: 4) == (0, 4))
    #expect(Scrollbar.thumb(total: 0, visible: 10, offset: 0, height: 4) == (0, 0))
  }
}
