import Foundation
import Testing

@testable import CorridorSim

/// The YAML scenarios in `scenarios/` load, say what their sources say, and run.
@Suite("Shipped scenarios")
struct ShippedScenarioTests {
  static let files = ["zhengzhou-liege-2021.yaml", "central-erenhot.yaml"]

  static func load(_ file: String) throws -> Scenario {
    try ScenarioLoader.load(yaml: try ScenarioFixtures.scenarioText(file), file: file)
  }

  @Test(arguments: files)
  func loadsAndRunsThirtyDays(file: String) throws {
    let scenario = try Self.load(file)
    #expect(file.hasPrefix(scenario.name))
    let simulation = Simulation(scenario: scenario, seed: scenario.defaultSeed)
    let report = simulation.run(until: .days(30))
    #expect(report.reachedTarget)
    #expect(simulation.snapshot().scenarioName == scenario.name)
  }

  /// 16 trains out and 18 back per week from Zhengzhou in 2021 [S35].
  @Test func schedule2021Has16OutAnd18BackPerWeek() throws {
    let scenario = try Self.load("zhengzhou-liege-2021.yaml")
    func weekly(_ direction: Direction) -> Int {
      scenario.services.filter { $0.direction == direction }.map(\.departures.count).reduce(0, +)
    }
    #expect(weekly(.westbound) == 16)
    #expect(weekly(.eastbound) == 18)
    #expect(Set(scenario.services.map(\.route)) == ["western-liege", "western-hamburg"])
  }

  /// The central corridor changes gauge at Zamyn-Üüd, not Dostyk, and runs ≈10,500–10,900 km.
  @Test func centralCorridorChangesGaugeAtZamynUud() throws {
    let scenario = try Self.load("central-erenhot.yaml")
    let route = try #require(scenario.routes.first { $0.id == "central-liege" })
    let terminals = route.stations.filter { id in
      scenario.stations.first { $0.id == id }?.gaugeChange != nil
    }
    #expect(terminals == ["zamyn_uud", "malaszewicze"])
    let km = zip(route.stations, route.stations.dropFirst()).map { pair in
      scenario.segments.first { Set([$0.from, $0.to]) == Set([pair.0, pair.1]) }?.lengthKm ?? 0
    }.reduce(0, +)
    #expect((10_450...10_900).contains(km))
  }

  /// The example in docs/SCENARIO-FORMAT.md is a valid scenario, so the documentation cannot
  /// drift from the loader.
  @Test func documentedExampleLoads() throws {
    let doc = try String(
      contentsOf: ScenarioFixtures.scenariosDirectory.deletingLastPathComponent()
        .appendingPathComponent("docs/SCENARIO-FORMAT.md"), encoding: .utf8)
    let afterHeading = try #require(doc.components(separatedBy: "## Example").last)
    let block = try #require(afterHeading.components(separatedBy: "```yaml\n").dropFirst().first)
    let yaml = try #require(block.components(separatedBy: "```").first)
    let scenario = try ScenarioLoader.load(yaml: yaml, file: "SCENARIO-FORMAT.md")
    #expect(scenario.services.count == 1)
    #expect(scenario.stations.count == 4)
  }
}

/// `scenarios/zhengzhou-liege.yaml` is the built-in default written out by the encoder
/// (`railtop simulate --print-scenario`), so users can start their own scenario from it.
@Suite("Built-in default as YAML")
struct BuiltInScenarioFileTests {
  @Test func encoderRoundTripsTheBuiltInDefault() throws {
    let yaml = ScenarioEncoder.yaml(for: .zhengzhouLiege)
    #expect(try ScenarioLoader.load(yaml: yaml, file: "built-in") == .zhengzhouLiege)
  }

  @Test func shippedFileIsTheBuiltInDefault() throws {
    let text = try ScenarioFixtures.scenarioText("zhengzhou-liege.yaml")
    #expect(try ScenarioLoader.load(yaml: text, file: "zhengzhou-liege.yaml") == .zhengzhouLiege)
    #expect(text == ScenarioEncoder.yaml(for: .zhengzhouLiege),
            "regenerate with: swift run railtop simulate --print-scenario > scenarios/zhengzhou-liege.yaml")
  }
}
