import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// `MapPane.Placement.point(km:)` finds a train's leg from a table of stretches; it must give
/// exactly what walking the legs in order gives, at every km, stop and edge, and where the km do
/// not grow (then it walks).
@Suite("Map placement of a km")
struct MapPlacementPointTests {
  static let snapshot = Simulation(scenario: .zhengzhouLiege, seed: 1).snapshot()

  /// The map's base as the map view draws it on a 160×45 screen.
  static func base() throws -> (MapPane.Base, Rect) {
    var shown = AppState(screen: ScreenSize(width: 160, height: 45))
    reduce(&shown, .toggleMap)
    let inputs = FrameInputs(
      snapshot: snapshot, state: shown, glyphs: .unicode, width: 160, height: 45)
    let area = try #require(inputs.plan[.map])
    return (MapPane.model(inputs, area: area).base, area.inset(by: 1))
  }

  /// The first leg whose end is at or past `km`, walked stop by stop.
  static func walked(_ route: [(point: MapPoint, km: Double)], _ km: Double) -> MapPoint? {
    guard let first = route.first else { return nil }
    guard km.isFinite, km > first.km else { return first.point }
    for (a, b) in zip(route, route.dropFirst()) where km <= b.km {
      let t = b.km > a.km ? (km - a.km) / (b.km - a.km) : 0
      return MapPoint(
        x: a.point.x + (b.point.x - a.point.x) * t, y: a.point.y + (b.point.y - a.point.y) * t)
    }
    return route.last?.point
  }

  static func kms(around route: [(point: MapPoint, km: Double)]) -> [Double] {
    let low = (route.first?.km ?? 0) - 50
    let high = (route.last?.km ?? 0) + 50
    // Spread over the line by the golden ratio's fractional steps: no two alike, no pattern.
    var kms = (0..<5_000).map { i in
      let step = Double(i) * 0.618_033_988_749_895
      return low + (step - step.rounded(.down)) * (high - low)
    }
    for stop in route {
      kms += [stop.km, stop.km.nextUp, stop.km.nextDown, stop.km + 0.5, stop.km - 0.5]
    }
    return kms + [.nan, .infinity, -.infinity, 1e300, -1e300, 0]
  }

  @Test func theStretchTableGivesWhatWalkingGives() throws {
    let (base, inner) = try Self.base()
    let placement = MapPane.Placement(base, inner: inner)
    #expect(placement.route.count > 40)
    for km in Self.kms(around: placement.route) {
      #expect(placement.point(km: km) == Self.walked(placement.route, km), "km \(km)")
    }
  }

  @Test("stops at the same km, and km that go back (walked then)")
  func oddKilometres() throws {
    var (base, inner) = try Self.base()
    // Three stops at one km (zero-length legs), then a stop behind the one before it.
    base.corridor.stops[5].km = base.corridor.stops[4].km
    base.corridor.stops[6].km = base.corridor.stops[4].km
    let growing = MapPane.Placement(base, inner: inner)
    for km in Self.kms(around: growing.route) {
      #expect(growing.point(km: km) == Self.walked(growing.route, km), "km \(km)")
    }
    base.corridor.stops[10].km = base.corridor.stops[8].km - 1
    let shrinking = MapPane.Placement(base, inner: inner)
    for km in Self.kms(around: shrinking.route) {
      #expect(shrinking.point(km: km) == Self.walked(shrinking.route, km), "km \(km)")
    }
  }

  /// `cell(point(km:))` as an index, worked out with no table.
  static func workedOut(_ placement: MapPane.Placement, _ km: Double) -> Int? {
    guard let p = placement.point(km: km), let cell = placement.cell(p) else { return nil }
    return (cell.y - placement.inner.y) * placement.inner.width + (cell.x - placement.inner.x)
  }

  @Test("the bucket table gives the worked-out cell, in every region, dot kind and size")
  func bucketTableGivesTheWorkedOutCell() throws {
    let (base, _) = try Self.base()
    let screens: [(Int, Int)] = [(160, 45), (200, 60), (96, 30)]
    for region in MapRegion.allCases {
      for ui in [GlyphSet.unicode, .ascii] {
        for (width, height) in screens {
          var shown = base
          shown.region = region
          shown.chrome = PaneChrome(.map, FrameInputs(
            snapshot: Self.snapshot, state: AppState(screen: ScreenSize(width: width, height: height)),
            glyphs: ui, width: width, height: height))
          let inner = Rect(x: 1, y: 2, width: width / 2, height: height / 3)
          let placement = MapPane.Placement(shown, inner: inner)
          let cells = MapPane.CellTable(placement)
          let table = cells.buckets
          // The table must do the work: most buckets lie on one cell (or all off the pane).
          let known = table.filter { $0 != MapPane.CellTable.spansCells }.count
          #expect(known * 10 >= table.count * 7, "\(region) \(width)x\(height): \(known)/\(table.count)")
          var kms = Self.kms(around: placement.route)
          // Every bucket's edges, where the lookup's division rounds.
          let first = placement.route[0].km
          let length = placement.route[placement.route.count - 1].km - first
          for k in 0...table.count {
            let edge = first + length * Double(k) / Double(table.count)
            kms += [edge, edge.nextUp, edge.nextDown]
          }
          for km in kms {
            #expect(
              cells.cellIndex(km: km) == Self.workedOut(placement, km),
              "\(region) \(width)x\(height) km \(km)")
          }
        }
      }
    }
  }

  @Test("where the km go back there is no table, and the lookup works it out")
  func noTableWhereKilometresGoBack() throws {
    var (base, inner) = try Self.base()
    base.corridor.stops[10].km = base.corridor.stops[8].km - 1
    let placement = MapPane.Placement(base, inner: inner)
    let cells = MapPane.CellTable(placement)
    #expect(cells.buckets.isEmpty)
    for km in Self.kms(around: placement.route) {
      #expect(cells.cellIndex(km: km) == Self.workedOut(placement, km), "km \(km)")
    }
  }
}
