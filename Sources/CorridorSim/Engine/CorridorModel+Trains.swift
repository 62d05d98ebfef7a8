/// Train lifecycle: forming and loading, departure, retirement. Moving between stops is in
/// `Simulation+Movement.swift`, station steps in `Simulation+Stations.swift`, arrival and
/// hand-off in `Simulation+Delivery.swift`.
extension Simulation {
  func train(_ slot: Int32) -> TrainState? {
    Int(slot) < trains.count ? trains[Int(slot)] : nil
  }

  /// A timetable slot comes up: form the train, load it, and schedule the service's next one.
  func formTrain(service serviceIndex: Int, departure: Int64) {
    let plan = plans[serviceIndex]
    let timing = plannedTiming(plan, departure: departure)
    let containers = loadContainers(plan: plan, departure: departure, timing: timing)
    let date = timetables[serviceIndex].monthDay(of: departure)
    let id = identifiers.next(
      prefix: plan.service.trainPrefix, month: date.month, day: date.day,
      simDay: SimCalendar.floorDiv(departure, 86_400))
    let slot = insertTrain(
      TrainState(
        id: id, plan: plan, plannedDeparture: departure,
        plannedTransitSeconds: timing.transitSeconds, containers: containers,
        timeline: plannedTimeline(plan, departure: departure, timing: timing),
        changes: trainChanges))
    eventLog.append(
      time: now.seconds, kind: .loadingStarted, severity: .info, train: id,
      station: plan.stops[0], containers: containers.count,
      detail: .service(Int32(serviceIndex)))
    queue.schedule(
      .departOrigin(train: slot), at: max(now.seconds, departure),
      priority: EventPriority.departOrigin)
    if let next = timetables[serviceIndex].nextDeparture(after: departure) {
      queue.schedule(
        .formTrain(service: Int32(serviceIndex), departure: next),
        at: max(now.seconds, next - Simulation.loadingLeadSeconds),
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

  /// The planned stop times of a train of `plan` leaving at `departure`.
  func plannedTimeline(_ plan: ServicePlan, departure: Int64, timing: PlannedTiming)
    -> [StopTime]
  {
    plan.stops.indices.map { i in
      StopTime(
        station: network.stations[plan.stops[i]].id,
        plannedArrival: SimTime(seconds: SaneValue.sum(departure, timing.arrivalOffsets[i])),
        plannedDeparture: SimTime(seconds: SaneValue.sum(departure, timing.departureOffsets[i])))
    }
  }

  /// Containers for a new train: count = first-section limit × load factor, jittered ±15 %;
  /// each box's category from the service's weighted mix, its tonnes, parcels and value uniform
  /// in the category's ranges.
  private func loadContainers(plan: ServicePlan, departure: Int64, timing: PlannedTiming)
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
      let category = scenario.cargoCategories[Int(categoryIndex)]
      containers.append(
        Container(
          category: categoryIndex, tonnes: Float(random.uniform(category.grossTonnes)),
          parcels: Int32(clamping: random.uniform(category.parcelsPerFEU)),
          valueUSD: Float(random.uniform(category.valuePerFEU)), destination: destination,
          service: Int32(plan.serviceIndex), departed: departure, lateAfter: lateAfter))
    }
    return containers
  }

  /// Puts a new train in a free slot and tells the snapshot's order about it: O(1).
  func insertTrain(_ state: TrainState) -> Int32 {
    let slot: Int32
    if let free = freeSlots.popLast() {
      slot = free
      trains[Int(free)] = state
    } else {
      slot = Int32(trains.count)
      trains.append(state)
    }
    state.slot = slot
    state.consist = consistTotals(of: state.containers)
    rosterChanges += 1
    rosterEdits.record(.formed(slot))
    return slot
  }

  /// Loading is done (or a relief train is marshalled): the train leaves its origin.
  func departOrigin(_ slot: Int32) {
    guard let state = train(slot) else { return }
    state.departedAt = now.seconds
    inTransit.add(state)
    eventLog.append(
      time: now.seconds, kind: .departed, severity: .notice, train: state.id,
      station: state.plan.stops[0], containers: state.containers.count)
    requestPath(slot, state)
  }

  /// Takes a handed-off train off the roster a day after it arrived: O(1).
  func retire(_ slot: Int32) {
    guard train(slot) != nil else { return }
    trains[Int(slot)] = nil
    freeSlots.append(slot)
    rosterChanges += 1
    rosterEdits.record(.retired(slot))
  }
}
