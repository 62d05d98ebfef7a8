/// A table with a header, one highlighted selected row, scrolling and a scrollbar.
///
/// Only the rows that fit are asked for (`render(into:area:glyphs:rowCount:row:)` calls the
/// row closure for visible rows only), so a table of 500 trains costs as much as one of 20.
public struct Table: Hashable, Sendable {
  public var columns: [TableColumn]
  /// Cells left empty between columns.
  public var columnSpacing: Int
  public var headerStyle: Style
  /// Laid over every cell of the selected row, its own spans included: the selection's
  /// non-default colours win and attributes add up, so no cell of the highlight keeps the
  /// pane's background or a colour picked to be read on it (status colours), and a theme's
  /// selection foreground reads on its selection background in every column.
  public var selectedStyle: Style
  /// Index of the selected row, if any.
  public var selected: Int?
  /// Index of the first visible row; use `Table.scrollOffset` to keep the selection visible.
  public var offset: Int
  /// Draws a scrollbar in the last column when not every row fits.
  public var showsScrollbar: Bool
  /// The scrollbar's track and thumb.
  public var scrollTrackStyle: Style
  public var scrollThumbStyle: Style

  public init(
    columns: [TableColumn], columnSpacing: Int = 1, headerStyle: Style = .plain,
    selectedStyle: Style = Style(attributes: .reverse), selected: Int? = nil,
    offset: Int = 0, showsScrollbar: Bool = true, scrollTrackStyle: Style = .plain,
    scrollThumbStyle: Style = .plain
  ) {
    self.columns = columns
    self.columnSpacing = Swift.max(0, columnSpacing)
    self.headerStyle = headerStyle
    self.selectedStyle = selectedStyle
    self.selected = selected
    self.offset = offset
    self.showsScrollbar = showsScrollbar
    self.scrollTrackStyle = scrollTrackStyle
    self.scrollThumbStyle = scrollThumbStyle
  }

  /// Rows that fit below the header in an area `height` rows tall.
  public static func visibleRowCount(height: Int) -> Int { Swift.max(0, height - 1) }

  /// The first visible row so that `selected` is visible, moving as little as possible from
  /// `previous` and never leaving empty rows at the bottom when there are rows to show.
  public static func scrollOffset(
    selected: Int?, previous: Int, visibleRows: Int,
    rowCount: Int
  ) -> Int {
    guard visibleRows > 0, rowCount > 0 else { return 0 }
    var offset = Swift.min(Swift.max(0, previous), Swift.max(0, rowCount - visibleRows))
    if let s = selected.map({ Swift.min(Swift.max(0, $0), rowCount - 1) }) {
      if s < offset { offset = s }
      if s >= offset + visibleRows { offset = s - visibleRows + 1 }
    }
    return offset
  }

  /// "12/503": the selected row (1-based) of all rows, for a block title; "0/0" when empty.
  public static func positionText(selected: Int?, rowCount: Int) -> String {
    guard rowCount > 0 else { return "0/0" }
    let s = Swift.min(Swift.max(0, selected ?? 0), rowCount - 1)
    return "\(s + 1)/\(rowCount)"
  }

  /// Draws the table from an array of rows.
  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet, rows: [TableRow]) {
    render(into: &buffer, area: area, glyphs: glyphs, rowCount: rows.count) { rows[$0] }
  }

  /// Draws the header and the visible rows; `row(i)` is called only for visible indices.
  public func render(
    into buffer: inout Buffer, area: Rect, glyphs: GlyphSet, rowCount: Int,
    row: (Int) -> TableRow
  ) {
    renderRows(into: &buffer, area: area, glyphs: glyphs, rowCount: rowCount) {
      index, y, geometry, buffer in
      let r = row(index)
      let isSelected = index == selected
      let style = isSelected ? r.style.patched(with: selectedStyle) : r.style
      let body = geometry.body
      buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), with: .blank(style))
      for (i, rect) in geometry.columns.enumerated() where i < r.cells.count && rect.width > 0 {
        buffer.put(
          spans: isSelected ? r.cells[i].map(highlighted(_:)) : r.cells[i],
          in: Rect(x: rect.x, y: y, width: rect.width, height: 1), row: y,
          alignment: columns[i].alignment, base: style, ellipsis: glyphs.ellipsis)
      }
    }
  }

  /// Draws the header and the visible rows, one span per cell: `cells(i, &spans)` appends
  /// row i's cells (left to right) to an emptied scratch array that is reused for every row,
  /// so a frame allocates no per-row or per-cell arrays. Rows are drawn in `rowStyle`.
  /// Returns where the parts went, for redrawing rows later with `renderRow`.
  @discardableResult
  public func render(
    into buffer: inout Buffer, area: Rect, glyphs: GlyphSet, rowCount: Int, rowStyle: Style,
    cells: (_ row: Int, _ spans: inout [Span]) -> Void
  ) -> TableGeometry {
    var spans: [Span] = []
    spans.reserveCapacity(columns.count)
    let selectedRowStyle = rowStyle.patched(with: selectedStyle)
    return renderRows(into: &buffer, area: area, glyphs: glyphs, rowCount: rowCount) {
      index, y, geometry, buffer in
      spans.removeAll(keepingCapacity: true)
      cells(index, &spans)
      drawRow(
        spans, y: y, style: index == selected ? selectedRowStyle : rowStyle,
        isSelected: index == selected, into: &buffer, geometry: geometry, glyphs: glyphs)
    }
  }

  /// Redraws row `index` alone, exactly as a full render draws it (the row filled in its
  /// style, selected or not, then its cells): a list whose header and other rows are unchanged
  /// redraws only the rows that changed. Returns the row's rectangle, or nil (nothing drawn)
  /// when the row is not visible.
  @discardableResult
  public func renderRow(
    _ index: Int, spans: [Span], into buffer: inout Buffer, geometry: TableGeometry,
    glyphs: GlyphSet, rowStyle: Style
  ) -> Rect? {
    guard geometry.rows.contains(index) else { return nil }
    let y = geometry.y(ofRow: index)
    drawRow(
      spans, y: y, style: index == selected ? rowStyle.patched(with: selectedStyle) : rowStyle,
      isSelected: index == selected, into: &buffer, geometry: geometry, glyphs: glyphs)
    return Rect(x: geometry.body.x, y: y, width: geometry.body.width, height: 1)
  }

  /// Where the parts of this table go in `area` when it has `rowCount` rows.
  public func geometry(area: Rect, rowCount: Int) -> TableGeometry {
    let visible = Table.visibleRowCount(height: area.height)
    let scrollable = showsScrollbar && rowCount > visible && visible > 0 && area.width > 1
    let body = Rect(
      x: area.x, y: area.y, width: area.width - (scrollable ? 1 : 0),
      height: area.height)
    let cols = Layout.horizontal(columns.map(\.width), spacing: columnSpacing).split(body)
    let first = Table.scrollOffset(
      selected: selected, previous: offset, visibleRows: visible,
      rowCount: rowCount)
    let last = Swift.max(first, Swift.min(rowCount, first + visible))
    return TableGeometry(
      area: area, body: body, columns: cols, rows: first..<last, visibleRows: visible,
      scrollbar: scrollable
        ? Scrollbar(
          total: rowCount, visible: visible, offset: first, trackStyle: scrollTrackStyle,
          thumbStyle: scrollThumbStyle)
        : nil)
  }

  /// `span` as the selected row shows it: `selectedStyle` laid over the span's own style.
  private func highlighted(_ span: Span) -> Span {
    Span(span.text, style: span.style.patched(with: selectedStyle))
  }

  /// One row's fill and cells at line `y`.
  private func drawRow(
    _ spans: [Span], y: Int, style: Style, isSelected: Bool, into buffer: inout Buffer,
    geometry: TableGeometry, glyphs: GlyphSet
  ) {
    let body = geometry.body
    buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), with: .blank(style))
    for (i, rect) in geometry.columns.enumerated() where i < spans.count && rect.width > 0 {
      buffer.put(
        span: isSelected ? highlighted(spans[i]) : spans[i],
        in: Rect(x: rect.x, y: y, width: rect.width, height: 1), row: y,
        alignment: columns[i].alignment, base: style, ellipsis: glyphs.ellipsis)
    }
  }

  /// Lays out the columns, draws the header and the scrollbar, and calls `drawRow(index, y,
  /// geometry, &buffer)` for each visible row; returns the layout.
  @discardableResult
  private func renderRows(
    into buffer: inout Buffer, area: Rect, glyphs: GlyphSet, rowCount: Int,
    drawRow: (Int, Int, TableGeometry, inout Buffer) -> Void
  ) -> TableGeometry {
    let geometry = geometry(area: area, rowCount: rowCount)
    guard !area.isEmpty else { return geometry }
    let body = geometry.body
    buffer.fill(Rect(x: body.x, y: area.y, width: body.width, height: 1), with: .blank(headerStyle))
    for (i, rect) in geometry.columns.enumerated() where i < columns.count && rect.width > 0 {
      buffer.put(
        span: Span(columns[i].title), in: Rect(x: rect.x, y: area.y, width: rect.width, height: 1),
        row: area.y, alignment: columns[i].alignment, base: headerStyle, ellipsis: glyphs.ellipsis)
    }
    for index in geometry.rows {
      drawRow(index, geometry.y(ofRow: index), geometry, &buffer)
    }
    if let scrollbar = geometry.scrollbar {
      scrollbar.render(
        into: &buffer,
        area: Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: geometry.visibleRows),
        glyphs: glyphs)
    }
    return geometry
  }
}
