import Testing

@testable import CorridorSim

/// Per-section train limits (`Service.sectionLimitsFEU`) and the backlogs they leave at the
/// gauge-change terminals.
@Suite("Section limits and backlogs")
struct SectionLimitTests {
  /// Cainiao westbound: China 50, 1520 mm 44, EU 42, switching at Dostyk and Małaszewicze.
  @Test func eachLegTakesItsSectionsLimit() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    let plan = try #require(simulation.model.plans.first { $0.service.id == "cainiao-west" })
    let stopIDs = plan.stops.map { simulation.model.network.stations[$0].id }
    let dostyk = try #require(stopIDs.firstIndex(of: "dostyk"))
    let malaszewicze = try #require(stopIDs.firstIndex(of: "malaszewicze"))
    #expect(plan.legLimit[0] == 50 && plan.legLimit[dostyk - 1] == 50)
    #expect(plan.legLimit[dostyk] == 44 && plan.legLimit[malaszewicze - 1] == 44)
    #expect(plan.legLimit[malaszewicze] == 42 && plan.legLimit.last == 42)
    #expect(plan.firstLimit == 50)
  }

  /// A list that does not match the path's sections (an unvalidated scenario) is ignored:
  /// limits fall back to `trainLimitFEU` by gauge.
  @Test func mismatchedSectionListFallsBackToGaugeLimits() throws {
    var scenario = Scenario.zhengzhouLiege
    let index = try #require(scenario.services.firstIndex { $0.id == "cainiao-west" })
    scenario.services[index].sectionLimitsFEU = [30, 20]
    scenario.services[index].trainLimitFEU = [.standard: 48, .broad: 41]
    let plan = Simulation(scenario: scenario, seed: 1).model.plans[index]
    #expect(Set(plan.legLimit) == [48, 41])
    #expect(plan.legLimit.first == 48 && plan.legLimit.last == 48)
  }

  /// What the events say was left behind, picked up and sent on by relief trains is exactly
  /// what the station snapshots show as backlog, at both terminals.
  @Test func snapshotBacklogMatchesTheEvents() {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 3)
    var net: [String: Int] = [:]
    var seenInSnapshot: Set<String> = []
    var leftBehindAt: Set<String> = []
    for day in stride(from: Int64(2), through: 90, by: 2) {
      simulation.run(until: .days(day))
      for event in simulation.drainEvents() {
        guard let station = simulation.stationID(event), let boxes = event.containers.map(Int.init)
        else { continue }
        if event.kind == .containersLeftBehind {
          net[station, default: 0] += boxes
          leftBehindAt.insert(station)
        }
        if event.kind == .backlogPickedUp || event.kind == .reliefTrainFormed {
          net[station, default: 0] -= boxes
        }
      }
      for station in simulation.snapshot().stations {
        #expect(station.backlogFEU == net[station.id] ?? 0, "\(station.id) on day \(day)")
        if station.backlogFEU > 0 { seenInSnapshot.insert(station.id) }
      }
    }
    // Boxes are left at both terminals; later trains usually take them within hours, so a
    // backlog is seen in a day-end snapshot at one at least.
    #expect(leftBehindAt.isSuperset(of: ["dostyk", "malaszewicze"]))
    #expect(!seenInSnapshot.isEmpty)
  }
}
