import Foundation
import Testing

@testable import CorridorSim

/// The first 200 events of the default scenario with seed 1, as NDJSON, compared with the
/// committed golden `Tests/Goldens/CorridorSimTests/first-200-events-seed-1.ndjson`.
/// Re-record only on purpose: `RECORD_SNAPSHOTS=1 swift test --filter GoldenTrace`.
/// The golden lives outside the test target's folder so SwiftPM does not warn about an
/// unhandled file (no resources, no Package.swift change).
@Suite("Golden event trace")
struct GoldenTraceTests {
  static let goldenURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Engine
    .deletingLastPathComponent()  // CorridorSimTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Goldens/CorridorSimTests/first-200-events-seed-1.ndjson")

  @Test func first200EventsOfSeed1() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    var events: [SimEvent] = []
    var day: Int64 = 0
    while events.count < 200 && day < 60 {
      day += 1
      simulation.run(until: .days(day))
      events += simulation.drainEvents()
    }
    let actual = try SimulationTestSupport.ndjson(Array(events.prefix(200)))
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(
        at: GoldenTraceTests.goldenURL.deletingLastPathComponent(),
        withIntermediateDirectories: true)
      try actual.write(to: GoldenTraceTests.goldenURL, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOf: GoldenTraceTests.goldenURL, encoding: .utf8)
    #expect(actual == golden)
  }
}
