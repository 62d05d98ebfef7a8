/// The cells a frame may have changed, as one column range per row.
///
/// A live frame redraws only the panes (or cells of panes) whose contents changed, and it
/// reports what it drew here; the diff then looks only at these cells
/// (`Buffer.changes(from:in:)`). A range may be wider than what was drawn (a row's ranges are
/// merged into one): that costs a few compared cells, never a missed change.
public struct DirtyRows: Sendable, Equatable {
  /// Columns of the screen; ranges are clipped to `0..<width`.
  public private(set) var width: Int
  /// Per row: first dirty column, and one past the last (`lower >= upper`: none).
  private var lower: [Int]
  private var upper: [Int]

  /// No dirty cells on a `width` × `height` screen.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    lower = Array(repeating: Int.max, count: max(0, height))
    upper = Array(repeating: 0, count: max(0, height))
  }

  public var height: Int { lower.count }

  /// Whether no cell is dirty.
  public var isEmpty: Bool { !(0..<height).contains { lower[$0] < upper[$0] } }

  /// Row `y`'s dirty columns (empty when none).
  public func columns(ofRow y: Int) -> Range<Int> {
    guard y >= 0, y < height, lower[y] < upper[y] else { return 0..<0 }
    return lower[y]..<upper[y]
  }

  /// Marks `rect` dirty, widened by one column on each side: a fill repairs the wide grapheme
  /// just outside its rect, and a changed continuation is sent through the cell before it.
  public mutating func add(_ rect: Rect) {
    let x0 = max(0, rect.x - 1)
    let x1 = min(width, rect.maxX + 1)
    guard x0 < x1, rect.height > 0 else { return }
    for y in max(0, rect.y)..<min(height, rect.maxY) {
      lower[y] = min(lower[y], x0)
      upper[y] = max(upper[y], x1)
    }
  }

  /// Marks every cell dirty.
  public mutating func addAll() {
    for y in 0..<height {
      lower[y] = 0
      upper[y] = width
    }
  }

  /// Clears every row, keeping the size.
  public mutating func removeAll() {
    for y in 0..<height {
      lower[y] = Int.max
      upper[y] = 0
    }
  }
}
