/// The corridor simulation: a discrete-event engine over a `Scenario`.
///
/// Skeleton API (to be filled in by the engine work): integer time, one seeded generator,
/// an ordered heap of (time, priority, sequence), slicing-invariant `run(until:maxEvents:)`.
public final class Simulation {
  public let scenario: Scenario
  public let seed: UInt64
  /// Sim time reached so far.
  public private(set) var now: SimTime = .zero

  public init(scenario: Scenario, seed: UInt64) {
    self.scenario = scenario
    self.seed = seed
  }

  /// Processes events up to and including `until`, at most `maxEvents` of them.
  @discardableResult
  public func run(until target: SimTime, maxEvents: Int = .max) -> RunReport {
    if target > now { now = target }
    return RunReport(reached: now, eventsProcessed: 0, reachedTarget: true)
  }

  /// Events logged since the previous call, oldest first (the caller streams or drops them).
  public func drainEvents() -> [SimEvent] { [] }

  /// An immutable picture of the current state.
  public func snapshot() -> SimSnapshot {
    SimSnapshot(
      scenarioName: scenario.name, scenarioTitle: scenario.title, seed: seed,
      epochUnix: scenario.epochUnix, time: now,
      corridor: CorridorLine(routeID: "", stops: [], totalKm: 0), trains: [], stations: [],
      kpis: KPISnapshot(
        trainsInTransit: 0, teuInTransit: 0, teuInTransitWestbound: 0, teuInTransitEastbound: 0,
        teuInTransitByCategory: [], teuDeliveredToday: 0, teuDeliveredThisWeek: 0,
        teuDeliveredTotal: 0, trainsArrivedTotal: 0, teuDeliveredPerDay: [],
        teuDeliveredPerDayWestbound: [], teuDeliveredPerDayEastbound: [], meanTransitDays: nil,
        onTimePercent: nil, delayByBorder: []),
      recentEvents: [], activeDisruptions: [])
  }
}

/// How far a call to `Simulation.run(until:maxEvents:)` got.
public struct RunReport: Sendable, Hashable {
  /// Sim time reached (equals the target unless the event budget ran out).
  public var reached: SimTime
  public var eventsProcessed: Int
  /// False when `maxEvents` stopped the run before the target: the caller is behind.
  public var reachedTarget: Bool
  public init(reached: SimTime, eventsProcessed: Int, reachedTarget: Bool) {
    self.reached = reached
    self.eventsProcessed = eventsProcessed
    self.reachedTarget = reachedTarget
  }
}
