import TermRender

/// The base map drawn into dots for one pane: land, coasts, borders and the corridor's line,
/// at braille resolution (2×4 dots a cell), in half blocks (1×2) or one dot a character
/// (ASCII), as the glyph set's `dots` say.
///
/// Built when the map pane's base layer is drawn — once per size, region, theme and glyph set
/// on the live screen — never per frame.
struct MapRaster: Sendable {
  /// What a dot shows; a cell is coloured as the highest layer among its dots.
  enum Layer: UInt8, Sendable, Comparable {
    case sea, land, coast, border, route
    static func < (a: Layer, b: Layer) -> Bool { a.rawValue < b.rawValue }
  }

  /// Dots per cell across and down.
  let dotsAcross: Int
  let dotsDown: Int
  let columns: Int
  let rows: Int
  let viewport: MapViewport
  /// One layer per dot, row by row.
  private(set) var dots: [Layer]

  init(region: MapRegion, columns: Int, rows: Int, dots cells: DotCells) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
    (dotsAcross, dotsDown) = Self.dotsPerCell(cells)
    viewport = MapViewport(
      region: region, width: self.columns * dotsAcross, height: self.rows * dotsDown,
      aspect: Self.aspect(cells))
    dots = Array(repeating: .sea, count: self.columns * dotsAcross * self.rows * dotsDown)
  }

  /// Dots across and down a cell.
  static func dotsPerCell(_ cells: DotCells) -> (across: Int, down: Int) {
    switch cells {
    case .braille: (2, 4)
    case .halfBlocks: (1, 2)
    case .characters: (1, 1)
    }
  }

  /// A dot's height over its width. A cell is about twice as tall as wide: braille and half
  /// block dots are square, a character dot is 1:2.
  static func aspect(_ cells: DotCells) -> Double { cells == .characters ? 2 : 1 }

  var dotWidth: Int { columns * dotsAcross }
  var dotHeight: Int { rows * dotsDown }

  /// Land by even-odd rule, ring by ring (two countries sharing a border are both land), then
  /// every coast and border edge as a line.
  mutating func drawLand(_ map: BaseMap) {
    fillLand(map)
    drawEdges(map)
  }

  /// The land of every ring, by the even-odd rule.
  mutating func fillLand(_ map: BaseMap) {
    guard dotWidth > 0, dotHeight > 0 else { return }
    var crossings: [(row: Int, x: Double)] = []
    for ring in map.rings {
      fill(ring.points.map { viewport.dot($0) }, crossings: &crossings)
    }
  }

  /// Every coast and border edge as a line; an edge with both ends a dot or more beyond one
  /// side of the raster is skipped, as none of its dots would land (the margin is wider than
  /// any rounding of the points between), which in a region is most of Eurasia's edges.
  mutating func drawEdges(_ map: BaseMap) {
    let (right, bottom) = (Double(dotWidth) + 1, Double(dotHeight) + 1)
    for ring in map.rings {
      let points = ring.points.map { viewport.dot($0) }
      for i in points.indices where ring.edges[i] != .crop {
        let (a, b) = (points[i], points[(i + 1) % points.count])
        if (a.x < -1 && b.x < -1) || (a.y < -1 && b.y < -1)
          || (a.x >= right && b.x >= right) || (a.y >= bottom && b.y >= bottom)
        {
          continue
        }
        line(from: a, to: b, layer: ring.edges[i] == .border ? .border : .coast)
      }
    }
  }

  /// Fills one ring (dot coordinates) by the even-odd rule at the centre of each dot row:
  /// every edge gives its crossings of the rows between its ends, and sorted by row and x
  /// they pair up into runs of land. (Asking every edge at every row of the ring cost
  /// rows × edges, a third of a 20,000-train frame of `railtop snapshot`.) `crossings` is
  /// scratch space, kept by the caller across rings.
  private mutating func fill(
    _ points: [(x: Double, y: Double)], crossings: inout [(row: Int, x: Double)]
  ) {
    let width = dotWidth
    crossings.removeAll(keepingCapacity: true)
    var j = points.count - 1
    for i in points.indices {
      let (a, b) = (points[j], points[i])
      j = i
      // Row `r` (centre y = r + 0.5) crosses the edge when lo <= y < hi.
      let (lo, hi) = (min(a.y, b.y), max(a.y, b.y))
      guard lo < hi else { continue }
      let first = max(0, (lo - 0.5).rounded(.up))
      let last = min(Double(dotHeight - 1), (hi - 0.5).rounded(.up) - 1)
      guard first <= last else { continue }
      for row in Int(first)...Int(last) {
        let y = Double(row) + 0.5
        crossings.append((row, a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x)))
      }
    }
    crossings.sort { $0.row != $1.row ? $0.row < $1.row : $0.x < $1.x }
    var k = 0
    while k + 1 < crossings.count {
      let row = crossings[k].row
      guard crossings[k + 1].row == row else {
        k += 1
        continue
      }
      let from = max(0, Int((crossings[k].x - 0.5).rounded(.up)))
      let to = min(width - 1, Int((crossings[k + 1].x - 0.5).rounded(.down)))
      if from <= to {
        for x in from...to where dots[row * width + x] < .land { dots[row * width + x] = .land }
      }
      k += 2
    }
  }

  /// The corridor as a polyline through its stations.
  mutating func drawRoute(_ points: [MapPoint]) {
    for (a, b) in zip(points, points.dropFirst()) {
      line(from: viewport.dot(a), to: viewport.dot(b), layer: .route)
    }
  }

  /// A line of dots from `a` to `b` (dot coordinates), raising each dot to `layer`.
  mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), layer: Layer) {
    let steps = Int(max(abs(b.x - a.x), abs(b.y - a.y)).rounded(.up))
    guard steps < 100_000 else { return }
    for s in 0...max(0, steps) {
      let t = steps == 0 ? 0 : Double(s) / Double(steps)
      set(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, layer: layer)
    }
  }

  private mutating func set(x: Double, y: Double, layer: Layer) {
    guard x.isFinite, y.isFinite, x >= 0, y >= 0 else { return }
    let col = Int(x)
    let row = Int(y)
    guard col < dotWidth, row < dotHeight else { return }
    let index = row * dotWidth + col
    if dots[index] < layer { dots[index] = layer }
  }

  /// Cell (`column`, `row`): its highest layer and the dots set above sea, as braille bits
  /// (`brailleBit`; a half-block cell's two dots are bits 0x01 and 0x02); a braille land-only
  /// cell keeps one dot in four, so land reads as a light texture under the lines.
  func cell(column: Int, row: Int) -> (layer: Layer, bits: UInt8) {
    var top = Layer.sea
    var lineBits: UInt8 = 0
    var landBits: UInt8 = 0
    for dy in 0..<dotsDown {
      for dx in 0..<dotsAcross {
        let layer = dots[(row * dotsDown + dy) * dotWidth + column * dotsAcross + dx]
        if layer > top { top = layer }
        let bit = Self.brailleBit(dx: dx, dy: dy)
        if layer > .land { lineBits |= bit } else if layer == .land { landBits |= bit }
      }
    }
    if top == .land, dotsDown == 4 {
      // One dot of the land ones, by a fixed pattern so neighbouring cells alternate.
      let pattern: UInt8 = (column + row) % 2 == 0 ? 0x02 : 0x10
      return (.land, landBits & pattern != 0 ? pattern : landBits & 0x12)
    }
    return (top, lineBits)
  }

  /// The braille dot bit for dot (dx, dy) of a cell (U+2800 + bits).
  static func brailleBit(dx: Int, dy: Int) -> UInt8 {
    switch (dx, dy) {
    case (0, 0): 0x01
    case (0, 1): 0x02
    case (0, 2): 0x04
    case (1, 0): 0x08
    case (1, 1): 0x10
    case (1, 2): 0x20
    case (0, 3): 0x40
    default: 0x80
    }
  }
}
