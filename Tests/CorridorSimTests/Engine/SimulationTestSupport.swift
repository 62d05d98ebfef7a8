import Foundation

@testable import CorridorSim

/// Shared helpers for the engine tests.
enum SimulationTestSupport {
  /// Runs the default scenario with `seed` to `days` and returns it.
  static func run(days: Int64, seed: UInt64, scenario: Scenario = .zhengzhouLiege) -> Simulation {
    let simulation = Simulation(scenario: scenario, seed: seed)
    simulation.run(until: .days(days))
    return simulation
  }

  /// Events encoded one JSON object per line with sorted keys: the byte-exact form compared by
  /// determinism tests and stored in goldens.
  static func ndjson(_ events: [SimEvent]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try events.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
      .joined(separator: "\n") + "\n"
  }

  /// Transit days of arrived trains of `service`, taken from `arrived` events and departures.
  static func transitDays(events: [SimEvent], trainPrefix: String) -> [Double] {
    var departures: [String: Int64] = [:]
    var transits: [Double] = []
    for event in events {
      guard let train = event.train, train.hasPrefix(trainPrefix + "-") else { continue }
      if event.kind == .departed { departures[train] = event.time.seconds }
      if event.kind == .arrived, let departed = departures[train] {
        transits.append(Double(event.time.seconds - departed) / 86_400)
      }
    }
    return transits
  }

  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
}
