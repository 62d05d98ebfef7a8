/// One column of a `Table`: header text, a width constraint and an alignment.
public struct TableColumn: Hashable, Sendable {
  public var title: String
  /// Column widths are laid out like a horizontal `Layout` over the table's width.
  public var width: Constraint
  public var alignment: TextAlignment

  public init(_ title: String, width: Constraint, alignment: TextAlignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}

/// One row of a `Table`: one line of spans per column, and a style under the whole row.
public struct TableRow: Hashable, Sendable {
  public var cells: [[Span]]
  public var style: Style

  public init(_ cells: [[Span]], style: Style = .plain) {
    self.cells = cells
    self.style = style
  }

  /// A row of plain strings, each cell drawn in the row's style.
  public init(texts: [String], style: Style = .plain) {
    self.init(texts.map { [Span($0)] }, style: style)
  }
}
