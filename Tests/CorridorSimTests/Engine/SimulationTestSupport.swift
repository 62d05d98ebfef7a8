import Foundation

@testable import CorridorSim

extension Simulation {
  /// The id of an event's station, as `simulate --events` writes it.
  func stationID(_ event: SimEvent) -> String? { eventText.stationID(of: event) }
}

/// Shared helpers for the engine tests.
enum SimulationTestSupport {
  /// Runs the default scenario with `seed` to `days` and returns it.
  static func run(days: Int64, seed: UInt64, scenario: Scenario = .zhengzhouLiege) -> Simulation {
    let simulation = Simulation(scenario: scenario, seed: seed)
    simulation.run(until: .days(days))
    return simulation
  }

  /// Events one JSON object per line as `simulate --events` writes them: the byte-exact form
  /// compared by determinism tests and stored in goldens.
  static func ndjson(
    _ events: [SimEvent], text: EventText = EventText(scenario: .zhengzhouLiege)
  ) throws -> String {
    events.map(text.json(for:)).joined(separator: "\n") + "\n"
  }

  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
}
