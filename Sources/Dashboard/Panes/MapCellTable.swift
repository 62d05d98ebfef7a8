import TermRender

extension MapPane {
  /// The cells of many km along the route, for one placement: the map's marks ask for 20,000
  /// trains' cells a frame.
  ///
  /// Built from the placement as a table of short buckets of the line: where a whole bucket
  /// falls on one cell (or off the pane) `cellIndex(km:)` reads it, and only where a bucket
  /// spans cells does it work the cell out (`point(km:)`, then `cell(_:)`). The table gives
  /// exactly what working it out gives (D80, `MapPlacementPointTests`): within a leg every
  /// step from km to column and row rounds monotonically, so a piece of a leg whose two ends
  /// share a cell lies in that cell.
  struct CellTable {
    let placement: Placement
    /// Per bucket of `bucketKm` from the first stop: the index (row × width + column of the
    /// inner area) of the one cell all of it falls on, `offPane` when all of it is off the
    /// pane, or `spansCells`. Empty where the stops' km do not grow.
    let buckets: [Int32]
    private let bucketKm: Double
    static let offPane: Int32 = -1
    static let spansCells: Int32 = -2

    init(_ placement: Placement) {
      self.placement = placement
      let route = placement.route
      let length = (route.last?.km ?? 0) - (route.first?.km ?? 0)
      let inner = placement.inner
      guard placement.kmGrow, length > 0, length.isFinite, !inner.isEmpty else {
        (buckets, bucketKm) = ([], 0)
        return
      }
      // Eight buckets per cell of the pane's width and height: a cell of line then spans
      // one or two buckets that are worked out, of eight. (Sixteen and 32 cost more to build
      // than they saved: 7.93, 7.95 and 8.34 M instructions a 200×60 frame.)
      let count = min(16_384, 8 * (inner.width + inner.height))
      bucketKm = length / Double(count)
      buckets = Self.table(placement, count: count, bucketKm: bucketKm)
    }

    /// The cell of the point `km` along the route, as an index (row × width + column of the
    /// inner area), or nil off the pane: `placement.cell(placement.point(km:))`, read from the
    /// table where the bucket lies on one cell.
    func cellIndex(km: Double) -> Int? {
      if let first = placement.route.first, km >= first.km, km.isFinite, bucketKm > 0 {
        let bucket = (km - first.km) / bucketKm
        if bucket < Double(buckets.count) {
          let known = buckets[Int(bucket)]
          if known >= 0 { return Int(known) }
          if known == Self.offPane { return nil }
        }
      }
      guard let p = placement.point(km: km), let cell = placement.cell(p) else { return nil }
      let inner = placement.inner
      return (cell.y - inner.y) * inner.width + (cell.x - inner.x)
    }

    /// `buckets` for `count` buckets: each bucket, widened by a millionth of itself both
    /// ways (so a km the lookup's division rounds into it is inside), is one cell when every
    /// piece of it (the clamp before the first stop, each leg it overlaps, the clamp past the
    /// last) has both ends in that cell.
    private static func table(_ placement: Placement, count: Int, bucketKm: Double) -> [Int32] {
      let route = placement.route
      let inner = placement.inner
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
          guard let z = placement.zone(p), seen.map({ $0 == z }) ?? true else {
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
            see(placement.point(onLeg: b, km: max(low, route[b - 1].km)))
            see(placement.point(onLeg: b, km: min(high, route[b].km)))
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
