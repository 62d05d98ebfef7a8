import Testing

@testable import CorridorSim

/// The most entries each list of a scenario may have (docs/SCENARIO-FORMAT.md, "Ranges"):
/// at the limit it loads, one more is refused naming the list, before its items are read.
@Suite("Scenario count limits")
struct ScenarioCountLimitTests {
  static func load(_ values: [String: String]) throws(ScenarioError) -> Scenario {
    try RangeTemplate.load(values, file: "counts.yaml")
  }

  /// `count` more items for a list's room in the template, one a line at `indent`.
  static func items(_ count: Int, indent: String = "  ", _ item: (Int) -> String) -> String {
    (0..<count).map { "\n\(indent)- \(item($0))" }.joined()
  }

  static func refusal(_ values: [String: String]) -> ScenarioError? {
    do {
      _ = try load(values)
      return nil
    } catch { return error }
  }

  /// (room in the template, items it already has, limit, key path, what the message says)
  @Test(
    "each list: one past the limit is refused naming it, before its items are read",
    arguments: [
      ("more_categories", 2, 100, "cargo_categories", "cargo categories"),
      ("more_stations", 4, 10_000, "stations", "stations"),
      ("more_segments", 3, 20_000, "segments", "segments"),
      ("more_routes", 1, 1_000, "routes", "routes"),
      ("more_services", 2, 1_000, "services", "services"),
      ("more_disruptions", 3, 1_000, "disruptions", "disruptions"),
    ])
  func oneTooMany(placeholder: String, has: Int, limit: Int, path: String, what: String) throws {
    let error = try #require(Self.refusal([placeholder: Self.items(limit + 1 - has) { _ in "x" }]))
    #expect(error.keyPath == path)
    #expect(error.problem == .tooMany(what, limit: limit))
  }

  @Test("a route of more stations than a scenario may have is refused")
  func longRoute() throws {
    let extra = (0..<(10_001 - 4)).map { _ in ", x" }.joined()
    let error = try #require(Self.refusal(["more_route_stations": extra]))
    #expect(error.keyPath == "routes[0].stations")
    #expect(error.problem == .tooMany("stations on a route", limit: 10_000))
  }

  @Test("10,000 stations load and run; 20,000 departures a week load, one more is refused")
  func largestLists() throws {
    let stations = Self.items(10_000 - 4) { i in
      "{id: extra\(i), name: Extra \(i), country: KZ, lat: 45, lon: 80, kind: junction}"
    }
    let scenario = try Self.load(["more_stations": stations])
    #expect(scenario.stations.count == 10_000)
    ScenarioRangeTests.simulate(scenario, days: 3)

    // The template has three departures: two west, one east.
    let departures = { (count: Int) in
      Self.items(count, indent: "      ") { i in
        "{weekday: \(i % 7 + 1), time: \"\(10 + i % 12):\(10 + i % 50)\"}"
      }
    }
    let busiest = try Self.load(["more_departures": departures(20_000 - 3)])
    #expect(busiest.services.map(\.departures.count).reduce(0, +) == 20_000)
    let error = try #require(Self.refusal(["more_departures": departures(20_000 - 2)]))
    #expect(error.keyPath == "services[1]")
    #expect(error.problem == .tooMany("departures a week in all services", limit: 20_000))
  }

  @Test("a month listed twice is refused, so a slowdown has at most twelve")
  func repeatedMonth() throws {
    let error = try #require(Self.refusal(["month": "1, 2, 1"]))
    #expect(error.keyPath == "disruptions[0].months[2]")
    #expect(error.description.hasSuffix("month 1 is listed twice"))
  }
}
