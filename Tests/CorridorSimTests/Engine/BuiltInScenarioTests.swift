import Testing

@testable import CorridorSim

@Suite("Built-in scenarios")
struct BuiltInScenarioTests {
  @Test func defaultNetworkMatchesTheFacts() throws {
    let scenario = Scenario.zhengzhouLiege
    let main = try #require(scenario.routes.first)
    #expect(main.stations.count == 47)
    let byID = Dictionary(uniqueKeysWithValues: scenario.stations.map { ($0.id, $0) })
    #expect(byID["putian"]?.nativeName == "郑州")
    #expect(byID["urumqi"]?.nativeName == "乌鲁木齐")
    #expect(byID["moscow"]?.nativeName == "Москва")
    #expect(byID["brest"]?.nativeName == "Брэст")
    #expect(byID["malaszewicze"]?.name == "Małaszewicze")
    #expect(byID["dostyk"]?.gaugeChange != nil && byID["malaszewicze"]?.gaugeChange != nil)
    #expect(byID["malaszewicze"]?.gaugeChange?.capacity == 2)
    #expect(byID["hamburg"] != nil)
  }

  /// Every route hop has a segment, and gauges change only at gauge-change terminals.
  @Test(arguments: [Scenario.zhengzhouLiege, Scenario.stress()])
  func routesAreConnectedAndGaugeCutsHaveTerminals(_ scenario: Scenario) throws {
    let network = CompiledNetwork(scenario: scenario)
    let byID = Dictionary(uniqueKeysWithValues: scenario.stations.map { ($0.id, $0) })
    for route in scenario.routes {
      var previousGauge: Gauge?
      for (a, b) in zip(route.stations, route.stations.dropFirst()) {
        let hit = try #require(network.segment(from: a, to: b), "no segment \(a)–\(b)")
        let gauge = scenario.segments[hit.index].gauge
        if let previousGauge, previousGauge != gauge {
          #expect(byID[a]?.gaugeChange != nil, "gauge changes at \(a) without a terminal")
        }
        previousGauge = gauge
      }
    }
  }

  @Test func mainRouteLengthAndSections() throws {
    let network = CompiledNetwork(scenario: .zhengzhouLiege)
    let km = Dictionary(uniqueKeysWithValues: network.corridor.stops.map { ($0.id, $0.km) })
    #expect(km["alashankou"] == 3_570)
    #expect(km["malaszewicze"] == 9_175)
    #expect(km["liege_airport"] == 10_635)
  }

  /// The stress scenario has the 2024 network's scale: ≈ 19,400 departures a year.
  @Test func stressTimetableHasTheYearlyScale() {
    let scenario = Scenario.stress()
    let perWeek = scenario.services.reduce(0) { $0 + $1.departures.count }
    let perYear = Double(perWeek) * 365 / 7
    #expect(abs(perYear - 19_392) < 200)
  }
}
