import Testing

@testable import CorridorSim

/// Realism of the default scenario against the facts (issue 2 §5, docs/MODEL.md).
@Suite("Realism of the default scenario")
struct RealismTests {
  static let seeds: [UInt64] = Array(1...10)
  static let days: Int64 = 60

  /// Over 10 seeds the median Zhengzhou → Liège transit is 14–20 days (advertised 16–18 days
  /// [S01], 12–15 [S04]), trains queue at Małaszewicze, westbound trains stay ≈ 1.9 days at
  /// Brest/Małaszewicze, and boxes wait in the backlog at both gauge-change terminals.
  @Test func medianTransitAndMalaszewiczeQueueing() throws {
    var transits: [Double] = []
    var malaszewiczeQueued = 0
    var borderStays: [Double] = []
    var leftBehind: Set<String> = []
    for seed in RealismTests.seeds {
      let simulation = SimulationTestSupport.run(days: RealismTests.days, seed: seed)
      let events = simulation.drainEvents()
      transits += SimulationTestSupport.transitDays(events: events, trainPrefix: "X8044")
      borderStays += SimulationTestSupport.stayDays(
        events: events, trainPrefix: "X", from: "brest", to: "malaszewicze")
      for event in events where event.kind == .containersLeftBehind {
        leftBehind.insert(simulation.stationID(event) ?? "")
      }
      malaszewiczeQueued +=
        events.filter {
          $0.kind == .gaugeQueueJoined && simulation.stationID($0) == "malaszewicze"
        }.count
    }
    let median = try #require(SimulationTestSupport.median(transits))
    let borderMedian = try #require(SimulationTestSupport.median(borderStays))
    print(
      "realism: \(transits.count) Cainiao westbound arrivals, median transit \(median) days, "
        + "min \(transits.min() ?? 0), max \(transits.max() ?? 0); Małaszewicze queue joins "
        + "\(malaszewiczeQueued); median Brest→Małaszewicze stay \(borderMedian) days over "
        + "\(borderStays.count) westbound trains; boxes left behind at \(leftBehind.sorted())")
    #expect(transits.count >= 80)
    #expect((14.0...20.0).contains(median))
    #expect(malaszewiczeQueued > 0)
    // Facts §2.1 cross-check: ≈ 1.9 days at Brest/Małaszewicze; "2–3 days" typical [S42].
    #expect((1.5...2.5).contains(borderMedian))
    // Section limits (facts §2.2) leave boxes behind at both gauge-change terminals.
    #expect(leftBehind.isSuperset(of: ["dostyk", "malaszewicze"]))
  }
}
