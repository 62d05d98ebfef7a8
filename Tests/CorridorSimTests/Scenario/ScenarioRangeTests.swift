import Foundation
import Testing

@testable import CorridorSim

/// Every numeric key's documented range (docs/SCENARIO-FORMAT.md, "Ranges"): both ends load
/// and a few simulated days on them trap nowhere; the first value past either end, and the
/// hostile ones that once trapped (1e300, 0x7fffffffffffffff, infinities, NaN), are refused
/// with a message naming the key.
@Suite("Scenario ranges")
struct ScenarioRangeTests {
  static func load(_ values: [String: String]) throws(ScenarioError) -> Scenario {
    try RangeTemplate.load(values)
  }

  /// Runs `scenario` a few days, snapshots it and writes every event as `simulate --events`
  /// does: the engine's arithmetic, KPI sums and loading on the values the loader accepted.
  static func simulate(_ scenario: Scenario, days: Int64 = 10) {
    let simulation = Simulation(scenario: scenario, seed: 1)
    simulation.run(until: .days(days), maxEvents: 300_000)
    let snapshot = simulation.snapshot()
    #expect(snapshot.time <= .days(days))
    for event in simulation.drainEvents() {
      #expect(!simulation.eventText.json(for: event).isEmpty)
    }
  }

  @Test("the defaults load")
  func defaultsLoad() throws {
    let scenario = try Self.load([:])
    #expect(scenario.stations.count == 4 && scenario.services.count == 2)
    Self.simulate(scenario)
  }

  @Test("both ends of each key's range load and run", arguments: RangeCase.all)
  func endsLoadAndRun(_ range: RangeCase) throws {
    for text in range.accepted {
      let scenario = try Self.load([range.placeholder: text])
      Self.simulate(scenario)
    }
  }

  @Test("every key at its largest, then every key at its smallest, together")
  func allAtOnce() throws {
    for end in 0..<2 {
      let values = Dictionary(
        uniqueKeysWithValues: RangeCase.all.map { ($0.placeholder, $0.accepted[end]) })
      Self.simulate(try Self.load(values), days: 30)
    }
    // The widest log-normal everywhere: samples far past the range, clamped by the engine.
    let widest = Dictionary(
      uniqueKeysWithValues: RangeCase.all.map { range in
        (
          range.placeholder,
          range.accepted.first { $0.hasPrefix("{lognormal") } ?? range.accepted[0]
        )
      })
    Self.simulate(try Self.load(widest), days: 30)
  }

  @Test(
    "the first value past each end, and hostile ones, are refused by name",
    arguments: RangeCase.all)
  func pastTheEndsIsRefused(_ range: RangeCase) throws {
    let path = try #require(RangeTemplate.paths[range.placeholder])
    for (text, rest) in range.refused {
      do {
        _ = try Self.load([range.placeholder: text])
        Issue.record("\(range.docKey): \(text) was accepted")
      } catch {
        #expect(error.keyPath == path + rest, "\(text): \(error)")
        #expect(error.line != nil, "\(text): \(error)")
        #expect(error.description.hasPrefix("ranges.yaml:"), "\(error)")
      }
    }
  }

  @Test("a number past the top says the range")
  func messageSaysTheRange() {
    #expect(throws: ScenarioError.self) { try Self.load(["dwell": "1e300"]) }
    do {
      _ = try Self.load(["dwell": "{uniform: {min: 1, max: 87601}}"])
    } catch {
      #expect(
        error.description
          == "ranges.yaml:19: stations[1].dwell.uniform.max: must be between 0 and 87600 hours "
          + "(10 years), found 87601")
    }
    do {
      _ = try Self.load(["dwell_capacity": "9223372036854775807"])
    } catch {
      #expect(
        error.description
          == "ranges.yaml:20: stations[1].dwell_capacity: must be between 0 and 10000 trains, "
          + "found 9223372036854775807")
    }
  }

  /// The format page's "Ranges" table lists exactly the keys tested here.
  @Test func formatPageListsEveryKey() throws {
    let page = try String(
      contentsOf: ScenarioFixtures.scenariosDirectory.deletingLastPathComponent()
        .appendingPathComponent("docs/SCENARIO-FORMAT.md"), encoding: .utf8)
    let section = try #require(page.components(separatedBy: "## Ranges").dropFirst().first)
    let rows = section.components(separatedBy: "\n## ")[0].split(separator: "\n")
      .filter { $0.hasPrefix("| `") }
    let listed = Set(rows.map { $0.split(separator: "`")[1] }.map(String.init))
    #expect(listed == Set(RangeCase.all.map(\.docKey)))
  }
}
