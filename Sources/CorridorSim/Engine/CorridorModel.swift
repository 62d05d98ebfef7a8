/// Everything a `Simulation` changes as events fire, and the event handlers that change it.
///
/// A value, not an object: `Simulation.run` makes one call on its stored model, and every
/// handler is a `mutating` method, so inside the event loop each access to the model's
/// fields is checked for exclusivity at compile time, not at run time (a class's stored
/// `var`s cost a dynamic check, and often a retain, on every access). Trains are values in
/// the `Roster`, stations are read from `CompiledNetwork.compiled` and plans by index, so
/// handling an event copies no struct with strings and retains nothing.
///
/// The handlers are in the `CorridorModel+…` files: trains (forming, departure, retirement),
/// movement, station steps, backlogs, delivery, disruptions; the snapshot reads the model
/// (`CorridorModel+TrainSnapshot`, `Simulation+Snapshot`).
struct CorridorModel {
  // MARK: Fixed after init

  let scenario: Scenario
  let network: CompiledNetwork
  let timetables: [Timetable]
  /// Category ids in scenario order, and per plan the cumulative weights of its cargo mix.
  let categoryIndex: [String: Int32]
  let cargoMixes: [[(category: Int32, cumulativeWeight: Double)]]
  /// The corridor's days (see `CorridorCalendar`).
  let calendar: CorridorCalendar
  /// The speed factor per gauge with every winter slowdown in force (the winter timetable's).
  let winterSpeed: (standard: Double, broad: Double)

  // MARK: Changed by events

  /// Sim time reached so far.
  var now: SimTime = .zero
  /// How many events have been processed since the start.
  var eventsProcessed = 0
  var random: RandomSource
  var queue = EventQueue()
  /// The services' plans by service index, then relief plans as they are first needed.
  var plans: [ServicePlan]
  /// Relief plans by service and terminal: indices into `plans`.
  var reliefPlans: [ReliefPlanKey: Int] = [:]
  var roster: Roster
  var resources: [FIFOResource] = []
  /// Per station, the resource of each step kind (see `StationResources`).
  var stationResources: [StationResources] = []
  /// Earliest time the next train may enter each track (segment × direction).
  var trackFreeAt: [Int64]
  /// Earliest time the next train may reach the far end of each track: the arrival of the one
  /// before plus the headway, so no train overtakes another on one track.
  var trackClearAt: [Int64]
  /// Receiving yards of stations with a `yardCapacity` (see `Yards.swift`).
  var yards: YardBook
  /// Boxes left behind at gauge changes, by terminal and destination (`CorridorModel+Backlogs`).
  var backlogs = BacklogBook()
  /// Speed multiplier per gauge from winter slowdowns in force.
  var winterFactorStandard = 1.0
  var winterFactorBroad = 1.0
  var winterActive: [Bool]
  var activeDisruptions: [ActiveDisruption] = []
  var eventLog = EventLog()
  var kpis = KPITracker()
  var inTransit: InTransitTally
  var identifiers = TrainIdentifiers()

  /// Loading starts this long before the timetabled departure (est.: a block train is loaded
  /// in a shift).
  static let loadingLeadSeconds: Int64 = 6 * 3_600
  /// Arrived trains stay visible this long.
  static let retireAfterSeconds: Int64 = 86_400
  /// A relief train leaves its terminal this long after it is formed (est.: marshalling a
  /// block of waiting boxes, brake test).
  static let reliefFormingSeconds: Int64 = 4 * 3_600

  init(scenario: Scenario, seed: UInt64) {
    self.scenario = scenario
    random = RandomSource(seed: seed)
    let network = CompiledNetwork(scenario: scenario)
    self.network = network
    let winterSpeed = CorridorModel.winterSpeed(scenario)
    self.winterSpeed = winterSpeed
    plans = scenario.services.enumerated().map { i, service in
      let route =
        scenario.routes.first { $0.id == service.route } ?? Route(id: "", name: "", stations: [])
      return ServicePlan(
        serviceIndex: i, service: service, network: network, route: route,
        unloading: scenario.unloading, winterSpeed: winterSpeed)
    }
    // Relief plans are cuts of these, so no train has more stops than the longest of them.
    roster = Roster(stopsPerTrain: plans.map(\.stops.count).max() ?? 0)
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
    yards = YardBook(stations: scenario.stations)
    trackFreeAt = Array(repeating: .min, count: scenario.segments.count * 2)
    trackClearAt = Array(repeating: .min, count: scenario.segments.count * 2)
    winterActive = Array(repeating: false, count: scenario.disruptions.count)
    buildResources()
    scheduleInitialEvents()
  }

  /// Processes events up to and including `until`, at most `maxEvents` of them (see
  /// `Simulation.run(until:maxEvents:)`).
  mutating func run(until target: SimTime, maxEvents: Int) -> RunReport {
    var processed = 0
    while processed < maxEvents, let time = queue.nextTime, time <= target.seconds {
      guard let event = queue.popMin() else { break }
      if event.time > now.seconds { now = SimTime(seconds: event.time) }
      // The next events' trains are read right after this one: ask now for the lines of the
      // train two events ahead, and for the stop-time book's line of the next one, whose
      // train's lines were asked for an event ago, so they arrive while this event is handled
      // (D79, D82).
      if let next = queue.next?.action.train { roster.prefetchTimes(next) }
      if let after = queue.afterNext?.action.train { roster.prefetch(after) }
      handle(event.action)
      processed += 1
    }
    eventsProcessed += processed
    let caughtUp = (queue.nextTime ?? .max) > target.seconds
    if caughtUp, target > now { now = target }
    return RunReport(reached: now, eventsProcessed: processed, reachedTarget: caughtUp)
  }

  private mutating func handle(_ action: EngineAction) {
    switch action {
    case .formTrain(let departure, let service):
      formTrain(service: Int(service), departure: departure)
    case .departOrigin(let train): departOrigin(train)
    case .arriveAtStation(let train): arriveAtStation(train)
    case .stepFinished(let train): stepFinished(train)
    case .pathOpens(let train): leaveStation(train)
    case .retireTrain(let train): roster.retire(train)
    case .backlogDue(let station): sendReliefTrains(at: Int(station))
    case .disruptionStarts(let rate): disruptionStarts(rate: Int(rate))
    case .disruptionEnds(let startedAt, let rate):
      disruptionEnds(rate: Int(rate), startedAt: startedAt)
    case .monthBegins: monthBegins()
    }
  }

  /// The speed factor per gauge with every winter slowdown in force (the winter timetable's).
  static func winterSpeed(_ scenario: Scenario) -> (standard: Double, broad: Double) {
    winterSpeed(scenario, inForce: { _ in true })
  }

  /// The speed factor per gauge with the winter slowdowns `inForce` (by index) in force: the
  /// slowest on each gauge wins. The running trains and the winter timetable both use it.
  static func winterSpeed(_ scenario: Scenario, inForce: (Int) -> Bool)
    -> (standard: Double, broad: Double)
  {
    var speed = (standard: 1.0, broad: 1.0)
    for (i, rate) in scenario.disruptions.enumerated()
    where rate.kind == .winterSlowdown && inForce(i) {
      let factor = SaneValue.clamp(rate.speedFactor, 0.05...1, fallback: 1)
      if rate.gauge != .broad { speed.standard = min(speed.standard, factor) }
      if rate.gauge != .standard { speed.broad = min(speed.broad, factor) }
    }
    return speed
  }

  private mutating func scheduleInitialEvents() {
    for (i, timetable) in timetables.enumerated() where !plans[i].legs.isEmpty {
      if let departure = timetable.nextDeparture(after: -1) {
        queue.schedule(
          .formTrain(departure: departure, service: Int32(i)),
          at: max(0, departure - CorridorModel.loadingLeadSeconds),
          priority: EventPriority.formTrain)
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
