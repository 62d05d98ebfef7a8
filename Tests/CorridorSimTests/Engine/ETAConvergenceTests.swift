import Testing

@testable import CorridorSim

@Suite("ETA convergence")
struct ETAConvergenceTests {
  /// Predicted arrivals sampled every 3 sim hours get closer to the actual arrival as trains
  /// advance: the late-journey error is well below the early-journey error, and small.
  @Test func predictionsConvergeToActualArrival() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 2)
    var samples: [String: [(progress: Double, predicted: Int64)]] = [:]
    var actual: [String: Int64] = [:]
    for step in 1...(50 * 8) {
      simulation.run(until: SimTime(seconds: Int64(step) * 3 * 3_600))
      for train in simulation.snapshot().trains {
        if let arrived = train.arrivedAt {
          actual[train.id] = arrived.seconds
        } else if train.status != .loading {
          samples[train.id, default: []].append((train.progress, train.predictedArrival.seconds))
        }
      }
    }
    var early: [Double] = []
    var late: [Double] = []
    for (id, arrival) in actual {
      for sample in samples[id] ?? [] {
        let errorHours = Double(abs(sample.predicted - arrival)) / 3_600
        if sample.progress < 0.25 { early.append(errorHours) }
        if sample.progress > 0.9 { late.append(errorHours) }
      }
    }
    #expect(actual.count > 20)
    let meanEarly = early.reduce(0, +) / Double(max(1, early.count))
    let meanLate = late.reduce(0, +) / Double(max(1, late.count))
    print(
      "ETA error: early \(meanEarly) h over \(early.count) samples, late \(meanLate) h over \(late.count)"
    )
    #expect(!early.isEmpty && !late.isEmpty)
    #expect(meanLate < meanEarly / 2)
    #expect(meanLate < 12)
  }

  /// Once arrived, the prediction is the arrival and the delay is actual − planned.
  @Test func arrivedTrainsReportActualDelay() throws {
    let simulation = SimulationTestSupport.run(days: 30, seed: 6)
    let arrived = simulation.snapshot().trains.filter { $0.arrivedAt != nil }
    #expect(!arrived.isEmpty)
    for train in arrived {
      let at = try #require(train.arrivedAt)
      #expect(train.predictedArrival == at)
      #expect(train.delaySeconds == at.seconds - train.plannedArrival.seconds)
      #expect(train.progress == 1)
      #expect(train.nextStop == nil)
    }
  }
}
