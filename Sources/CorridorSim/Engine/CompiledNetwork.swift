#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The scenario's network turned into integer-indexed tables, built once per simulation so
/// the event loop never looks up a string.
struct CompiledNetwork {
  let stations: [Station]
  /// What the event handlers read of each station, as plain values (`stations` for names).
  /// Small on purpose: an element read from an array is copied whole, so the distributions,
  /// read only at their own steps, are kept apart in the three tables below.
  let compiled: [CompiledStation]
  /// Per station: the crew dwell, the customs point and the gauge-change terminal, if any.
  let dwells: [DurationDistribution?]
  let customsPoints: [CustomsPoint?]
  let terminals: [GaugeChangeTerminal?]
  let stationIndex: [String: Int]
  let segments: [Segment]
  /// Key "from>to" in either orientation → (segment index, travelled from→to).
  private let segmentLookup: [String: (index: Int, forward: Bool)]
  /// The main route (first of the scenario) as drawn by the route pane.
  let corridor: CorridorLine
  /// Corridor km of each station on the main route.
  let corridorKm: [Int: Double]
  /// Stations off the main route and their junctions with it.
  let branchTable: BranchTable

  init(scenario: Scenario) {
    stations = scenario.stations
    var index: [String: Int] = [:]
    for (i, station) in scenario.stations.enumerated() where index[station.id] == nil {
      index[station.id] = i
    }
    stationIndex = index
    segments = scenario.segments
    var lookup: [String: (index: Int, forward: Bool)] = [:]
    for (i, segment) in scenario.segments.enumerated() {
      lookup["\(segment.from)>\(segment.to)"] = (i, true)
      lookup["\(segment.to)>\(segment.from)"] = (i, false)
    }
    segmentLookup = lookup

    var stops: [CorridorLine.Stop] = []
    var kmByStation: [Int: Double] = [:]
    var km = 0.0
    let main = scenario.routes.first
    var previous: String?
    for id in main?.stations ?? [] {
      guard let i = index[id] else { continue }
      if let previous { km += CompiledNetwork.length(from: previous, to: id, lookup, scenario) }
      let station = scenario.stations[i]
      stops.append(
        CorridorLine.Stop(
          id: station.id, name: station.name, nativeName: station.nativeName,
          country: station.country, kind: station.kind, km: km, latitude: station.latitude,
          longitude: station.longitude))
      kmByStation[i] = km
      previous = id
    }
    branchTable = BranchTable(
      scenario: scenario, stationIndex: index, corridorKm: kmByStation,
      length: { a, b in
        guard let ia = index[a], let ib = index[b] else { return 0 }
        if let hit = lookup["\(a)>\(b)"] { return scenario.segments[hit.index].lengthKm }
        return CompiledNetwork.greatCircleKm(scenario.stations[ia], scenario.stations[ib])
      })
    corridor = CorridorLine(
      routeID: main?.id ?? "", stops: stops, totalKm: km, branches: branchTable.branches)
    corridorKm = kmByStation
    var countries: [String: Int] = [:]
    compiled = scenario.stations.map { station in
      let country = countries[station.country] ?? countries.count
      countries[station.country] = country
      return CompiledStation(
        kind: station.kind, country: Int32(country), isHub: station.id == stops.last?.id)
    }
    dwells = scenario.stations.map(\.dwell)
    customsPoints = scenario.stations.map(\.customs)
    terminals = scenario.stations.map(\.gaugeChange)
  }

  /// The main-route station where off-line `station` joins the line on `route`; nil for a
  /// station on the line or on a route that never touches it.
  func junction(of station: Int, route: String) -> Int? {
    branchTable.junctions[route]?[station]
  }

  /// The segment joining two stations, with the sense it is travelled in.
  func segment(from a: String, to b: String) -> (index: Int, forward: Bool)? {
    segmentLookup["\(a)>\(b)"]
  }

  private static func length(
    from a: String, to b: String, _ lookup: [String: (index: Int, forward: Bool)],
    _ scenario: Scenario
  ) -> Double {
    if let hit = lookup["\(a)>\(b)"] { return scenario.segments[hit.index].lengthKm }
    return 0
  }

  /// Great-circle distance in km: the fallback length of a route hop with no segment, so an
  /// unvalidated scenario still runs instead of trapping.
  static func greatCircleKm(_ a: Station, _ b: Station) -> Double {
    let radians = Double.pi / 180
    let dLat = (b.latitude - a.latitude) * radians
    let dLon = (b.longitude - a.longitude) * radians
    let h =
      sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * radians) * cos(b.latitude * radians)
      * sin(dLon / 2) * sin(dLon / 2)
    return 2 * 6_371 * asin(min(1, h.squareRoot()))
  }
}

/// A station as the event handlers read it: plain values, no strings, so reading one in a
/// handler copies and retains nothing (names stay in `CompiledNetwork.stations`).
struct CompiledStation {
  let kind: StationKind
  /// Index of its country in order of first appearance: crossings compare numbers.
  let country: Int32
  /// The main route's last stop, where boxes are handed to the hub (`Unloading.handOffTo`).
  let isHub: Bool

  /// Border and gauge-change stations stand at the border: a crossing next to one is logged
  /// when the train is there, leaving it or reaching it.
  var standsAtBorder: Bool { kind == .border || kind == .gaugeChange }
}
