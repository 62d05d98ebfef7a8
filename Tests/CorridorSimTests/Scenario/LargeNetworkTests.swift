import Testing

@testable import CorridorSim

/// A network of thousands of stations loads (issue 11: 5,000 stations took 12 s, growing with
/// the square of the count). How long it takes is measured in a release build
/// (docs/PERFORMANCE.md, "Issue 11"), not here.
@Suite("Large networks")
struct LargeNetworkTests {
  /// `count` stations: a main line through four fifths of them, and a branch route that
  /// leaves it half-way and runs through the rest, each with a service.
  static func chain(stations count: Int) -> String {
    let branch = count / 5
    let main = count - branch
    let junction = main / 2
    var lines = [
      "name: big", "title: Big", "epoch: 2019-03-02T00:00:00Z", "default_seed: 1",
      "cargo_categories:",
      "  - {id: c, name: C, gross_tonnes: [8, 14], parcels_per_feu: [0, 0], value_usd_per_feu: [1, 2]}",
      "stations:",
    ]
    for i in 0..<count {
      let kind = i == 0 ? "origin" : (i == main - 1 || i == count - 1 ? "destination" : "junction")
      lines.append(
        "  - {id: s\(i), name: S\(i), country: CN, lat: 30, lon: \(Double(i) / 100), kind: \(kind), dwell: 0.1}"
      )
    }
    lines.append("segments:")
    for i in 1..<main {
      lines.append("  - {from: s\(i - 1), to: s\(i), km: 2, gauge: 1435, speed_kmh: 50}")
    }
    var previous = "s\(junction)"
    for i in main..<count {
      lines.append("  - {from: \(previous), to: s\(i), km: 2, gauge: 1435, speed_kmh: 50}")
      previous = "s\(i)"
    }
    let mainIDs = (0..<main).map { "s\($0)" }
    let branchIDs = (0...junction).map { "s\($0)" } + (main..<count).map { "s\($0)" }
    lines.append("routes:")
    lines.append("  - {id: main, name: Main, stations: [\(mainIDs.joined(separator: ", "))]}")
    lines.append("  - {id: branch, name: Branch, stations: [\(branchIDs.joined(separator: ", "))]}")
    lines.append("services:")
    for (id, route) in [("w", "main"), ("b", "branch")] {
      lines.append(
        "  - {id: \(id), name: \(id), train_prefix: X\(id), route: \(route), direction: westbound, "
          + "utc_offset_hours: 8, departures: [{weekday: 6, time: '10:00'}], "
          + "train_limit_feu: {1435: 50}, load_factor: 0.9, cargo_mix: {c: 1}, "
          + "on_time_tolerance_hours: 24}")
    }
    lines.append(
      "unloading: {capacity: 1, base_time: 4, per_container_seconds: 60, hand_off_to: Hub}")
    return lines.joined(separator: "\n") + "\n"
  }

  @Test("5,000 stations on two routes load, compile and run")
  func fiveThousandStations() throws {
    let scenario = try ScenarioLoader.load(yaml: Self.chain(stations: 5_000), file: "big.yaml")
    #expect(scenario.stations.count == 5_000)
    #expect(scenario.routes.map(\.stations.count) == [4_000, 3_001])
    let simulation = Simulation(scenario: scenario, seed: 1)
    simulation.run(until: .days(2))
    let corridor = simulation.snapshot().corridor
    #expect(corridor.stops.count == 4_000)
    // The branch's 1,000 stations join the line where the branch leaves it.
    #expect(corridor.branches.map(\.junction) == ["s2000"])
    #expect(corridor.branches.first?.stations.count == 1_000)
  }
}
