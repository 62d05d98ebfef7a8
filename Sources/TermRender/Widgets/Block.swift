/// A bordered box with an optional title; panes draw their content in its `inner` rect.
///
/// The title sits in the top border (`┌ Trains ───┐`), left or right aligned, and is cut with
/// an ellipsis when the box is narrow. A focused pane passes different border and title styles.
public struct Block: Hashable, Sendable {
  public var border: BorderType
  public var title: [Span]
  public var titleAlignment: TextAlignment
  public var borderStyle: Style
  public var titleStyle: Style
  /// Fills the whole area (background) before the border is drawn.
  public var style: Style

  public init(
    border: BorderType = .plain, title: [Span] = [],
    titleAlignment: TextAlignment = .left, borderStyle: Style = .plain,
    titleStyle: Style = .plain, style: Style = .plain
  ) {
    self.border = border
    self.title = title
    self.titleAlignment = titleAlignment
    self.borderStyle = borderStyle
    self.titleStyle = titleStyle
    self.style = style
  }

  public init(
    title: String, border: BorderType = .plain, titleAlignment: TextAlignment = .left,
    borderStyle: Style = .plain, titleStyle: Style = .plain, style: Style = .plain
  ) {
    self.init(
      border: border, title: title.isEmpty ? [] : [Span(title)],
      titleAlignment: titleAlignment, borderStyle: borderStyle, titleStyle: titleStyle,
      style: style)
  }

  /// The area left for content: inside the border, or below the title row when borderless.
  public func inner(_ area: Rect) -> Rect {
    if border != .none { return area.inset(by: 1) }
    if title.isEmpty { return area }
    return Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !area.isEmpty else { return }
    buffer.fill(area, with: .blank(style))
    if border != .none { drawBorder(into: &buffer, area: area, glyphs: glyphs.border(border)) }
    drawTitle(into: &buffer, area: area, glyphs: glyphs)
  }

  private func drawBorder(into buffer: inout Buffer, area: Rect, glyphs g: BorderGlyphs) {
    let s = style.patched(with: borderStyle)
    let right = area.maxX - 1
    let bottom = area.maxY - 1
    // Each glyph becomes a cell once, not once per border cell.
    let horizontal = Cell(g.horizontal, style: s)
    let vertical = Cell(g.vertical, style: s)
    for x in area.x...right {
      buffer.put(cell: horizontal, x: x, y: area.y)
      buffer.put(cell: horizontal, x: x, y: bottom)
    }
    for y in area.y...bottom {
      buffer.put(cell: vertical, x: area.x, y: y)
      buffer.put(cell: vertical, x: right, y: y)
    }
    buffer.put(cell: Cell(g.topLeft, style: s), x: area.x, y: area.y)
    buffer.put(cell: Cell(g.topRight, style: s), x: right, y: area.y)
    buffer.put(cell: Cell(g.bottomLeft, style: s), x: area.x, y: bottom)
    buffer.put(cell: Cell(g.bottomRight, style: s), x: right, y: bottom)
  }

  /// The title goes between the corners with one space either side; it needs at least
  /// 3 columns inside the corners to show one glyph (or the ellipsis).
  private func drawTitle(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !title.isEmpty else { return }
    let base = style.patched(with: titleStyle)
    if border == .none {
      buffer.put(
        spans: title, in: area, row: area.y, alignment: titleAlignment, base: base,
        ellipsis: glyphs.ellipsis)
      return
    }
    let room = area.width - 4
    guard room >= 1 else { return }
    let used = Swift.min(room, title.reduce(0) { $0 + $1.width })
    let x = area.x + 1 + titleAlignment.offset(used: used + 2, available: area.width - 2)
    buffer.put(" ", x: x, y: area.y, style: base)
    let written = buffer.put(
      spans: title, x: x + 1, y: area.y, maxWidth: room, base: base,
      ellipsis: glyphs.ellipsis)
    buffer.put(" ", x: x + 1 + written, y: area.y, style: base)
  }
}
