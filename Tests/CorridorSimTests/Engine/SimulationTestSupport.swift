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

  /// Days westbound trains with `trainPrefix` spend from arriving at `entry` to leaving `exit`
  /// (e.g. Brest → Małaszewicze: queues, customs, transshipment and dwells at the border).
  static func stayDays(
    events: [SimEvent], trainPrefix: String, from entry: String, to exit: String,
    text: EventText = EventText(scenario: .zhengzhouLiege)
  ) -> [Double] {
    var arrivals: [String: Int64] = [:]
    var stays: [Double] = []
    for event in events {
      guard let train = event.train, train.hasPrefix(trainPrefix) else { continue }
      if event.kind == .departed { arrivals[train] = nil }
      if event.kind == .stationArrived, text.stationID(of: event) == entry {
        arrivals[train] = event.time.seconds
      }
      if event.kind == .stationDeparted, text.stationID(of: event) == exit,
        let arrived = arrivals[train]
      {
        stays.append(Double(event.time.seconds - arrived) / 86_400)
      }
    }
    return stays
  }

  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
}
