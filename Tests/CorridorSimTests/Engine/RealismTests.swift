import Testing

@testable import CorridorSim

/// Realism of the default scenario against the facts (issue 2 §5, docs/MODEL.md).
@Suite("Realism of the default scenario")
struct RealismTests {
  static let seeds: [UInt64] = Array(1...10)
  static let days: Int64 = 60

  /// Over 10 seeds the median Zhengzhou → Liège transit is 14–20 days (advertised 16–18 days
  /// [S01], 12–15 [S04]) and trains queue at Małaszewicze.
  @Test func medianTransitAndMalaszewiczeQueueing() throws {
    var transits: [Double] = []
    var malaszewiczeQueued = 0
    for seed in RealismTests.seeds {
      let simulation = SimulationTestSupport.run(days: RealismTests.days, seed: seed)
      let events = simulation.drainEvents()
      transits += SimulationTestSupport.transitDays(events: events, trainPrefix: "X8044")
      malaszewiczeQueued +=
        events.filter {
          $0.kind == .gaugeQueueJoined && $0.station == "malaszewicze"
        }.count
    }
    let median = try #require(SimulationTestSupport.median(transits))
    print(
      "realism: \(transits.count) Cainiao westbound arrivals, median transit \(median) days, "
        + "min \(transits.min() ?? 0), max \(transits.max() ?? 0); Małaszewicze queue joins \(malaszewiczeQueued)"
    )
    #expect(transits.count >= 80)
    #expect((14.0...20.0).contains(median))
    #expect(malaszewiczeQueued > 0)
  }
}
