/// Splits a bar length into whole cells and an eighth-of-a-cell remainder.
enum EighthBlocks {
  /// Eighths filled when `fraction` (clamped to 0...1, NaN as 0) of `width` cells is filled.
  static func eighths(fraction: Double, width: Int) -> Int {
    guard width > 0, !fraction.isNaN else { return 0 }
    let f = Swift.min(1, Swift.max(0, fraction))
    return Int((f * Double(width * 8)).rounded())
  }

  /// Draws a left-to-right bar of `eighths` eighths in `width` cells from (x, y); the rest of
  /// the cells get `track` in `trackStyle`.
  static func drawBar(
    into buffer: inout Buffer, x: Int, y: Int, width: Int, eighths: Int,
    glyphs: GlyphSet, style: Style, track: String, trackStyle: Style
  ) {
    let full = Swift.min(width, eighths / 8)
    let partial = full < width ? eighths % 8 : 0
    // The full block and the track become cells once per bar, not once per cell.
    let fullCell = Cell(glyphs.horizontalEighths[8], style: style)
    let trackCell = Cell(track, style: trackStyle)
    for i in 0..<Swift.max(0, width) {
      if i < full {
        buffer.put(cell: fullCell, x: x + i, y: y)
      } else if i == full && partial > 0 {
        buffer.put(symbol: glyphs.horizontalEighths[partial], x: x + i, y: y, style: style)
      } else {
        buffer.put(cell: trackCell, x: x + i, y: y)
      }
    }
  }
}
