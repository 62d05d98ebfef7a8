import TermRender
import Testing

/// `Table.renderRow` redraws one row exactly as a full render draws it, so a list pane that
/// keeps the table's last drawing can redraw only the rows that changed.
@Suite("Table row redraw")
struct TableRowRedrawTests {
  static let columns = [
    TableColumn("ID", width: .length(4)),
    TableColumn("Dest", width: .min(5)),
    TableColumn("TEU", width: .length(4), alignment: .right),
  ]
  static let rowStyle = Style(foreground: .rgb(200, 200, 200))

  /// Row `i`'s cells; `variant` changes every other row's text, widths and styles.
  static func cells(_ i: Int, variant: Bool) -> [Span] {
    let dest = (i + (variant ? 1 : 0)) % 3 == 0 ? "郑州–Małaszewicze" : "Liège"
    let style =
      variant && i % 2 == 0 ? Style(foreground: .rgb(255, 0, 0), attributes: .bold) : .plain
    return [Span("T\(i)"), Span(dest, style: style), Span("\(i * (variant ? 7 : 41))")]
  }

  static func render(
    _ table: Table, _ buffer: inout Buffer, area: Rect, rowCount: Int, variant: Bool
  ) {
    table.render(
      into: &buffer, area: area, glyphs: .unicode, rowCount: rowCount, rowStyle: Self.rowStyle
    ) { i, spans in spans.append(contentsOf: Self.cells(i, variant: variant)) }
  }

  @Test(
    "redrawing the changed rows of one drawing gives the other drawing",
    arguments: [(20, 6, 30, 12), (24, 8, 5, 2), (9, 5, 50, 49), (30, 4, 3, 0)])
  func redrawnRowsEqualFullRender(size: (Int, Int, Int, Int)) {
    let (width, height, rowCount, selected) = size
    let table = Table(
      columns: Self.columns, headerStyle: Style(attributes: .underline),
      selectedStyle: Style(attributes: .reverse), selected: selected, offset: 0)
    let area = Rect(x: 2, y: 1, width: width, height: height)
    var expected = Buffer(width: width + 4, height: height + 2)
    Self.render(table, &expected, area: area, rowCount: rowCount, variant: true)
    var repainted = Buffer(width: width + 4, height: height + 2)
    Self.render(table, &repainted, area: area, rowCount: rowCount, variant: false)
    let geometry = table.geometry(area: area, rowCount: rowCount)
    #expect(!geometry.rows.isEmpty)
    for row in geometry.rows where Self.cells(row, variant: true) != Self.cells(row, variant: false) {
      let rect = table.renderRow(
        row, spans: Self.cells(row, variant: true), into: &repainted, geometry: geometry,
        glyphs: GlyphSet.unicode, rowStyle: Self.rowStyle)
      #expect(rect == Rect(x: geometry.body.x, y: geometry.y(ofRow: row), width: geometry.body.width, height: 1))
    }
    #expect(repainted == expected)
  }

  @Test("the geometry places rows below the header and shows a scrollbar when rows overflow")
  func geometry() {
    let table = Table(columns: Self.columns, selected: 9, offset: 0)
    let area = Rect(x: 1, y: 2, width: 20, height: 5)
    let g = table.geometry(area: area, rowCount: 12)
    #expect(g.rows == 6..<10)
    #expect(g.y(ofRow: 6) == 3)
    #expect(g.y(ofRow: 9) == 6)
    #expect(g.body == Rect(x: 1, y: 2, width: 19, height: 5))
    #expect(g.scrollbar == Scrollbar(total: 12, visible: 4, offset: 6))
    let fits = table.geometry(area: area, rowCount: 3)
    #expect(fits.rows == 0..<3)
    #expect(fits.scrollbar == nil)
    #expect(fits.body.width == 20)
  }

  @Test("rows outside the visible ones are not drawn")
  func invisibleRowIsIgnored() {
    let table = Table(columns: Self.columns, selected: 0)
    var buffer = Buffer(width: 20, height: 4)
    Self.render(table, &buffer, area: buffer.area, rowCount: 10, variant: false)
    let before = buffer
    let geometry = table.geometry(area: buffer.area, rowCount: 10)
    for row in [7, 3, -1, 10] {
      let rect = table.renderRow(
        row, spans: [Span("XXXX")], into: &buffer, geometry: geometry,
        glyphs: GlyphSet.unicode, rowStyle: Self.rowStyle)
      #expect(rect == nil)
    }
    #expect(buffer == before)
  }
}
