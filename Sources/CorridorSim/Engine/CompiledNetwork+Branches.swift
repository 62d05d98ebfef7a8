/// Stations off the main route (the corridor line the route pane draws) and the corridor
/// station each one joins it at.
///
/// A train between or at such stations (Berlin–Hamburg, any service's leg off the line) is
/// placed at its junction: the route pane draws it there, beside the junction's branch mark,
/// and the table names the stations it is really at. One table serves both the plans
/// (`ServicePlan.corridorKm`) and the snapshot's `CorridorLine.branches`, so the two cannot
/// disagree.
struct BranchTable {
  /// Per route id: off-line station index → index of its junction station.
  let junctions: [String: [Int: Int]]
  /// The branches as the snapshot shows them, in corridor order of their junctions.
  let branches: [CorridorLine.Branch]

  /// The junction of every off-line station of every route: the station of the main route
  /// nearest to it along that route (ties: the earlier one in the route's order). A route with
  /// no station on the main route has no junctions; its trains are drawn at km 0.
  init(
    scenario: Scenario, stationIndex: [String: Int], corridorKm: [Int: Double],
    length: (String, String) -> Double
  ) {
    var junctions: [String: [Int: Int]] = [:]
    var offLineByJunction: [Int: [Int]] = [:]
    for route in scenario.routes {
      let ids = route.stations.filter { stationIndex[$0] != nil }
      let stations = ids.compactMap { stationIndex[$0] }
      var km = [0.0]
      for i in ids.indices.dropFirst() { km.append(km[i - 1] + length(ids[i - 1], ids[i])) }
      let shared = stations.indices.filter { corridorKm[stations[$0]] != nil }
      guard !shared.isEmpty else { continue }
      for (p, station) in stations.enumerated() where corridorKm[station] == nil {
        let nearest = shared.min { abs(km[$0] - km[p]) < abs(km[$1] - km[p]) } ?? shared[0]
        let junction = stations[nearest]
        junctions[route.id, default: [:]][station] = junction
        if !(offLineByJunction[junction] ?? []).contains(station) {
          offLineByJunction[junction, default: []].append(station)
        }
      }
    }
    self.junctions = junctions
    branches = offLineByJunction.keys.sorted {
      (corridorKm[$0] ?? 0, $0) < (corridorKm[$1] ?? 0, $1)
    }.map { junction in
      let offLine = offLineByJunction[junction] ?? []
      return CorridorLine.Branch(
        junction: scenario.stations[junction].id,
        stations: offLine.map { scenario.stations[$0].id },
        names: offLine.map { scenario.stations[$0].name })
    }
  }
}
