import Testing

@testable import CorridorSim

/// The loader validates scenario files, but the engine itself must never trap or hang on odd
/// numbers: NaN, infinities, zero speeds, huge durations, unknown ids.
@Suite("Hostile scenarios")
struct HostileScenarioTests {
  static var hostile: Scenario {
    var scenario = Scenario.zhengzhouLiege
    scenario.segments[0].speedKmh = 0
    scenario.segments[1].lengthKm = .nan
    scenario.segments[2].headwaySeconds = .max
    scenario.segments[3].lengthKm = .infinity
    scenario.stations[1].dwell = .lognormal(median: .max, sigma: 50)
    scenario.stations[2].dwell = .uniform(min: .min, max: .max)
    scenario.stations[3].dwell = .triangular(min: .max, mode: 0, max: .min)
    scenario.services[0].loadFactor = .nan
    scenario.services[1].cargoMix = []
    scenario.services[2].route = "no-such-route"
    scenario.services[3].departures = [WeeklyDeparture(weekday: 9, secondsOfDay: .max)]
    scenario.services[4].utcOffsetSeconds = .min
    scenario.services[5].fromStation = "nowhere"
    scenario.unloading.perContainerSeconds = .max
    scenario.disruptions.append(
      DisruptionRate(kind: .borderHold, station: "unknown", perYear: 1e9, duration: .fixed(.max)))
    scenario.disruptions.append(
      DisruptionRate(kind: .terminalClosure, station: "dostyk", perYear: .infinity))
    scenario.disruptions.append(
      DisruptionRate(
        kind: .winterSlowdown, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        speedFactor: .nan))
    return scenario
  }

  @Test func runsAndSnapshotsWithoutTrapping() {
    let simulation = Simulation(scenario: HostileScenarioTests.hostile, seed: 1)
    let report = simulation.run(until: .days(40), maxEvents: 2_000_000)
    #expect(report.eventsProcessed > 0)
    let snapshot = simulation.snapshot()
    #expect(snapshot.time <= .days(40))
    _ = simulation.drainEvents()
  }

  @Test func emptyScenarioIsQuiet() {
    let empty = Scenario(
      name: "empty", title: "", summary: "", epochUnix: 0, defaultSeed: 0, stations: [],
      segments: [], routes: [], services: [], cargoCategories: [], disruptions: [],
      unloading: Unloading(capacity: 0, baseTime: .fixed(0), perContainerSeconds: 0, handOffTo: ""))
    let simulation = Simulation(scenario: empty, seed: 0)
    let report = simulation.run(until: .days(400))
    #expect(report.reachedTarget && simulation.now == .days(400))
    let snapshot = simulation.snapshot()
    #expect(snapshot.trains.isEmpty && snapshot.corridor.stops.isEmpty)
  }
}
