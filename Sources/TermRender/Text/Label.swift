/// One line of styled text, aligned in its area's first row and truncated with an ellipsis.
public struct Label: Hashable, Sendable {
  public var spans: [Span]
  public var alignment: TextAlignment
  /// Fills the row first and lies under every span.
  public var style: Style

  public init(_ spans: [Span], alignment: TextAlignment = .left, style: Style = .plain) {
    self.spans = spans
    self.alignment = alignment
    self.style = style
  }

  public init(_ text: String, alignment: TextAlignment = .left, style: Style = .plain) {
    self.init([Span(text)], alignment: alignment, style: style)
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !area.isEmpty else { return }
    buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: .blank(style))
    buffer.put(
      spans: spans, in: area, row: area.y, alignment: alignment, base: style,
      ellipsis: glyphs.ellipsis)
  }
}
