import CorridorSim
import TermRender

/// Where the corridor's stations, gauge sections and trains fall on a line of `width` columns.
///
/// Pure geometry, computed once per frame: km → column, the gauge of every column, and which
/// station labels fit without overlapping (ends first, then gauge changes, borders, hubs).
struct RouteGeometry {
  let stops: [CorridorLine.Stop]
  let totalKm: Double
  /// First column of the line.
  let x: Int
  let width: Int

  init(corridor: CorridorLine, x: Int, width: Int) {
    self.stops = corridor.stops
    self.totalKm = max(corridor.totalKm, corridor.stops.last?.km ?? 0, 1)
    self.x = x
    self.width = max(1, width)
  }

  /// The column of a km from the westbound origin, clamped to the line.
  func column(km: Double) -> Int {
    guard km.isFinite else { return x }
    let ratio = min(1, max(0, km / totalKm))
    return x + Self.nearest(ratio * Double(width - 1))
  }

  /// `Int(value.rounded())` for a finite `value` ≥ 0 (halves away from zero), without the
  /// libm call `rounded()` makes: it ran once per train per frame, 20,000 times a frame at
  /// most. Truncating and comparing what is left with one half rounds the same way, and the
  /// fraction `value - whole` is exact in binary floating point (adding 0.5 first is not:
  /// 0.49999999999999994 + 0.5 rounds up to 1).
  static func nearest(_ value: Double) -> Int {
    let whole = Int(value)
    // An add of 0 or 1, which compiles to no branch: fractions are random, so a branch on
    // them would be mispredicted half the time.
    return whole + (value - Double(whole) >= 0.5 ? 1 : 0)
  }

  /// Gauge on each column: standard from the origin, flipping at every gauge-change station.
  func gaugeByColumn() -> [Gauge] {
    let changes = stops.filter { $0.kind == .gaugeChange }.map(\.km)
    return (0..<width).map { i in
      let km = (Double(i) + 0.5) / Double(width) * totalKm
      var flips = 0
      for change in changes where change <= km { flips += 1 }
      return flips % 2 == 0 ? .standard : .broad
    }
  }

  /// Label priority: lower draws first and wins the space.
  static func priority(_ kind: StationKind) -> Int {
    switch kind {
    case .origin, .destination: 0
    case .gaugeChange: 1
    case .border: 2
    case .hub: 3
    case .junction: 4
    }
  }

  /// A station label placed on the label row.
  struct Label: Equatable {
    var x: Int
    var text: String
    var stopIndex: Int
  }

  /// Labels that fit, left to right, placed by importance (`priority`): each station takes
  /// the longest form of its base name that fits beside the labels already placed — whole,
  /// else cut with `ellipsis` down to three letters — and is dropped when none fits. The two
  /// ends first try their name with the native one (`郑州 Zhengzhou`).
  ///
  /// Computed when the route pane's base layer is drawn: once per corridor, width, theme and
  /// glyph set on the live screen.
  func labels(natives shows: (String) -> Bool = { _ in true }, ellipsis: String = "…") -> [Label] {
    let order = stops.indices.sorted {
      (Self.priority(stops[$0].kind), $0) < (Self.priority(stops[$1].kind), $1)
    }
    var taken = Array(repeating: false, count: width)
    var placed: [Label] = []
    for index in order {
      let stop = stops[index]
      let centre = column(km: stop.km) - x
      // The ends also try their native name (郑州), which takes two cells per glyph.
      var candidates: [String] = []
      if Self.priority(stop.kind) == 0, let native = stop.nativeName, native != stop.name,
        shows(native)
      {
        let base = StationNames.base(stop.name)
        candidates.append(stop.kind == .origin ? "\(native) \(base)" : "\(base) \(native)")
      }
      let name = StationNames.base(stop.name)
      let whole = DisplayWidth.of(name)
      let shortest = min(whole, 3 + DisplayWidth.of(ellipsis))
      candidates += stride(from: whole, through: shortest, by: -1).map {
        name.truncated(toWidth: $0, ellipsis: ellipsis)
      }
      place: for text in candidates {
        let w = DisplayWidth.of(text)
        guard w > 0, w <= width else { continue }
        for start in Self.starts(width: w, centre: centre, lineWidth: width) {
          // One free column on each side keeps neighbours readable.
          let lo = max(0, start - 1)
          let hi = min(width, start + w + 1)
          if taken[lo..<hi].contains(true) { continue }
          for i in start..<(start + w) { taken[i] = true }
          placed.append(Label(x: x + start, text: text, stopIndex: index))
          break place
        }
      }
    }
    return placed.sorted { $0.x < $1.x }
  }

  /// Where a label `width` columns wide may start so that it still covers its station's
  /// column `centre`: centred first, then shifted one column at a time either way (a whole
  /// name a little off-centre reads better than a cut one).
  static func starts(width: Int, centre: Int, lineWidth: Int) -> [Int] {
    let lowest = max(0, centre - width + 1)
    let highest = min(centre, lineWidth - width)
    let centred = min(max(0, centre - width / 2), lineWidth - width)
    guard lowest <= highest else { return [centred] }
    return (lowest...highest).sorted { (abs($0 - centred), $0) < (abs($1 - centred), $1) }
  }
}
