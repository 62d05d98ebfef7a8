/// Big digits for numbers read across a room (the kiosk's KPIs): a ladder of fonts from
/// `huge` down to `plain`, and the biggest that fits a given area.
///
/// | rung    | dots | drawn with                         | a digit is   |
/// |---------|------|------------------------------------|--------------|
/// | `huge`  | 5×7  | full blocks, 2 columns a dot       | 10 × 7 cells |
/// | `large` | 5×7  | half blocks `▀ ▄ █`, 2 dots a cell | 5 × 4 cells  |
/// | `small` | 3×5  | half blocks                        | 3 × 3 cells  |
/// | `plain` | —    | the text itself                    | 1 × 1 cell   |
///
/// Glyphs are one dot apart. The fonts draw digits, `, . % : - + /`, space and `d`; a text
/// with any other character only fits `plain` (a big rung draws such a character blank).
/// Without Unicode only full-cell fonts are used (`huge`, drawn with `#`, and `plain`): half
/// blocks have no ASCII equivalent that keeps the glyphs legible.
public struct BigText: Sendable, Equatable {
  /// The ladder, biggest first.
  public enum Font: Int, CaseIterable, Sendable {
    case huge, large, small, plain
  }

  /// How one rung turns dots into cells.
  private struct Rung {
    let dots: DotFont
    /// Columns one dot takes (2 keeps a full-block dot about square).
    let columnsPerDot: Int
    /// Dots stacked in one cell: 1 for full blocks, 2 for half blocks.
    let dotsPerCell: Int

    var isFullCell: Bool { dotsPerCell == 1 }
    var rows: Int { (dots.height + dotsPerCell - 1) / dotsPerCell }
  }

  private static func rung(_ font: Font) -> Rung? {
    switch font {
    case .huge: Rung(dots: .fiveBySeven, columnsPerDot: 2, dotsPerCell: 1)
    case .large: Rung(dots: .fiveBySeven, columnsPerDot: 1, dotsPerCell: 2)
    case .small: Rung(dots: .threeByFive, columnsPerDot: 1, dotsPerCell: 2)
    case .plain: nil
    }
  }

  /// Cells `text` takes in `font`: its columns and rows.
  public static func size(of text: String, font: Font) -> (width: Int, height: Int) {
    guard let rung = rung(font) else { return (text.displayWidth, 1) }
    let dots = text.reduce(0) { $0 + rung.dots.width(of: $1) } + max(0, text.count - 1)
    return (dots * rung.columnsPerDot, rung.rows)
  }

  /// The biggest font in which `text` fits width × height (unicode: false = ASCII fonts only).
  ///
  /// `plain` when no big rung fits, even if the plain text is wider than `width`.
  public static func fit(_ text: String, width: Int, height: Int, unicode: Bool) -> Font {
    for font in Font.allCases {
      guard let rung = rung(font) else { return font }
      guard unicode || rung.isFullCell, rung.dots.covers(text) else { continue }
      let size = size(of: text, font: font)
      if size.width <= width && size.height <= height { return font }
    }
    return .plain
  }

  /// Draws `text` in `font` with its top-left corner at (x, y), clipped to the buffer.
  ///
  /// Every cell of the `size(of:font:)` box is written (blanks in `style` between the dots), so
  /// a number that shrinks leaves nothing behind. A half-block font asked for without Unicode
  /// draws the plain text in the box's middle row.
  public static func draw(
    _ text: String, font: Font, into buffer: inout Buffer, x: Int, y: Int,
    style: Style, unicode: Bool
  ) {
    let size = size(of: text, font: font)
    buffer.fill(Rect(x: x, y: y, width: size.width, height: size.height), with: .blank(style))
    guard let rung = rung(font) else {
      buffer.put(text, x: x, y: y, style: style)
      return
    }
    guard unicode || rung.isFullCell else {
      buffer.put(text, x: x, y: y + (size.height - 1) / 2, style: style, maxWidth: size.width)
      return
    }
    var column = x
    for character in text {
      let glyph = rung.dots.glyph(character)
      let width = glyph.first?.count ?? 0
      for row in 0..<rung.rows {
        for dot in 0..<width {
          guard let symbol = symbol(glyph, row: row, dot: dot, rung: rung, unicode: unicode)
          else { continue }
          for part in 0..<rung.columnsPerDot {
            buffer.put(
              scalar: symbol, x: column + dot * rung.columnsPerDot + part, y: y + row, style: style)
          }
        }
      }
      column += (width + 1) * rung.columnsPerDot
    }
  }

  /// The block for the dots of one cell, or nil for none (the cell stays blank).
  private static func symbol(
    _ glyph: [[Bool]], row: Int, dot: Int, rung: Rung, unicode: Bool
  ) -> Unicode.Scalar? {
    let top = row * rung.dotsPerCell
    let upper = glyph[top][dot]
    guard !rung.isFullCell else { return upper ? (unicode ? "█" : "#") : nil }
    let lower = top + 1 < glyph.count && glyph[top + 1][dot]
    switch (upper, lower) {
    case (true, true): return "█"
    case (true, false): return "▀"
    case (false, true): return "▄"
    case (false, false): return nil
    }
  }
}
