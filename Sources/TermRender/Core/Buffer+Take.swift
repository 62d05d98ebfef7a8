#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Buffer {
  /// Copies `rect` of `pane` (in the pane's coordinates, all of it by default) into this
  /// buffer with the pane's top-left corner at (x, y), clipped, and appends to `changes`
  /// every cell that differed, as `changes(from:)` reports them (a changed continuation
  /// through its wide grapheme).
  ///
  /// This is how a redrawn pane reaches the live screen's copy of the terminal: the copy is
  /// the only screen model, and what it reports is exactly what the terminal must be sent.
  /// - Complexity: O(cells of `rect`); an unchanged row costs one `memcmp`.
  public mutating func take(
    _ pane: Buffer, x ox: Int, y oy: Int, only rect: Rect? = nil, changes: inout [CellChange]
  ) {
    let source = (rect ?? pane.area).intersection(pane.area)
    guard !source.isEmpty else { return }
    let x0 = max(0, ox + source.x)
    let x1 = min(width, ox + source.maxX)
    let y0 = max(0, oy + source.y)
    let y1 = min(height, oy + source.maxY)
    guard x0 < x1, y0 < y1 else { return }
    let width = self.width
    let paneWidth = pane.width
    let rowBytes = (x1 - x0) * MemoryLayout<Cell>.stride
    cells.withUnsafeMutableBufferPointer { target in
      pane.cells.withUnsafeBufferPointer { from in
        guard let to = target.baseAddress, let from = from.baseAddress else { return }
        for ty in y0..<y1 {
          let row = to + ty * width
          let paneRow = (ty - oy) * paneWidth
          // Equal bytes mean equal cells (see `changes(from:)`).
          if memcmp(row + x0, from + paneRow + (x0 - ox), rowBytes) == 0 { continue }
          for tx in x0..<x1 where row[tx] != from[paneRow + tx - ox] {
            let cell = from[paneRow + tx - ox]
            if cell.width != 0 {
              changes.append(CellChange(x: tx, y: ty, cell: cell))
            } else if tx > 0 {
              // A changed continuation is sent through its wide grapheme, once: the cell to
              // its left as it now is (copied with it, or the buffer's own when the copied
              // rect starts at the continuation), as `changes(from:)` reports it.
              let head = tx > x0 ? from[paneRow + tx - ox - 1] : row[tx - 1]
              guard head.width == 2 else { continue }
              if let last = changes.last, last.x == tx - 1, last.y == ty { continue }
              changes.append(CellChange(x: tx - 1, y: ty, cell: head))
            }
          }
          (row + x0).update(from: from + paneRow + (x0 - ox), count: x1 - x0)
        }
      }
    }
  }
}
