#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Buffer {
  /// Copies the cells of `rect` (in `other`'s coordinates, clipped) that differ from this
  /// buffer's into it, with `other`'s top-left corner at (x, y), and calls `copied` with each
  /// row's span of them (this buffer's coordinates): a pane redrawn into its own buffer
  /// passes on only the cells that now read differently on screen.
  public mutating func blitDifferences(
    _ other: Buffer, x ox: Int, y oy: Int, only rect: Rect, copied: (Rect) -> Void
  ) {
    let source = rect.intersection(other.area)
    guard !source.isEmpty else { return }
    let x0 = max(0, ox + source.x)
    let x1 = min(width, ox + source.maxX)
    let y0 = max(0, oy + source.y)
    let y1 = min(height, oy + source.maxY)
    guard x0 < x1, y0 < y1 else { return }
    let width = self.width
    let otherWidth = other.width
    cells.withUnsafeMutableBufferPointer { target in
      other.cells.withUnsafeBufferPointer { from in
        guard let to = target.baseAddress, let from = from.baseAddress else { return }
        for ty in y0..<y1 {
          let row = to + ty * width
          let source = from + (ty - oy) * otherWidth - ox
          var first = x0
          while first < x1, row[first] == source[first] { first += 1 }
          guard first < x1 else { continue }
          var last = x1 - 1
          while last > first, row[last] == source[last] { last -= 1 }
          (row + first).update(from: source + first, count: last + 1 - first)
          copied(Rect(x: first, y: ty, width: last + 1 - first, height: 1))
        }
      }
    }
  }

  /// The cells within `dirty` that differ from `previous`, row by row, left to right, as
  /// `changes(from:)` reports them; then `previous` takes those cells, so it stays equal to
  /// this buffer wherever `dirty` does not reach (the caller's promise: nothing changed there).
  ///
  /// When the sizes differ, every cell is a change and `previous` becomes a copy.
  public func changes(from previous: inout Buffer, in dirty: DirtyRows) -> [CellChange] {
    guard previous.width == width, previous.height == height, dirty.width == width,
      dirty.height == height
    else {
      previous = self
      return changes(from: nil)
    }
    var out: [CellChange] = []
    let width = self.width
    cells.withUnsafeBufferPointer { new in
      previous.cells.withUnsafeMutableBufferPointer { old in
        guard let newStart = new.baseAddress, let oldStart = old.baseAddress else { return }
        for y in 0..<height {
          let columns = dirty.columns(ofRow: y)
          guard !columns.isEmpty else { continue }
          let base = y * width
          let from = newStart + base + columns.lowerBound
          let to = oldStart + base + columns.lowerBound
          // Equal bytes mean equal cells (see `changes(from:)`).
          if memcmp(from, to, columns.count * MemoryLayout<Cell>.stride) == 0 { continue }
          for x in columns where new[base + x] != old[base + x] {
            Buffer.recordChange(new, base + x, x: x, y: y, into: &out)
          }
          to.update(from: from, count: columns.count)
        }
      }
    }
    return out
  }
}
