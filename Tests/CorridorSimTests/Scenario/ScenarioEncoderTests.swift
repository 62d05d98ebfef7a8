import Testing

@testable import CorridorSim

@Suite("Scenario encoder")
struct ScenarioEncoderTests {
  @Test(arguments: ["valid-minimal"])
  func roundTripsAFixture(name: String) throws {
    let original = try ScenarioLoader.load(yaml: try ScenarioFixtures.text(name), file: name)
    let written = ScenarioEncoder.yaml(for: original)
    #expect(written.hasPrefix("# railtop scenario 'mini'."))
    let reloaded = try ScenarioLoader.load(yaml: written, file: "written")
    #expect(reloaded == original)
  }

  @Test(arguments: ["zhengzhou-liege-2021.yaml", "central-erenhot.yaml"])
  func roundTripsAShippedScenario(file: String) throws {
    let original = try ScenarioLoader.load(
      yaml: try ScenarioFixtures.scenarioText(file), file: file)
    let reloaded = try ScenarioLoader.load(
      yaml: ScenarioEncoder.yaml(for: original), file: "written")
    #expect(reloaded == original)
  }

  /// Strings that YAML would otherwise read as numbers, booleans or nulls, or that need escapes.
  @Test func quotesAwkwardStringsSoTheyComeBackUnchanged() throws {
    var scenario = try ScenarioLoader.load(
      yaml: try ScenarioFixtures.text("valid-minimal"),
      file: "valid-minimal")
    scenario.title = "Quote \" backslash \\ tab\t newline\n: colon # hash"
    scenario.summary = "yes"
    scenario.name = "1234"
    scenario.stations[0].name = "null"
    scenario.stations[0].nativeName = "郑州"
    scenario.stations[1].dwell = .fixed(1)
    scenario.epochUnix = -86_401
    let reloaded = try ScenarioLoader.load(yaml: ScenarioEncoder.yaml(for: scenario), file: "w")
    #expect(reloaded == scenario)
  }

  @Test(arguments: [Int64(0), 1, 59, 3_599, 3_601, 86_399, 1_234_567])
  func hoursSurviveTheTripThroughText(seconds: Int64) throws {
    let text = ScenarioEncoder.hours(seconds)
    let value = try #require(Double(text))
    #expect(Int64((value * 3_600).rounded()) == seconds)
  }
}
