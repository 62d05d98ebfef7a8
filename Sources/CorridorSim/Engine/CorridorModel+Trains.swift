/// Train lifecycle: forming and loading, departure. Moving between stops is in
/// `CorridorModel+Movement.swift`, station steps in `CorridorModel+Stations.swift`, arrival
/// and hand-off in `CorridorModel+Delivery.swift`; retiring is `Roster.retire`.
extension CorridorModel {
  // These three are always inlined: a handler calling a non-mutating method of the model
  // that is not inlined passes the whole model by value, a copy of it on the stack.

  /// The plan the train in `slot` runs.
  @inline(__always)
  func plan(of slot: Int32) -> ServicePlan { plans[roster[slot].plan] }

  /// The station index of stop `i` of the train in `slot`.
  @inline(__always)
  func station(of slot: Int32, stop i: Int) -> Int { plans[roster[slot].plan].stops[i] }

  /// Whether the train in `slot` stands at or last left its destination.
  @inline(__always)
  func isAtFinalStop(_ slot: Int32) -> Bool {
    roster[slot].stopIndex == plans[roster[slot].plan].stops.count - 1
  }

  /// A timetable slot comes up: form the train, load it, and schedule the service's next one.
  mutating func formTrain(service serviceIndex: Int, departure: Int64) {
    let plan = plans[serviceIndex]
    let timing = plannedTiming(plan, departure: departure)
    let containers = loadContainers(plan: plan, departure: departure, timing: timing)
    let date = timetables[serviceIndex].monthDay(of: departure)
    let id = identifiers.next(
      prefix: plan.service.trainPrefix, month: date.month, day: date.day,
      simDay: SimCalendar.floorDiv(departure, 86_400))
    let slot = roster.insert(
      Train(
        id: id, plan: serviceIndex, direction: plan.service.direction,
        plannedDeparture: departure, plannedTransitSeconds: timing.transitSeconds,
        containers: containers,
        categories: scenario.cargoCategories),
      stops: plan.stops.count)
    eventLog.append(
      time: now.seconds, kind: .loadingStarted, severity: .info, train: id,
      station: plan.stops[0], containers: containers.count,
      detail: .service(Int32(serviceIndex)))
    queue.schedule(
      .departOrigin(train: slot), at: max(now.seconds, departure),
      priority: EventPriority.departOrigin)
    if let next = timetables[serviceIndex].nextDeparture(after: departure) {
      queue.schedule(
        .formTrain(departure: next, service: Int32(serviceIndex)),
        at: max(now.seconds, next - CorridorModel.loadingLeadSeconds),
        priority: EventPriority.formTrain)
    }
  }

  /// The timetable a departure runs to: the winter one when it leaves in a month of a winter
  /// slowdown (the slowdowns are in the calendar, so the timetable knows them).
  func plannedTiming(_ plan: ServicePlan, departure: Int64) -> PlannedTiming {
    let month = SimCalendar.month(ofUnix: scenario.epochUnix + departure)
    let winter = scenario.disruptions.contains {
      $0.kind == .winterSlowdown && $0.months.contains(month)
    }
    return winter ? plan.winter : plan.summer
  }

  /// Containers for a new train: count = first-section limit × load factor, jittered ±15 %;
  /// each box's category from the service's weighted mix, its tonnes, parcels and value uniform
  /// in the category's ranges.
  private mutating func loadContainers(plan: ServicePlan, departure: Int64, timing: PlannedTiming)
    -> [Container]
  {
    let mix = cargoMixes[plan.serviceIndex]
    guard let totalWeight = mix.last?.cumulativeWeight, totalWeight > 0 else { return [] }
    let jitter = random.uniform(0.85...1.15)
    let count = min(plan.firstLimit, max(1, Int((plan.nominalFEU * jitter).rounded())))
    let destination = Int32(plan.stops.last ?? 0)
    let lateAfter = SaneValue.sum(
      SaneValue.sum(departure, timing.transitSeconds), plan.service.onTimeToleranceSeconds)
    var containers: [Container] = []
    containers.reserveCapacity(count)
    for _ in 0..<count {
      let pick = random.unit() * totalWeight
      let categoryIndex =
        mix.first { pick < $0.cumulativeWeight }?.category ?? mix[mix.count - 1].category
      // Ranges read in place: a copied `CargoCategory` would retain its id and name.
      let c = Int(categoryIndex)
      let tonnes = random.uniform(scenario.cargoCategories[c].grossTonnes)
      let parcels = random.uniform(scenario.cargoCategories[c].parcelsPerFEU)
      let value = random.uniform(scenario.cargoCategories[c].valuePerFEU)
      containers.append(
        Container(
          category: categoryIndex, tonnes: Float(tonnes), parcels: Int32(clamping: parcels),
          valueUSD: Float(value), destination: destination, service: Int32(plan.serviceIndex),
          departed: departure, lateAfter: lateAfter))
    }
    return containers
  }

  /// Loading is done (or a relief train is marshalled): the train leaves its origin.
  mutating func departOrigin(_ slot: Int32) {
    guard roster.contains(slot) else { return }
    roster[slot].departedAt = now.seconds
    inTransit.add(roster[slot].consist, roster[slot].direction)
    eventLog.append(
      time: now.seconds, kind: .departed, severity: .notice, train: roster[slot].id,
      station: station(of: slot, stop: 0), containers: roster[slot].containers.count)
    requestPath(slot)
  }
}
