import Testing

@testable import CorridorSim

@Suite("Scenario loader")
struct ScenarioLoaderTests {
  @Test func loadsTheMinimalScenarioCompletely() throws {
    let scenario = try ScenarioLoader.load(
      yaml: try ScenarioFixtures.text("valid-minimal"),
      file: "valid-minimal.yaml")
    #expect(scenario.name == "mini")
    #expect(scenario.epochUnix == 1_551_484_800)
    #expect(scenario.defaultSeed == 7)
    #expect(scenario.stations.map(\.id) == ["east", "border_a", "border_b", "west"])
    #expect(scenario.stations[0].nativeName == "东")
    #expect(scenario.stations[1].dwell == .triangular(min: 14_400, mode: 18_000, max: 32_400))
    #expect(scenario.stations[1].customs?.hold == .uniform(min: 43_200, max: 172_800))
    #expect(scenario.stations[2].gaugeChange?.baseTime == .lognormal(median: 36_000, sigma: 0.5))
    #expect(scenario.stations[2].dwellCapacity == 1)
    #expect(scenario.segments[0].headwaySeconds == 1_800)
    #expect(scenario.segments[2].headwaySeconds == 0)
    #expect(scenario.segments[1].gauge == .broad)
    let west = scenario.services[0]
    #expect(west.utcOffsetSeconds == 28_800)
    #expect(
      west.departures == [
        WeeklyDeparture(weekday: 2, secondsOfDay: 36_000),
        WeeklyDeparture(weekday: 6, secondsOfDay: 81_000),
      ])
    #expect(west.trainLimitFEU == [.standard: 50, .broad: 41])
    #expect(
      west.cargoMix == [
        CargoShare(category: "apparel", weight: 3),
        CargoShare(category: "machinery", weight: 1),
      ])
    #expect(west.plannedTransitSeconds == 384 * 3_600)
    #expect(scenario.services[1].fromStation == "west")
    #expect(scenario.services[1].toStation == "border_a")
    #expect(west.sectionLimitsFEU.isEmpty)
    #expect(scenario.services[1].sectionLimitsFEU == [45, 41])
    #expect(scenario.cargoCategories[0].parcelsPerFEU == 2_000...3_000)
    #expect(scenario.disruptions[0].months == [12, 1, 2])
    #expect(scenario.disruptions[0].speedFactor == 0.83)
    #expect(scenario.disruptions[1].perYear == 2)
    #expect(scenario.unloading.handOffTo == "Mini eHub")
  }

  /// Every refusal names file, line, key path and problem; the text is checked exactly.
  @Test(arguments: [
    (
      "unknown-station-in-route",
      "unknown-station-in-route.yaml:52: routes[0].stations[2]: unknown station 'bordr_b' (did you mean 'border_b'?)"
    ),
    (
      "unknown-station-in-segment",
      "unknown-station-in-segment.yaml:47: segments[2].to: unknown station 'wset' (did you mean 'west'?)"
    ),
    (
      "unknown-station-in-service",
      "unknown-station-in-service.yaml:74: services[1].from: unknown station 'liege'"
    ),
    (
      "unknown-station-in-disruption",
      "unknown-station-in-disruption.yaml:87: disruptions[1].station: unknown station 'brest'"
    ),
    (
      "negative-distance",
      "negative-distance.yaml:46: segments[1].km: must be between 0.1 and 20000 km, found -5595"
    ),
    (
      "zero-speed",
      "zero-speed.yaml:47: segments[2].speed_kmh: must be between 1 and 1000 km/h, found 0"
    ),
    (
      "empty-route",
      "empty-route.yaml:52: routes[0].stations: route has no stations (it needs at least two)"
    ),
    (
      "missing-segment",
      "missing-segment.yaml:52: routes[0].stations[1]: no segment between 'east' and 'border_b'"
    ),
    (
      "missing-gauge-change",
      "missing-gauge-change.yaml:51: routes[0].stations[1]: gauge changes from 1435 mm to 1520 mm at 'border_a', which has no gauge_change terminal"
    ),
    (
      "unknown-key",
      "unknown-key.yaml:46: segments[1].speed_kph: unknown key 'speed_kph' (did you mean 'speed_kmh'?)"
    ),
    (
      "wrong-type",
      "wrong-type.yaml:47: segments[2].km: expected a number, found 'far'"
    ),
    (
      "duplicate-id",
      "duplicate-id.yaml:29: stations[2].id: duplicate id 'border_a'"
    ),
    (
      "weekday-out-of-range",
      "weekday-out-of-range.yaml:63: services[0].departures[1].weekday: weekday must be 1 (Monday) to 7 (Sunday), found 8"
    ),
    (
      "probability-out-of-range",
      "probability-out-of-range.yaml:27: stations[1].customs.hold_probability: must be between 0 and 1, found 1.5"
    ),
    (
      "unknown-cargo-category",
      "unknown-cargo-category.yaml:66: services[0].cargo_mix.aparel: unknown cargo category 'aparel' (did you mean 'apparel'?)"
    ),
    (
      "empty-departures",
      "empty-departures.yaml:77: services[1].departures: service has no departures (it needs at least one)"
    ),
    (
      "missing-key",
      "missing-key.yaml:2: missing required key 'title'"
    ),
    (
      "unknown-route",
      "unknown-route.yaml:72: services[1].route: unknown route 'mian' (did you mean 'main'?)"
    ),
    (
      "syntax-error",
      "syntax-error.yaml:38: YAML syntax error: did not find expected '-' indicator"
    ),
    (
      "bad-section-limits",
      "bad-section-limits.yaml:65: services[0].section_limits_feu: service 'west-bound' runs 3 gauge section(s) (1435, 1520, 1435 mm), so it needs 3 limit(s), found 2"
    ),
    (
      "bad-departure-time",
      "bad-departure-time.yaml:78: services[1].departures[0].time: time must be HH:MM (local), found '8 am'"
    ),
  ])
  func refusesBrokenFixture(name: String, expected: String) throws {
    let text = try ScenarioFixtures.text(name)
    #expect(throws: ScenarioError.self) {
      try ScenarioLoader.load(yaml: text, file: "\(name).yaml")
    }
    do {
      _ = try ScenarioLoader.load(yaml: text, file: "\(name).yaml")
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test(arguments: [
    ("", "empty.yaml: YAML syntax error: empty document"),
    ("- 1\n- 2\n", "list.yaml:1: expected a mapping, found a list"),
    ("name: a\nname: b\n", "dup.yaml:2: name: key 'name' appears more than once"),
    ("nmae: a\n", "typo.yaml:1: nmae: unknown key 'nmae' (did you mean 'name'?)"),
    (
      "name: a\ntitle: b\nepoch: 2019-02-30T00:00:00Z\n",
      "epoch.yaml:3: epoch: epoch must be a UTC time like 2019-03-02T00:00:00Z, found '2019-02-30T00:00:00Z'"
    ),
  ])
  func refusesDocumentsThatAreNotAScenario(yaml: String, expected: String) {
    let file = expected.prefix { $0 != ":" }
    #expect(throws: ScenarioError.self) { try ScenarioLoader.load(yaml: yaml, file: String(file)) }
    do {
      _ = try ScenarioLoader.load(yaml: yaml, file: String(file))
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func suggestsOnlyCloseNames() {
    #expect(Suggestion.closest(to: "speed_kph", in: ["km", "speed_kmh", "gauge"]) == "speed_kmh")
    #expect(Suggestion.closest(to: "zzzzzz", in: ["km", "speed_kmh", "gauge"]) == nil)
    #expect(Suggestion.closest(to: "wset", in: ["east", "west"]) == "west")
    #expect(Suggestion.closest(to: "brest", in: ["east", "west"]) == nil)
    #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(Suggestion.editDistance(Array("mian"), Array("main")) == 1)
    #expect(Suggestion.editDistance([], Array("abc")) == 3)
  }
}
