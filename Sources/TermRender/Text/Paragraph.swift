/// Several lines of styled text, word-wrapped (or truncated) to the area's width.
public struct Paragraph: Hashable, Sendable {
  /// Each element is one source line made of spans; "\n" inside spans is not interpreted.
  public var lines: [[Span]]
  public var alignment: TextAlignment
  /// Wrap at word boundaries (long words are broken); otherwise truncate with an ellipsis.
  public var wrap: Bool
  /// Rows of the wrapped text skipped at the top (for scrolling).
  public var scroll: Int
  public var style: Style

  public init(
    _ lines: [[Span]], alignment: TextAlignment = .left, wrap: Bool = true,
    scroll: Int = 0, style: Style = .plain
  ) {
    self.lines = lines
    self.alignment = alignment
    self.wrap = wrap
    self.scroll = scroll
    self.style = style
  }

  /// A paragraph of plain text; "\n" starts a new line.
  public init(
    text: String, alignment: TextAlignment = .left, wrap: Bool = true,
    style: Style = .plain
  ) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { [Span(String($0))] }
    self.init(lines, alignment: alignment, wrap: wrap, style: style)
  }

  /// The rows this paragraph occupies at `width` columns.
  public func rows(width: Int) -> [[Span]] {
    guard width > 0 else { return [] }
    return wrap ? lines.flatMap { TextWrapper.wrap($0, width: width) } : lines
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !area.isEmpty else { return }
    buffer.fill(area, with: .blank(style))
    let visible = rows(width: area.width).dropFirst(Swift.max(0, scroll)).prefix(area.height)
    for (i, row) in visible.enumerated() {
      buffer.put(
        spans: row, in: area, row: area.y + i, alignment: alignment, base: style,
        ellipsis: glyphs.ellipsis)
    }
  }
}

/// Greedy word wrapping of styled text by display width.
enum TextWrapper {
  /// A word or a run of spaces, in one style.
  private struct Piece {
    var text: String
    var width: Int
    var style: Style
    var isSpace: Bool
  }

  /// Splits a line into rows at most `width` columns wide; spaces at a break are dropped.
  static func wrap(_ line: [Span], width: Int) -> [[Span]] {
    var rows: [[Span]] = []
    var row: [Span] = []
    var used = 0
    func flush() {
      while let last = row.last, last.text.allSatisfy({ $0 == " " }) {
        used -= last.width
        row.removeLast()
      }
      rows.append(row)
      row = []
      used = 0
    }
    for piece in pieces(of: line) {
      if piece.isSpace {
        if used > 0 {
          row.append(Span(piece.text, style: piece.style))
          used += piece.width
        }
        continue
      }
      if used + piece.width > width && used > 0 { flush() }
      var rest = piece.text
      while rest.displayWidth > width - used {
        let head = rest.prefix(columns: Swift.max(1, width - used))
        guard !head.isEmpty else { break }  // a wide glyph in a 1-column area
        row.append(Span(head, style: piece.style))
        used += head.displayWidth
        flush()
        rest = String(rest.dropFirst(head.count))
      }
      if !rest.isEmpty {
        row.append(Span(rest, style: piece.style))
        used += rest.displayWidth
      }
    }
    if !row.isEmpty || rows.isEmpty { flush() }
    return rows
  }

  private static func pieces(of line: [Span]) -> [Piece] {
    var out: [Piece] = []
    for span in line {
      var current = ""
      var currentIsSpace = false
      for ch in span.text {
        let isSpace = ch == " "
        if !current.isEmpty && isSpace != currentIsSpace {
          out.append(
            Piece(
              text: current, width: current.displayWidth, style: span.style,
              isSpace: currentIsSpace))
          current = ""
        }
        current.append(ch)
        currentIsSpace = isSpace
      }
      if !current.isEmpty {
        out.append(
          Piece(
            text: current, width: current.displayWidth, style: span.style,
            isSpace: currentIsSpace))
      }
    }
    return out
  }
}
