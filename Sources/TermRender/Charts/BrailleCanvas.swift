/// A grid of braille dots (2 wide × 4 high per cell) that series are plotted into.
///
/// Dots are bits of one byte per cell, so plotting is integer work; symbols are looked up in
/// the glyph set's 256-entry table only when the canvas is drawn.
struct BrailleCanvas {
  let columns: Int
  let rows: Int
  private(set) var bits: [UInt8]
  /// Index of the series that last set a dot in each cell (-1: none), for its style.
  private(set) var owner: [Int]

  /// Bit of the dot at column `c` (0-1) and row `r` (0-3) of a cell, per Unicode braille.
  private static let dotBits: [[UInt8]] = [
    [0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80],
  ]

  init(columns: Int, rows: Int) {
    self.columns = Swift.max(0, columns)
    self.rows = Swift.max(0, rows)
    bits = Array(repeating: 0, count: self.columns * self.rows)
    owner = Array(repeating: -1, count: self.columns * self.rows)
  }

  var dotWidth: Int { columns * 2 }
  var dotHeight: Int { rows * 4 }

  /// Sets the dot at (x, y) in dot coordinates, y down; outside dots are ignored.
  mutating func set(x: Int, y: Int, series: Int) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let i = (y / 4) * columns + x / 2
    bits[i] |= BrailleCanvas.dotBits[y % 4][x % 2]
    owner[i] = series
  }

  /// Dots along the straight segment between two dots (Bresenham).
  mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int), series: Int) {
    var x = a.x
    var y = a.y
    let dx = abs(b.x - a.x)
    let dy = -abs(b.y - a.y)
    let sx = a.x < b.x ? 1 : -1
    let sy = a.y < b.y ? 1 : -1
    var err = dx + dy
    while true {
      set(x: x, y: y, series: series)
      if x == b.x && y == b.y { break }
      let e2 = 2 * err
      if e2 >= dy {
        err += dy
        x += sx
      }
      if e2 <= dx {
        err += dx
        y += sy
      }
    }
  }

  /// Fills every dot column between two dots from the segment down to the bottom.
  mutating func area(from a: (x: Int, y: Int), to b: (x: Int, y: Int), series: Int) {
    let (left, right) = a.x <= b.x ? (a, b) : (b, a)
    for x in left.x...right.x {
      let t = right.x == left.x ? 0 : Double(x - left.x) / Double(right.x - left.x)
      let top = Int((Double(left.y) + t * Double(right.y - left.y)).rounded())
      for y in Swift.max(0, top)..<dotHeight { set(x: x, y: y, series: series) }
    }
  }

  /// Draws the non-empty cells at (x, y) in the style of the series that owns them.
  func draw(into buffer: inout Buffer, x: Int, y: Int, glyphs: GlyphSet, styles: [Style]) {
    for r in 0..<rows {
      for c in 0..<columns {
        let i = r * columns + c
        guard bits[i] != 0 else { continue }
        let style = owner[i] >= 0 && owner[i] < styles.count ? styles[owner[i]] : .plain
        buffer.put(symbol: glyphs.brailleCells[Int(bits[i])], x: x + c, y: y + r, style: style)
      }
    }
  }
}
