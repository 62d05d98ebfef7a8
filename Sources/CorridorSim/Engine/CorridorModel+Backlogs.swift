/// Re-forming trains at gauge changes, and the way out for the boxes that did not fit.
///
/// After transshipment a train is cut to the next section's limit; the extra boxes wait in the
/// terminal's backlog for their destination. Any later train towards that destination with
/// room takes them, oldest first ("split/merge at gauge-change terminals", facts §2.2), and when
/// a line holds a full train's worth, or its oldest box has waited `reliefAfterSeconds`, the
/// terminal sends them on as an extra block train (a relief train): no box is stranded.
extension CorridorModel {
  /// A box waits at most this long in a backlog before a relief train takes it (est.).
  static let reliefAfterSeconds: Int64 = 7 * 86_400

  mutating func rebalanceAfterTransshipment(_ slot: Int32, station: Int, nextLeg: Int) {
    let plan = plan(of: slot)
    let limit = plan.legLimit[nextLeg]
    let line = BacklogBook.Line(station: station, destination: plan.stops.last ?? station)
    let boxes = roster[slot].consist.feu
    if boxes > limit {
      let extra = boxes - limit
      backlogs.leave(roster[slot].containers.suffix(extra), in: line, at: now.seconds)
      reformConsist(slot, .leaveBehind(extra))
      eventLog.append(
        time: now.seconds, kind: .containersLeftBehind, severity: .warning,
        train: roster[slot].id, station: station, containers: extra,
        detail: .leftBehind(limit: Int32(limit), backlog: Int32(clamping: backlogs.count(line))))
      // However rarely trains pass here, these boxes leave within the relief period.
      queue.schedule(
        .backlogDue(station: Int32(station)), at: now.seconds + Self.reliefAfterSeconds,
        priority: EventPriority.formTrain)
    } else if backlogs.count(line) > 0, boxes < limit {
      let picked = backlogs.take(upTo: limit - boxes, from: line)
      reformConsist(slot, .pickUp(picked))
      eventLog.append(
        time: now.seconds, kind: .backlogPickedUp, severity: .notice, train: roster[slot].id,
        station: station, containers: picked.count,
        detail: .backlog(left: Int32(clamping: backlogs.count(line))))
    }
    sendReliefTrains(at: station)
  }

  /// Forms a relief train for each backlog line at `station` that is a full train or whose
  /// oldest box has waited too long.
  mutating func sendReliefTrains(at station: Int) {
    for line in backlogs.lines(at: station) {
      guard let oldest = backlogs.oldestSince(line) else { continue }
      let service = backlogs.firstService(line)
      guard let plan = reliefPlan(service: service, from: station, to: line.destination) else {
        continue
      }
      let due = backlogs.count(line) >= plans[plan].firstLimit
      let overdue = now.seconds - oldest >= CorridorModel.reliefAfterSeconds
      if due || overdue { formReliefTrain(plan, line: line) }
    }
  }

  private mutating func formReliefTrain(_ planIndex: Int, line: BacklogBook.Line) {
    let plan = plans[planIndex]
    let containers = backlogs.take(upTo: plan.firstLimit, from: line)
    let departure = now.seconds + CorridorModel.reliefFormingSeconds
    let date = timetables[plan.serviceIndex].monthDay(of: departure)
    let id = identifiers.next(
      prefix: plan.service.trainPrefix, month: date.month, day: date.day,
      simDay: SimCalendar.floorDiv(departure, 86_400))
    let timing = plannedTiming(plan, departure: departure)
    let slot = roster.insert(
      Train(
        id: id, plan: planIndex, direction: plan.service.direction, plannedDeparture: departure,
        plannedTransitSeconds: timing.transitSeconds, containers: containers,
        categories: scenario.cargoCategories, isRelief: true),
      stops: plan.stops.count)
    eventLog.append(
      time: now.seconds, kind: .reliefTrainFormed, severity: .notice, train: id,
      station: line.station, containers: containers.count,
      detail: .backlog(left: Int32(clamping: backlogs.count(line))))
    queue.schedule(.departOrigin(train: slot), at: departure, priority: EventPriority.departOrigin)
  }

  /// The index in `plans` of the path of `service` cut to start at `station` (made once and
  /// kept), or nil when the service does not pass there on its way to `destination`.
  private mutating func reliefPlan(service index: Int, from station: Int, to destination: Int)
    -> Int?
  {
    let key = ReliefPlanKey(service: index, station: station)
    if let plan = reliefPlans[key] { return plan }
    let full = plans[index]
    guard let stop = full.stops.firstIndex(of: station), stop < full.stops.count - 1,
      full.stops.last == destination
    else { return nil }
    var service = full.service
    service.name = full.service.name + " (relief)"
    service.trainPrefix = full.service.trainPrefix + "R"
    service.fromStation = network.stations[station].id
    service.toStation = network.stations[destination].id
    service.sectionLimitsFEU = Self.sectionLimits(full, from: stop)
    service.plannedTransitSeconds = 0  // the model's own timetable for the rest of the way
    let route =
      scenario.routes.first { $0.id == service.route } ?? Route(id: "", name: "", stations: [])
    plans.append(
      ServicePlan(
        serviceIndex: index, service: service, network: network, route: route,
        unloading: scenario.unloading, winterSpeed: winterSpeed))
    reliefPlans[key] = plans.count - 1
    return plans.count - 1
  }

  /// The FEU limits of the gauge sections of `plan`'s path from stop `stop` on.
  private static func sectionLimits(_ plan: ServicePlan, from stop: Int) -> [Int] {
    var limits: [Int] = []
    for leg in stop..<plan.legs.count where leg == stop || plan.legs[leg].gauge != plan.legs[leg - 1].gauge {
      limits.append(plan.legLimit[leg])
    }
    return limits
  }
}

/// Which relief plan: a service's path from a terminal.
struct ReliefPlanKey: Hashable {
  var service: Int
  var station: Int
}
