import Testing

@testable import CorridorSim

/// `Simulation.run(until:maxEvents:streamingEvery:to:)`: a streaming run hands over, in
/// batches, exactly the events of one run and one drain.
@Suite("Streaming run")
struct StreamingRunTests {
  @Test(arguments: [1, 37, 2_500])
  func batchesConcatenateToOneRunsLog(batch: Int) throws {
    let target = SimTime.days(6)
    let whole = Simulation(scenario: .zhengzhouLiege, seed: 3)
    let report = whole.run(until: target)
    let expected = whole.drainEvents()

    let streamed = Simulation(scenario: .zhengzhouLiege, seed: 3)
    var batches: [[SimEvent]] = []
    var processedBefore: [Int] = []
    let streamedReport = streamed.run(until: target, streamingEvery: batch) { events in
      batches.append(events)
      processedBefore.append(streamed.eventsProcessed)
    }
    #expect(streamedReport == report)
    #expect(batches.joined().map(\.sequence) == expected.map(\.sequence))
    #expect(
      try SimulationTestSupport.ndjson(Array(batches.joined()))
        == SimulationTestSupport.ndjson(expected))
    #expect(streamed.snapshot() == whole.snapshot())
    // A hand-over after every `batch` processed events (the last one at the target).
    let steps = zip(processedBefore, [0] + processedBefore).map { $0 - $1 }
    #expect(steps.dropLast().allSatisfy { $0 == batch })
    #expect(steps.last.map { $0 <= batch } == true)
    #expect(streamed.drainEvents().isEmpty)
  }

  /// An event budget stops a streaming run as it stops a plain one, and hands over what ran.
  @Test func budgetStopsAStreamingRun() {
    let streamed = Simulation(scenario: .zhengzhouLiege, seed: 3)
    var handedOver = 0
    let report = streamed.run(until: .days(6), maxEvents: 400, streamingEvery: 150) {
      handedOver += $0.count
    }
    #expect(report.eventsProcessed == 400)
    #expect(!report.reachedTarget)
    #expect(streamed.eventsProcessed == 400)
    #expect(handedOver > 0)
    #expect(streamed.drainEvents().isEmpty)
  }
}
