import DequeModule

/// The corridor simulation: a discrete-event engine over a `Scenario`.
///
/// Pure and deterministic: integer time, one seeded generator (`RandomSource`), a heap of
/// (time, priority, sequence), no clock, no I/O. `run(until:maxEvents:)` gives the same state
/// and event log whether called once or in many slices; only `snapshot()`'s interpolation of
/// positions between events depends on `now`. The model is described in docs/MODEL.md.
public final class Simulation {
  public let scenario: Scenario
  public let seed: UInt64
  /// Sim time reached so far.
  public private(set) var now: SimTime = .zero

  /// How many events have been processed since the start.
  public private(set) var eventsProcessed = 0

  let network: CompiledNetwork
  let plans: [ServicePlan]
  let timetables: [Timetable]
  /// Category ids in scenario order, and per plan the cumulative weights of its cargo mix.
  let categoryIndex: [String: Int32]
  let cargoMixes: [[(category: Int32, cumulativeWeight: Double)]]

  var random: RandomSource
  var queue = EventQueue()
  /// Trains by slot; a retired train's slot is nil until reused. The snapshot orders the live
  /// ones by id itself (`SnapshotCache.order`), so forming and retiring are O(1) here.
  var trains: [TrainState?] = []
  var freeSlots: [Int32] = []
  var resources: [FIFOResource] = []
  /// Per station: resource index for each step kind, or -1.
  var customsResource: [Int] = []
  var gaugeResource: [Int] = []
  var crewResource: [Int] = []
  var unloadingResource: [Int] = []
  /// Earliest time the next train may enter each track (segment × direction).
  var trackFreeAt: [Int64] = []
  /// Earliest time the next train may reach the far end of each track: the arrival of the one
  /// before plus the headway, so no train overtakes another on one track.
  var trackClearAt: [Int64] = []
  /// Receiving yards of stations with a `yardCapacity` (see `Simulation+Yards.swift`).
  var yards: YardBook
  /// Boxes left behind at gauge changes, by terminal and destination (`Simulation+Backlogs`).
  var backlogs = BacklogBook()
  /// Relief trains' plans: a service's path cut to start at a terminal, made when first needed.
  var reliefPlans: [ReliefPlanKey: ServicePlan] = [:]
  /// Speed multiplier per gauge from winter slowdowns in force.
  var winterFactorStandard = 1.0
  var winterFactorBroad = 1.0
  var winterActive: [Bool] = []
  var activeDisruptions: [ActiveDisruption] = []
  var eventLog = EventLog()
  var kpis = KPITracker()
  var inTransit: InTransitTally
  /// The corridor's days (see `CorridorCalendar`).
  public let calendar: CorridorCalendar
  /// Names for turning events into text, handed out with every snapshot.
  public let eventText: EventText
  /// Bumped whenever a train is formed or retired, so cached train snapshots know their rows
  /// still line up.
  var rosterChanges = 0
  /// The formings and retirements behind the latest `rosterChanges`, for the snapshot's order.
  var rosterEdits = RosterEdits()
  var snapshotCache = SnapshotCache()
  /// Train slots written since the snapshot last read them (see `TrainChanges`).
  let trainChanges = TrainChanges()
  /// When true, `snapshot()` computes every part afresh: the reference its caches are tested
  /// against.
  var bypassesSnapshotCaches = false
  var identifiers = TrainIdentifiers()

  /// Loading starts this long before the timetabled departure (est.: a block train is loaded
  /// in a shift).
  static let loadingLeadSeconds: Int64 = 6 * 3_600
  /// Arrived trains stay visible this long.
  static let retireAfterSeconds: Int64 = 86_400
  /// A relief train leaves its terminal this long after it is formed (est.: marshalling a
  /// block of waiting boxes, brake test).
  static let reliefFormingSeconds: Int64 = 4 * 3_600

  public init(scenario: Scenario, seed: UInt64) {
    self.scenario = scenario
    self.seed = seed
    random = RandomSource(seed: seed)
    let network = CompiledNetwork(scenario: scenario)
    self.network = network
    var plans: [ServicePlan] = []
    for (i, service) in scenario.services.enumerated() {
      let route =
        scenario.routes.first { $0.id == service.route } ?? Route(id: "", name: "", stations: [])
      plans.append(
        ServicePlan(
          serviceIndex: i, service: service, network: network, route: route,
          unloading: scenario.unloading, winterSpeed: Simulation.winterSpeed(scenario)))
    }
    self.plans = plans
    timetables = scenario.services.map {
      Timetable(
        epochUnix: scenario.epochUnix, utcOffsetSeconds: $0.utcOffsetSeconds,
        departures: $0.departures)
    }
    var categories: [String: Int32] = [:]
    for (i, category) in scenario.cargoCategories.enumerated() where categories[category.id] == nil
    {
      categories[category.id] = Int32(i)
    }
    categoryIndex = categories
    inTransit = InTransitTally(categoryCount: scenario.cargoCategories.count)
    cargoMixes = scenario.services.map { service in
      var total = 0.0
      return service.cargoMix.compactMap { share in
        guard let index = categories[share.category], share.weight > 0 else { return nil }
        total += share.weight
        return (index, total)
      }
    }
    calendar = CorridorCalendar(scenario)
    eventText = EventText(scenario: scenario)
    yards = YardBook(stations: scenario.stations)
    buildResources()
    trackFreeAt = Array(repeating: .min, count: scenario.segments.count * 2)
    trackClearAt = Array(repeating: .min, count: scenario.segments.count * 2)
    winterActive = Array(repeating: false, count: scenario.disruptions.count)
    scheduleInitialEvents()
  }

  /// Processes events up to and including `until`, at most `maxEvents` of them.
  ///
  /// When the budget runs out first, `now` stays at the last processed event and the report
  /// says the target was not reached; the next call carries on exactly where this one stopped.
  @discardableResult
  public func run(until target: SimTime, maxEvents: Int = .max) -> RunReport {
    var processed = 0
    while processed < maxEvents, let time = queue.nextTime, time <= target.seconds {
      guard let event = queue.popMin() else { break }
      if event.time > now.seconds { now = SimTime(seconds: event.time) }
      handle(event.action)
      processed += 1
    }
    eventsProcessed += processed
    let caughtUp = (queue.nextTime ?? .max) > target.seconds
    if caughtUp, target > now { now = target }
    return RunReport(reached: now, eventsProcessed: processed, reachedTarget: caughtUp)
  }

  /// Trains that have left their origin and not yet arrived (cheap; no snapshot needed).
  public var trainsInTransit: Int { inTransit.trains }

  /// Events logged since the previous call, oldest first (the caller streams or drops them).
  ///
  /// Up to 100,000 undrained events are kept (older ones are dropped); a caller that only
  /// reads `snapshot().recentEvents` can set `keepsEventsForDrain` to false.
  public func drainEvents() -> [SimEvent] { eventLog.drain() }

  /// Whether events are kept for `drainEvents()` (default true). The snapshot's recent-event
  /// window is kept either way.
  public var keepsEventsForDrain: Bool {
    get { eventLog.keepsPending }
    set {
      eventLog.keepsPending = newValue
      if !newValue { _ = eventLog.drain() }
    }
  }

  private func handle(_ action: EngineAction) {
    switch action {
    case .formTrain(let service, let departure):
      formTrain(service: Int(service), departure: departure)
    case .departOrigin(let train): departOrigin(train)
    case .arriveAtStation(let train): arriveAtStation(train)
    case .stepFinished(let train): stepFinished(train)
    case .pathOpens(let train): leaveStation(train)
    case .retireTrain(let train): retire(train)
    case .backlogDue(let station): sendReliefTrains(at: Int(station))
    case .disruptionStarts(let rate): disruptionStarts(rate: Int(rate))
    case .disruptionEnds(let rate, let startedAt):
      disruptionEnds(rate: Int(rate), startedAt: startedAt)
    case .monthBegins: monthBegins()
    }
  }

  /// The speed factor per gauge with every winter slowdown in force (the winter timetable's).
  static func winterSpeed(_ scenario: Scenario) -> (standard: Double, broad: Double) {
    var speed = (standard: 1.0, broad: 1.0)
    for rate in scenario.disruptions where rate.kind == .winterSlowdown {
      let factor = SaneValue.clamp(rate.speedFactor, 0.05...1, fallback: 1)
      if rate.gauge != .broad { speed.standard = min(speed.standard, factor) }
      if rate.gauge != .standard { speed.broad = min(speed.broad, factor) }
    }
    return speed
  }

  /// The winter timetable's speed factors of this simulation's scenario.
  var winterSpeed: (standard: Double, broad: Double) { Simulation.winterSpeed(scenario) }

  private func scheduleInitialEvents() {
    for (i, timetable) in timetables.enumerated() where !plans[i].legs.isEmpty {
      if let departure = timetable.nextDeparture(after: -1) {
        queue.schedule(
          .formTrain(service: Int32(i), departure: departure),
          at: max(0, departure - Simulation.loadingLeadSeconds), priority: EventPriority.formTrain)
      }
    }
    scheduleDisruptionStarts()
    queue.schedule(.monthBegins, at: 0, priority: EventPriority.disruption)
  }
}

/// Tie-break order of events at the same second: disruptions first, so a closure starting at
/// the same instant as an arrival is already in force.
enum EventPriority {
  static let disruption: UInt8 = 0
  static let stepFinished: UInt8 = 2
  static let movement: UInt8 = 3
  static let departOrigin: UInt8 = 4
  static let formTrain: UInt8 = 5
  static let retire: UInt8 = 6
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
