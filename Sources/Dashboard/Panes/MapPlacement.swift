import TermRender

extension MapPane {
  /// Where frame points fall in the pane, for one base: the viewport, the route's points, and
  /// the cell of a km along the route.
  ///
  /// A train's cell is asked for 20,000 times a frame, so `cellIndex(km:)` reads it from a
  /// table of short buckets of the line (`bucketCells`) where a whole bucket falls on one cell,
  /// and works it out (`point(km:)`, then `cell(_:)`) only where a bucket spans cells. The
  /// table gives exactly what working it out gives (`MapPlacementPointTests`): within a leg,
  /// every step from km to cell rounds monotonically, so a piece of a leg whose two ends share
  /// a cell lies in that cell.
  struct Placement {
    let inner: Rect
    let viewport: MapViewport
    let dots: DotCells
    /// Dots across and down a cell.
    let perCell: (across: Int, down: Int)
    /// Each stop's frame point, in route order, with its km.
    let route: [(point: MapPoint, km: Double)]
    /// Where `point(km:)` starts looking, when the stops' km never decrease (nil otherwise):
    /// for each stretch of `stretchKm` from the first stop, the last stop before it starts.
    private let startStop: [Int]?
    private let stretchKm: Double
    /// Per bucket of `bucketKm` from the first stop: the index (row × width + column of the
    /// inner area) of the one cell all of it falls on, `offPane` when all of it is off the
    /// pane, or `spansCells`. Empty where the km do not grow.
    private(set) var bucketCells: [Int32] = []
    private var bucketKm = 0.0
    static let offPane: Int32 = -1
    static let spansCells: Int32 = -2

    init(_ base: Base, inner: Rect) {
      self.inner = inner
      dots = base.chrome.ui.dots
      perCell = MapRaster.dotsPerCell(dots)
      viewport = MapViewport(
        region: base.region, width: inner.width * perCell.across,
        height: inner.height * perCell.down, aspect: MapRaster.aspect(dots))
      route = zip(base.points, base.corridor.stops).map { ($0, $1.km) }
      // About four stretches a stop, so a lookup steps past one or two stops at most.
      let length = (route.last?.km ?? 0) - (route.first?.km ?? 0)
      let stretches = 4 * route.count
      stretchKm = length > 0 && length.isFinite ? length / Double(stretches) : 0
      if stretchKm > 0, zip(route, route.dropFirst()).allSatisfy({ $0.km <= $1.km }) {
        var starts: [Int] = []
        starts.reserveCapacity(stretches)
        var a = 0
        for k in 0..<stretches {
          let start = route[0].km + Double(k) * stretchKm
          while a + 1 < route.count, route[a + 1].km < start { a += 1 }
          starts.append(a)
        }
        startStop = starts
      } else {
        startStop = nil
      }
      guard startStop != nil, !inner.isEmpty else { return }
      // Eight buckets per cell of the pane's width and height: a cell of line then spans
      // one or two buckets that are worked out, of eight. (Sixteen and 32 cost more to build
      // than they saved: 7.93, 7.95 and 8.34 M instructions a 200×60 frame.)
      let buckets = min(16_384, 8 * (inner.width + inner.height))
      bucketKm = length / Double(buckets)
      bucketCells = bucketTable(count: buckets)
    }

    /// The cell of a frame point, or nil off the pane.
    func cell(_ p: MapPoint) -> (x: Int, y: Int)? {
      guard let zone = zone(p), zone.x >= 0, zone.y >= 0, zone.x < inner.width,
        zone.y < inner.height
      else { return nil }
      return (inner.x + zone.x, inner.y + zone.y)
    }

    /// Where a frame point falls against the inner area's cells: its column and row there,
    /// -1 before the area and its width (height) past it; nil where not finite. Each is
    /// monotone in the point's coordinate, which is what lets a bucket's ends speak for it.
    private func zone(_ p: MapPoint) -> (x: Int, y: Int)? {
      let d = viewport.dot(p)
      guard d.x.isFinite, d.y.isFinite else { return nil }
      // Truncation is the floor here (libm's `floor` per train per frame was a fifth of the
      // map's marks); clamped before the conversion, which would trap past Int's range.
      let x = d.x < 0 ? -1 : Int(min(Double(inner.width), d.x / Double(perCell.across)))
      let y = d.y < 0 ? -1 : Int(min(Double(inner.height), d.y / Double(perCell.down)))
      return (x, y)
    }

    /// The cell of the point `km` along the route, as an index (row × width + column of the
    /// inner area), or nil off the pane: `cell(point(km:))`, read from the bucket table where
    /// the bucket lies on one cell.
    func cellIndex(km: Double) -> Int? {
      if let first = route.first, km >= first.km, km.isFinite, bucketKm > 0 {
        let bucket = (km - first.km) / bucketKm
        if bucket < Double(bucketCells.count) {
          let known = bucketCells[Int(bucket)]
          if known >= 0 { return Int(known) }
          if known == Self.offPane { return nil }
        }
      }
      guard let p = point(km: km), let cell = cell(p) else { return nil }
      return (cell.y - inner.y) * inner.width + (cell.x - inner.x)
    }

    /// The frame point `km` along the route (clamped to its ends): on the first leg whose end
    /// is at or past `km`.
    func point(km: Double) -> MapPoint? {
      guard let first = route.first else { return nil }
      guard km.isFinite, km > first.km else { return first.point }
      // The first stop b ≥ 1 with km <= its km: from the last stop before km's stretch, or
      // stop by stop where the km do not grow (the same answer then).
      var b: Int
      if let startStop {
        // Clamped before the conversion: a km past the line's end is its last stretch.
        let k = Int(min(Double(startStop.count - 1), (km - first.km) / stretchKm))
        b = startStop[k] + 1
        while b < route.count, route[b].km < km { b += 1 }
        // A stretch start rounded past km: step back onto the first stop at or past it.
        while b > 1, route[b - 1].km >= km { b -= 1 }
      } else {
        b = route.indices.dropFirst().first { km <= route[$0].km } ?? route.count
      }
      guard b < route.count else { return route.last?.point }
      return point(onLeg: b, km: km)
    }

    /// The point `km` along the leg from stop `b - 1` to stop `b`.
    private func point(onLeg b: Int, km: Double) -> MapPoint {
      let (a, z) = (route[b - 1], route[b])
      let t = z.km > a.km ? (km - a.km) / (z.km - a.km) : 0
      return MapPoint(
        x: a.point.x + (z.point.x - a.point.x) * t, y: a.point.y + (z.point.y - a.point.y) * t)
    }

    /// `bucketCells` for `count` buckets: each bucket, widened by a millionth of itself both
    /// ways (so a km the lookup's division rounds into it is inside), is one cell when every
    /// piece of it (the clamp before the first stop, each leg it overlaps, the clamp past the
    /// last) has both ends in that cell.
    private func bucketTable(count: Int) -> [Int32] {
      guard let first = route.first, let last = route.last else { return [] }
      var table: [Int32] = []
      table.reserveCapacity(count)
      let slack = bucketKm * 1e-6
      // The first leg that can overlap the bucket: its end is at or past the bucket's start.
      var leg = 1
      for k in 0..<count {
        let low = first.km + Double(k) * bucketKm - slack
        let high = first.km + Double(k + 1) * bucketKm + slack
        var seen: (x: Int, y: Int)?
        var spans = false
        func see(_ p: MapPoint) {
          guard let z = zone(p), seen.map({ $0 == z }) ?? true else {
            spans = true
            return
          }
          seen = z
        }
        if low <= first.km { see(first.point) }
        while leg < route.count, route[leg].km < low { leg += 1 }
        var b = leg
        while !spans, b < route.count, route[b - 1].km < high {
          if route[b - 1].km < route[b].km {
            see(point(onLeg: b, km: max(low, route[b - 1].km)))
            see(point(onLeg: b, km: min(high, route[b].km)))
          }
          b += 1
        }
        if high > last.km { see(last.point) }
        guard !spans, let z = seen else {
          table.append(Self.spansCells)
          continue
        }
        let on = z.x >= 0 && z.y >= 0 && z.x < inner.width && z.y < inner.height
        table.append(on ? Int32(z.y * inner.width + z.x) : Self.offPane)
      }
      return table
    }
  }
}
