import Foundation
import Testing

@testable import CorridorSim

@Suite("Determinism")
struct DeterminismTests {
  /// Same scenario and seed ⇒ byte-identical encoded event log.
  @Test func sameSeedGivesByteIdenticalLog() throws {
    let a = SimulationTestSupport.run(days: 30, seed: 5)
    let b = SimulationTestSupport.run(days: 30, seed: 5)
    let logA = try SimulationTestSupport.ndjson(a.drainEvents())
    let logB = try SimulationTestSupport.ndjson(b.drainEvents())
    #expect(logA.utf8.count > 10_000)
    #expect(logA == logB)
  }

  @Test func differentSeedsDiffer() throws {
    let a = SimulationTestSupport.run(days: 20, seed: 1)
    let b = SimulationTestSupport.run(days: 20, seed: 2)
    #expect(
      try SimulationTestSupport.ndjson(a.drainEvents())
        != SimulationTestSupport.ndjson(b.drainEvents()))
  }

  /// Running to T in one call or in 10,000 slices (with draining and snapshots in between)
  /// gives the same log and the same final snapshot.
  @Test func slicedRunEqualsOneCall() throws {
    let target = SimTime.days(25)
    let sliced = Simulation(scenario: .zhengzhouLiege, seed: 9)
    var slicedEvents: [SimEvent] = []
    let slices: Int64 = 10_000
    for i in 1...slices {
      sliced.run(until: SimTime(seconds: target.seconds * i / slices))
      slicedEvents += sliced.drainEvents()
      if i % 500 == 0 { _ = sliced.snapshot() }
    }
    try expectSameAsOneCall(sliced, events: slicedEvents, seed: 9, target: target)
  }

  /// `other` (run by `events`-producing steps) matches one uninterrupted run to `target`.
  private func expectSameAsOneCall(
    _ other: Simulation, events: [SimEvent], seed: UInt64, target: SimTime
  ) throws {
    let whole = Simulation(scenario: .zhengzhouLiege, seed: seed)
    whole.run(until: target)
    #expect(
      try SimulationTestSupport.ndjson(whole.drainEvents())
        == SimulationTestSupport.ndjson(events))
    #expect(whole.snapshot() == other.snapshot())
  }

  /// An event budget stops early, reports it, and the rest of the run is unchanged.
  @Test func eventBudgetStopsAndResumesExactly() throws {
    let target = SimTime.days(10)
    let budgeted = Simulation(scenario: .zhengzhouLiege, seed: 4)
    var events: [SimEvent] = []
    var calls = 0
    while true {
      let report = budgeted.run(until: target, maxEvents: 37)
      events += budgeted.drainEvents()
      calls += 1
      #expect(report.eventsProcessed <= 37)
      if report.reachedTarget { break }
      #expect(report.reached <= target)
    }
    #expect(calls > 10)
    #expect(budgeted.now == target)
    try expectSameAsOneCall(budgeted, events: events, seed: 4, target: target)
  }
}
