/// Where a `Table`'s parts land in an area for a given row count: the row body (the area
/// less the scrollbar column), the column rectangles, the visible rows and the scrollbar.
///
/// `Table.geometry(area:rowCount:)` makes it; a caller that keeps a table's last drawing uses
/// it to redraw single rows with `Table.renderRow` exactly where a full render puts them.
public struct TableGeometry: Hashable, Sendable {
  /// The whole table, header row included.
  public var area: Rect
  /// The area less the scrollbar column, where the header and the rows are filled.
  public var body: Rect
  /// One rectangle per column (header row height; rows reuse their x and width).
  public var columns: [Rect]
  /// Indices of the visible rows; the first is drawn just below the header.
  public var rows: Range<Int>
  /// Rows that fit below the header.
  public var visibleRows: Int
  /// The scrollbar, when not every row fits.
  public var scrollbar: Scrollbar?

  public init(
    area: Rect, body: Rect, columns: [Rect], rows: Range<Int>, visibleRows: Int,
    scrollbar: Scrollbar?
  ) {
    self.area = area
    self.body = body
    self.columns = columns
    self.rows = rows
    self.visibleRows = visibleRows
    self.scrollbar = scrollbar
  }

  /// The screen line of row `index` (one of `rows`).
  public func y(ofRow index: Int) -> Int { area.y + 1 + index - rows.lowerBound }
}
