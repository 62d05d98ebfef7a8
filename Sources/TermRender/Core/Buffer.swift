#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SafeText

/// A grid of cells that widgets draw into. Pure memory: no terminal I/O.
///
/// A frame is drawn into one (`changes(from:)` compares two whole frames); a live screen keeps
/// a copy of what the terminal shows and takes redrawn panes into it (`take`, which reports the
/// cells that changed).
public struct Buffer: Hashable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  /// Row-major cells, `width * height` of them (set inside the module by the fast path of
  /// `Buffer+Take.swift`).
  public internal(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank()) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: fill, count: self.width * self.height)
  }

  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at (x, y); a blank cell outside the buffer.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank() }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Fills every cell of `rect` (clipped to the buffer) with `cell`.
  public mutating func fill(_ rect: Rect, with cell: Cell) {
    let r = rect.intersection(area)
    guard !r.isEmpty else { return }
    let width = self.width
    // Row by row through the raw storage: panes fill most of the screen every frame.
    cells.withUnsafeMutableBufferPointer { cells in
      guard let start = cells.baseAddress else { return }
      for y in r.y..<r.maxY {
        (start + y * width + r.x).update(repeating: cell, count: r.width)
      }
    }
    repairWideEdges(in: r)
  }

  /// Sets the style of every cell in `rect`, keeping symbols.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let r = rect.intersection(area)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      let base = y * width
      for x in r.x..<r.maxX { cells[base + x].style = style }
    }
  }

  /// Writes `text` from (x, y) to the right, at most `maxWidth` columns and never past the
  /// buffer's right edge; returns the number of columns written.
  ///
  /// Wide graphemes take two cells; one that would be cut in half is replaced by a space.
  /// Controls and the other unsafe scalars (`UnsafeScalars`) are drawn as their escape
  /// (`\e`, `\u{9B}`), as `DisplayWidth` counts them; invisible format characters are
  /// skipped; a combining mark joins the cell before it.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style,
                           maxWidth: Int = .max) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let limit = min(maxWidth, width - x)
    guard limit > 0 else { return 0 }
    let width = self.width
    let row = y * width
    // One exclusive access to the storage for the whole text, not one per cell.
    return cells.withUnsafeMutableBufferPointer { cells in
      var col = 0
      var lastIndex = -1
      for scalar in text.unicodeScalars {
        let w = DisplayWidth.of(scalar)
        if w > 1, UnsafeScalars.contains(scalar) {
          // Shown as its escape, one ASCII cell a character, as far as the limit allows.
          lastIndex = -1
          for character in TerminalEscape.text(for: scalar).unicodeScalars {
            guard col < limit else { return col }
            if x + col >= 0 {
              Buffer.setCell(
                cells, row: row, width: width, x: x + col, Cell(scalar: character, style: style))
            }
            col += 1
          }
          continue
        }
        if w == 0 {
          if lastIndex >= 0, DisplayWidth.isCombining(scalar), cells[lastIndex].mark == Cell.none {
            cells[lastIndex].mark = scalar
          }
          continue
        }
        lastIndex = -1
        if col + w > limit {
          if w == 2 && col < limit && x + col >= 0 {
            Buffer.setCell(cells, row: row, width: width, x: x + col, Cell.blank(style))
            col += 1
          }
          break
        }
        if x + col >= 0 {
          Buffer.setCell(
            cells, row: row, width: width, x: x + col,
            Cell(scalar: scalar, style: style, width: UInt8(w)))
          lastIndex = row + x + col
          if w == 2 {
            Buffer.setCell(cells, row: row, width: width, x: x + col + 1, Cell.continuation(style))
          }
        } else if x + col == -1 && w == 2 {
          // Half of a wide glyph hangs off the left edge: the visible half becomes a space.
          Buffer.setCell(cells, row: row, width: width, x: 0, Cell.blank(style))
        }
        col += w
      }
      return col
    }
  }

  /// Places `cell` at (x, y) as drawn text would (the other half of a wide grapheme it
  /// overwrites is blanked); the fast path for glyphs converted to cells once per frame.
  public mutating func put(cell: Cell, x: Int, y: Int) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    setCell(x: x, y: y, cell)
  }

  /// Writes one symbol of known width 1 (fast path for borders, bars and braille).
  public mutating func put(symbol: String, x: Int, y: Int, style: Style) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    setCell(x: x, y: y, Cell(symbol, style: style, width: 1))
  }

  /// Writes one scalar of width 1 (the fastest path: no string is looked at).
  public mutating func put(scalar: Unicode.Scalar, x: Int, y: Int, style: Style) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    setCell(x: x, y: y, Cell(scalar: scalar, style: style, width: 1))
  }

  /// Places a cell, blanking the other half of any wide grapheme it overwrites.
  private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
    let (row, width) = (y * self.width, self.width)
    cells.withUnsafeMutableBufferPointer { Buffer.setCell($0, row: row, width: width, x: x, cell) }
  }

  /// `setCell(x:y:_:)` on raw storage: `row` is the index of the row's first cell.
  private static func setCell(
    _ cells: UnsafeMutableBufferPointer<Cell>, row: Int, width: Int, x: Int, _ cell: Cell
  ) {
    guard x >= 0, x < width else { return }
    let i = row + x
    let oldWidth = cells[i].width
    if oldWidth == 2 && x + 1 < width && cell.width != 2 {
      cells[i + 1] = Cell.blank(cells[i + 1].style)
    }
    // A continuation written over a continuation is the right half of the wide grapheme just
    // written to its left (drawing the same text again over itself): that one stays.
    if oldWidth == 0 && x > 0 && cell.width != 0 {
      cells[i - 1] = Cell.blank(cells[i - 1].style)
    }
    cells[i] = cell
  }

  /// After a fill, a wide grapheme just outside the rect may have lost its other half.
  private mutating func repairWideEdges(in r: Rect) {
    for y in r.y..<r.maxY {
      let base = y * width
      if r.x > 0, cells[base + r.x - 1].width == 2 {
        cells[base + r.x - 1] = Cell.blank(cells[base + r.x - 1].style)
      }
      if r.maxX < width, cells[base + r.maxX].width == 0 {
        cells[base + r.maxX] = Cell.blank(cells[base + r.maxX].style)
      }
    }
  }

  /// Copies `other` into this buffer with its top-left corner at (x, y), clipped.
  public mutating func blit(_ other: Buffer, x ox: Int, y oy: Int) {
    // The overlap of `other` placed at (ox, oy) with this buffer, in this buffer's columns.
    let x0 = max(0, ox)
    let x1 = min(width, ox + other.width)
    guard x0 < x1 else { return }
    let width = self.width
    let height = self.height
    // Row by row through the raw storage: remembered panes are blitted every frame.
    cells.withUnsafeMutableBufferPointer { target in
      other.cells.withUnsafeBufferPointer { source in
        guard let to = target.baseAddress, let from = source.baseAddress else { return }
        for y in 0..<other.height {
          let ty = oy + y
          guard ty >= 0, ty < height else { continue }
          (to + ty * width + x0).update(
            from: from + y * other.width + (x0 - ox), count: x1 - x0)
        }
      }
    }
  }

  /// The cells that differ from `previous`, row by row, left to right.
  ///
  /// When the sizes differ every cell is a change (a resize redraws the whole screen).
  /// A changed continuation cell is reported through its wide grapheme's cell.
  /// - Complexity: O(width × height), one pass over both buffers' storage without bounds
  ///   checks or copies (this runs on every cell of the screen every frame).
  public func changes(from previous: Buffer?) -> [CellChange] {
    var out: [CellChange] = []
    let width = self.width
    let height = self.height
    guard width > 0, height > 0 else { return out }
    // Same size: compare with the old cells; otherwise every cell counts as changed.
    let old = previous.flatMap { $0.width == width && $0.height == height ? $0.cells : nil }
    cells.withUnsafeBufferPointer { new in
      func record(_ i: Int, x: Int, y: Int) { Buffer.recordChange(new, i, x: x, y: y, into: &out) }
      guard let old else {
        out.reserveCapacity(width * height)
        for y in 0..<height {
          for x in 0..<width { record(y * width + x, x: x, y: y) }
        }
        return
      }
      old.withUnsafeBufferPointer { old in
        guard let newStart = new.baseAddress, let oldStart = old.baseAddress else { return }
        let rowBytes = width * MemoryLayout<Cell>.stride
        for y in 0..<height {
          let base = y * width
          // Most rows of a live frame are unchanged: equal bytes mean equal cells, so one
          // memcmp settles the row. Unequal bytes (a change, or only padding) fall through to
          // the cell-by-cell comparison, which decides.
          if memcmp(newStart + base, oldStart + base, rowBytes) == 0 { continue }
          for x in 0..<width where new[base + x] != old[base + x] {
            record(base + x, x: x, y: y)
          }
        }
      }
    }
    return out
  }

  /// Appends the change for cell `i` of `cells` at (x, y): a continuation is sent as its wide
  /// grapheme, once, unless that grapheme was already sent as a change itself.
  static func recordChange(
    _ cells: UnsafeBufferPointer<Cell>, _ i: Int, x: Int, y: Int, into out: inout [CellChange]
  ) {
    let cell = cells[i]
    guard cell.width == 0 else {
      out.append(CellChange(x: x, y: y, cell: cell))
      return
    }
    guard x > 0, cells[i - 1].width == 2 else { return }
    if let last = out.last, last.x == x - 1, last.y == y { return }
    out.append(CellChange(x: x - 1, y: y, cell: cells[i - 1]))
  }

  /// The buffer as plain text, one line per row, trailing spaces kept (goldens, snapshots).
  public func textLines() -> [String] {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for y in 0..<height {
      var line = String.UnicodeScalarView()
      for x in 0..<width {
        let c = cells[y * width + x]
        if c.width == 0 { continue }
        c.appendSymbol(to: &line)
      }
      lines.append(String(line))
    }
    return lines
  }

  /// `textLines()` joined with newlines, trailing spaces of each row removed.
  public func plainText() -> String {
    textLines().map { line in
      var l = Substring(line)
      while l.last == " " { l = l.dropLast() }
      return String(l)
    }.joined(separator: "\n")
  }
}

/// One cell to send to the terminal.
public struct CellChange: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var cell: Cell
  public init(x: Int, y: Int, cell: Cell) {
    self.x = x
    self.y = y
    self.cell = cell
  }
}
