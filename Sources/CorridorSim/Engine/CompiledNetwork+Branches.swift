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
    var listed: Set<Link> = []
    for route in scenario.routes {
      let ids = route.stations.filter { stationIndex[$0] != nil }
      let stations = ids.compactMap { stationIndex[$0] }
      var km = [0.0]
      for i in ids.indices.dropFirst() { km.append(km[i - 1] + length(ids[i - 1], ids[i])) }
      let shared = stations.indices.filter { corridorKm[stations[$0]] != nil }
      guard !shared.isEmpty else { continue }
      let nearest = BranchTable.nearest(of: shared, km: km)
      for (p, station) in stations.enumerated() where corridorKm[station] == nil {
        let junction = stations[nearest[p]]
        junctions[route.id, default: [:]][station] = junction
        if listed.insert(Link(junction: junction, station: station)).inserted {
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

  /// An off-line station listed under a junction.
  private struct Link: Hashable {
    let junction: Int
    let station: Int
  }

  /// For every position along a route, the position in `shared` (on the main line, ascending)
  /// nearest to it by `km`, ties to the earlier.
  ///
  /// Along a route the km only grow, so the nearest is the shared position just before or just
  /// after (the first of those at the same km before): one sweep, linear in the route, where
  /// comparing every pair grew with the square of the stations (docs/PERFORMANCE.md, "Issue
  /// 11"). km that do not grow (an unvalidated scenario's negative or NaN lengths) are
  /// compared pair by pair, as before.
  static func nearest(of shared: [Int], km: [Double]) -> [Int] {
    guard zip(km, km.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      return km.indices.map { p in
        shared.min { abs(km[$0] - km[p]) < abs(km[$1] - km[p]) } ?? shared[0]
      }
    }
    // The first shared position at the same km as shared[k].
    var runStart: [Int] = []
    runStart.reserveCapacity(shared.count)
    for k in shared.indices {
      runStart.append(k > 0 && km[shared[k]] == km[shared[k - 1]] ? runStart[k - 1] : k)
    }
    var result: [Int] = []
    result.reserveCapacity(km.count)
    var after = 0
    for p in km.indices {
      while after < shared.count, shared[after] < p { after += 1 }
      guard after > 0 else {
        result.append(shared[after])
        continue
      }
      let before = shared[runStart[after - 1]]
      guard after < shared.count else {
        result.append(before)
        continue
      }
      let next = shared[after]
      result.append(abs(km[before] - km[p]) <= abs(km[next] - km[p]) ? before : next)
    }
    return result
  }
}
