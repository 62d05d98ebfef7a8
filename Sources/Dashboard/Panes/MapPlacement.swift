import TermRender

extension MapPane {
  /// Where frame points fall in the pane, for one base: the viewport, the route's points, and
  /// the point and cell of a km along the route (`CellTable` reads the cells of many).
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
    /// Whether the stops' km never decrease (then `CellTable` can bucket the line).
    var kmGrow: Bool { startStop != nil }

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
    func zone(_ p: MapPoint) -> (x: Int, y: Int)? {
      let d = viewport.dot(p)
      guard d.x.isFinite, d.y.isFinite else { return nil }
      // Truncation is the floor here (libm's `floor` per train per frame was a fifth of the
      // map's marks); clamped before the conversion, which would trap past Int's range.
      let x = d.x < 0 ? -1 : Int(min(Double(inner.width), d.x / Double(perCell.across)))
      let y = d.y < 0 ? -1 : Int(min(Double(inner.height), d.y / Double(perCell.down)))
      return (x, y)
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
    func point(onLeg b: Int, km: Double) -> MapPoint {
      let (a, z) = (route[b - 1], route[b])
      let t = z.km > a.km ? (km - a.km) / (z.km - a.km) : 0
      return MapPoint(
        x: a.point.x + (z.point.x - a.point.x) * t, y: a.point.y + (z.point.y - a.point.y) * t)
    }
  }
}
