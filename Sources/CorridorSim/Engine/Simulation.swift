/// The corridor simulation: a discrete-event engine over a `Scenario`.
///
/// Pure and deterministic: integer time, one seeded generator (`RandomSource`), a heap of
/// (time, priority, sequence), no clock, no I/O. `run(until:maxEvents:)` gives the same state
/// and event log whether called once or in many slices; only `snapshot()`'s interpolation of
/// positions between events depends on `now`. The model is described in docs/MODEL.md.
///
/// The handle callers hold: the state events change is one value, `model`
/// (`CorridorModel`), which `run` advances in one call; the snapshot's caches are kept beside
/// it.
public final class Simulation {
  public let scenario: Scenario
  public let seed: UInt64
  /// The corridor's days (see `CorridorCalendar`).
  public let calendar: CorridorCalendar
  /// Names for turning events into text, handed out with every snapshot.
  public let eventText: EventText

  var model: CorridorModel
  var snapshotCache = SnapshotCache()
  /// When true, `snapshot()` computes every part afresh: the reference its caches are tested
  /// against.
  var bypassesSnapshotCaches = false

  public init(scenario: Scenario, seed: UInt64) {
    self.scenario = scenario
    self.seed = seed
    model = CorridorModel(scenario: scenario, seed: seed)
    calendar = model.calendar
    eventText = EventText(scenario: scenario)
  }

  /// Sim time reached so far.
  public var now: SimTime { model.now }

  /// How many events have been processed since the start.
  public var eventsProcessed: Int { model.eventsProcessed }

  /// Processes events up to and including `until`, at most `maxEvents` of them.
  ///
  /// When the budget runs out first, `now` stays at the last processed event and the report
  /// says the target was not reached; the next call carries on exactly where this one stopped.
  @discardableResult
  public func run(until target: SimTime, maxEvents: Int = .max) -> RunReport {
    model.run(until: target, maxEvents: maxEvents)
  }

  /// Trains that have left their origin and not yet arrived (cheap; no snapshot needed).
  public var trainsInTransit: Int { model.inTransit.trains }

  /// Events logged since the previous call, oldest first (the caller streams or drops them).
  ///
  /// Up to 100,000 undrained events are kept (older ones are dropped); a caller that only
  /// reads `snapshot().recentEvents` can set `keepsEventsForDrain` to false.
  public func drainEvents() -> [SimEvent] { model.eventLog.drain() }

  /// Whether events are kept for `drainEvents()` (default true). The snapshot's recent-event
  /// window is kept either way.
  public var keepsEventsForDrain: Bool {
    get { model.eventLog.keepsPending }
    set {
      model.eventLog.keepsPending = newValue
      if !newValue { _ = model.eventLog.drain() }
    }
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
