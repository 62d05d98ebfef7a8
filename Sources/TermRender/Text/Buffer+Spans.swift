extension Buffer {
  /// Draws spans from (x, y) in at most `maxWidth` columns; returns the columns written.
  ///
  /// When the spans are wider than `maxWidth` they are cut and end in `ellipsis` (drawn in the
  /// style of the span it replaces). Each span's style is patched onto `base`.
  @discardableResult
  public mutating func put(
    spans: [Span], x: Int, y: Int, maxWidth: Int, base: Style = .plain,
    ellipsis: String = "…"
  ) -> Int {
    put(
      spans: spans, x: x, y: y, maxWidth: maxWidth, base: base, ellipsis: ellipsis,
      total: Buffer.width(of: spans))
  }

  /// Columns `spans` occupy together.
  static func width(of spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.width } }

  /// `put(spans:x:y:maxWidth:base:ellipsis:)` when the caller already knows the spans'
  /// `total` width (measuring text is a good part of drawing a table). Generic so that one
  /// span can be drawn as `CollectionOfOne` without allocating an array.
  private mutating func put<Spans: Collection<Span>>(
    spans: Spans, x: Int, y: Int, maxWidth: Int, base: Style, ellipsis: String, total: Int
  ) -> Int {
    guard maxWidth > 0 else { return 0 }
    if total <= maxWidth {
      var col = 0
      for span in spans {
        col += put(
          span.text, x: x + col, y: y, style: base.patched(with: span.style),
          maxWidth: maxWidth - col)
      }
      return col
    }
    let mark = ellipsis.prefix(columns: maxWidth)
    let budget = maxWidth - mark.displayWidth
    var col = 0
    var lastStyle = spans.first.map { base.patched(with: $0.style) } ?? base
    for span in spans where col < budget {
      lastStyle = base.patched(with: span.style)
      let piece = span.text.prefix(columns: budget - col)
      col += put(piece, x: x + col, y: y, style: lastStyle, maxWidth: budget - col)
      // `prefix(columns:)` returns the text itself when nothing was cut, so a shorter UTF-8
      // length (O(1)) means it was cut; counting Characters would break graphemes twice.
      if piece.utf8.count < span.text.utf8.count { break }
    }
    col += put(mark, x: x + col, y: y, style: lastStyle, maxWidth: maxWidth - col)
    return col
  }

  /// Draws one aligned line of spans on row `y` of `area`, truncated with `ellipsis`.
  @discardableResult
  public mutating func put(
    spans: [Span], in area: Rect, row y: Int, alignment: TextAlignment,
    base: Style = .plain, ellipsis: String = "…"
  ) -> Int {
    put(
      spans: spans, total: Buffer.width(of: spans), in: area, row: y, alignment: alignment,
      base: base, ellipsis: ellipsis)
  }

  /// `put(spans:in:row:alignment:base:ellipsis:)` for a single span (a table cell), without
  /// wrapping it in an array.
  @discardableResult
  public mutating func put(
    span: Span, in area: Rect, row y: Int, alignment: TextAlignment,
    base: Style = .plain, ellipsis: String = "…"
  ) -> Int {
    put(
      spans: CollectionOfOne(span), total: span.width, in: area, row: y, alignment: alignment,
      base: base, ellipsis: ellipsis)
  }

  private mutating func put<Spans: Collection<Span>>(
    spans: Spans, total: Int, in area: Rect, row y: Int, alignment: TextAlignment,
    base: Style, ellipsis: String
  ) -> Int {
    guard area.width > 0, y >= area.y, y < area.maxY else { return 0 }
    let dx = alignment.offset(used: Swift.min(area.width, total), available: area.width)
    return put(
      spans: spans, x: area.x + dx, y: y, maxWidth: area.width - dx, base: base,
      ellipsis: ellipsis, total: total)
  }
}
