/// Train lifecycle: forming and loading, departure, running between stations, arrival,
/// retirement. Station steps (customs, gauge change, dwell, unloading) are in
/// `Simulation+Stations.swift`.
extension Simulation {
  func train(_ slot: Int32) -> TrainState? {
    Int(slot) < trains.count ? trains[Int(slot)] : nil
  }

  func stationName(_ index: Int) -> String { network.stations[index].name }

  /// A timetable slot comes up: form the train, load it, and schedule the service's next one.
  func formTrain(service serviceIndex: Int, departure: Int64) {
    let plan = plans[serviceIndex]
    let service = plan.service
    let containers = loadContainers(plan: plan)
    let date = timetables[serviceIndex].monthDay(of: departure)
    let id = identifiers.next(
      prefix: service.trainPrefix, month: date.month, day: date.day,
      simDay: SimCalendar.floorDiv(departure, 86_400))
    let timeline = plan.stops.indices.map { i in
      StopTime(
        station: network.stations[plan.stops[i]].id,
        plannedArrival: SimTime(
          seconds: departure
            + SaneValue.seconds(plan.expectedArrivalOffset[i] * plan.plannedScale)),
        plannedDeparture: SimTime(
          seconds: departure
            + SaneValue.seconds(plan.expectedDepartureOffset[i] * plan.plannedScale)))
    }
    let state = TrainState(
      id: id, plan: plan, plannedDeparture: departure, containers: containers, timeline: timeline,
      changes: trainChanges)
    state.consist = consistTotals(of: containers)
    let slot = insertTrain(state)
    let origin = plan.stops[0]
    eventLog.append(
      time: now.seconds, kind: .loadingStarted, severity: .info, train: id,
      station: network.stations[origin].id, containers: containers.count,
      message: "\(id) loading \(containers.count) FEU at \(stationName(origin)) for \(service.name)"
    )
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

  /// Containers for a new train: count = first-section limit × load factor, jittered ±15 %;
  /// each box's category from the service's weighted mix, its tonnes, parcels and value uniform
  /// in the category's ranges.
  private func loadContainers(plan: ServicePlan) -> [Container] {
    let mix = cargoMixes[plan.serviceIndex]
    guard let totalWeight = mix.last?.cumulativeWeight, totalWeight > 0 else { return [] }
    let jitter = random.uniform(0.85...1.15)
    let count = min(plan.firstLimit, max(1, Int((plan.nominalFEU * jitter).rounded())))
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
          valueUSD: Float(random.uniform(category.valuePerFEU))))
    }
    return containers
  }

  private func insertTrain(_ state: TrainState) -> Int32 {
    let slot: Int32
    if let free = freeSlots.popLast() {
      slot = free
      trains[Int(free)] = state
    } else {
      slot = Int32(trains.count)
      trains.append(state)
    }
    state.slot = slot
    var low = 0
    var high = liveOrder.count
    while low < high {
      let mid = (low + high) / 2
      if let other = trains[Int(liveOrder[mid])], other.id < state.id {
        low = mid + 1
      } else {
        high = mid
      }
    }
    liveOrder.insert(slot, at: low)
    rosterChanges += 1
    rosterEdits.record(.inserted(at: low))
    return slot
  }

  func departOrigin(_ slot: Int32) {
    guard let state = train(slot) else { return }
    state.departedAt = now.seconds
    inTransit.add(state)
    let origin = state.plan.stops[0]
    eventLog.append(
      time: now.seconds, kind: .departed, severity: .notice, train: state.id,
      station: network.stations[origin].id, containers: state.containers.count,
      message: "\(state.id) departed \(stationName(origin)) with \(state.containers.count) FEU")
    requestPath(slot, state)
  }

  /// Reserves the next segment in this direction: the train enters at the later of now and
  /// the track's next free slot, then the slot moves on by the headway (FIFO by request).
  func requestPath(_ slot: Int32, _ state: TrainState) {
    let leg = state.plan.legs[state.stopIndex]
    guard leg.track >= 0 else { return leaveStation(slot) }
    let entry = max(now.seconds, trackFreeAt[leg.track])
    trackFreeAt[leg.track] = entry + leg.headwaySeconds
    guard entry > now.seconds else { return leaveStation(slot) }
    state.phase = .waitingForPath(opens: entry)
    state.status = .waitingForPath
    state.waitAtStop += entry - now.seconds
    let here = state.plan.stops[state.stopIndex]
    let next = state.plan.stops[state.stopIndex + 1]
    eventLog.append(
      time: now.seconds, kind: .pathWait, severity: .info, train: state.id,
      station: network.stations[here].id,
      message:
        "\(state.id) waits \(minutes(entry - now.seconds)) min for a path "
        + "\(stationName(here)) → \(stationName(next))"
    )
    queue.schedule(.pathOpens(train: slot), at: entry, priority: EventPriority.movement)
  }

  /// The train leaves its current stop onto the next leg.
  func leaveStation(_ slot: Int32) {
    guard let state = train(slot) else { return }
    let plan = state.plan
    let i = state.stopIndex
    let stationIndex = plan.stops[i]
    let station = network.stations[stationIndex]
    state.timeline[i].actualDeparture = now
    if i > 0 {
      if station.kind == .border || station.kind == .gaugeChange {
        kpis.recordWait(station: stationIndex, seconds: state.waitAtStop)
      }
      if station.kind != .junction {
        eventLog.append(
          time: now.seconds, kind: .stationDeparted, severity: .info, train: state.id,
          station: station.id, message: "\(state.id) left \(station.name)")
      }
    }
    let travel = travelSeconds(plan.legs[i])
    state.phase = .running(departed: now.seconds, arrives: now.seconds + travel)
    state.status = .running
    queue.schedule(
      .arriveAtStation(train: slot), at: now.seconds + travel, priority: EventPriority.movement)
  }

  func arriveAtStation(_ slot: Int32) {
    guard let state = train(slot) else { return }
    let plan = state.plan
    let previous = network.stations[plan.stops[state.stopIndex]]
    if case .passing(_, let departs, _) = state.phase {
      state.timeline[state.stopIndex].actualDeparture = SimTime(seconds: departs)
    }
    state.stopIndex += 1
    state.waitAtStop = 0
    let i = state.stopIndex
    let station = network.stations[plan.stops[i]]
    state.timeline[i].actualArrival = now
    if previous.country != station.country {
      // Name the crossing after the border station of the pair, whichever side it is on.
      let border = previous.kind == .border && station.kind != .border ? previous : station
      eventLog.append(
        time: now.seconds, kind: .borderCrossed, severity: .info, train: state.id,
        station: border.id,
        message: "\(state.id) crossed \(previous.country)→\(station.country) at \(border.name)")
    }
    if plan.passesThrough[i] { return passThrough(slot, state) }
    if state.isFinalStop {
      recordArrival(state)
    } else if station.kind != .junction && !plan.steps[i].isEmpty {
      eventLog.append(
        time: now.seconds, kind: .stationArrived, severity: .info, train: state.id,
        station: station.id, message: "\(state.id) arrived at \(station.name)")
    }
    beginStep(slot, state, step: 0)
  }

  /// A plain junction: draw the crew dwell, reserve the next path for when it ends, and
  /// schedule the arrival at the next stop, all at once. Paths are reserved in order of
  /// arrival at the junction (FIFO), as a dispatcher plans them.
  private func passThrough(_ slot: Int32, _ state: TrainState) {
    let i = state.stopIndex
    let station = network.stations[state.plan.stops[i]]
    let ready = now.seconds + (station.dwell?.sample(using: &random) ?? 0)
    let leg = state.plan.legs[i]
    var departs = ready
    if leg.track >= 0 {
      departs = max(ready, trackFreeAt[leg.track])
      trackFreeAt[leg.track] = departs + leg.headwaySeconds
    }
    if departs > ready {
      state.waitAtStop += departs - ready
      let next = state.plan.stops[i + 1]
      eventLog.append(
        time: now.seconds, kind: .pathWait, severity: .info, train: state.id, station: station.id,
        message:
          "\(state.id) will wait \(minutes(departs - ready)) min for a path "
          + "\(station.name) → \(stationName(next))"
      )
    }
    let arrives = departs + travelSeconds(leg)
    state.phase = .passing(dwellUntil: ready, departs: departs, arrives: arrives)
    state.status = .dwelling
    queue.schedule(.arriveAtStation(train: slot), at: arrives, priority: EventPriority.movement)
  }

  /// Running time of a leg at the current winter speed factor of its gauge.
  func travelSeconds(_ leg: PlannedLeg) -> Int64 {
    let factor = leg.gauge == .broad ? winterFactorBroad : winterFactorStandard
    return max(1, SaneValue.seconds(leg.nominalSeconds / max(factor, 0.05)))
  }

  private func recordArrival(_ state: TrainState) {
    if state.isInTransit { inTransit.remove(state) }
    state.arrivedAt = now.seconds
    let departed = state.departedAt ?? state.plannedDeparture
    let transit = now.seconds - departed
    let late = now.seconds - state.plannedArrival
    let onTime = late <= state.plan.service.onTimeToleranceSeconds
    kpis.recordArrival(
      time: now.seconds, teu: state.containers.count * 2, direction: state.direction,
      transitSeconds: transit, onTime: onTime)
    let station = network.stations[state.plan.stops[state.stopIndex]]
    let days = Double(transit) / 86_400
    let lateHours = Double(late) / 3_600
    eventLog.append(
      time: now.seconds, kind: .arrived, severity: onTime ? .notice : .warning, train: state.id,
      station: station.id, containers: state.containers.count,
      message: "\(state.id) arrived at \(station.name) after \(oneDecimal(days)) days"
        + (late > 0 ? " (\(oneDecimal(lateHours)) h late)" : " (on time)"))
  }

  /// All steps at the destination are done: the train is handed off and later retired.
  func finishJourney(_ slot: Int32, _ state: TrainState) {
    state.phase = .arrived
    state.status = .arrived
    state.timeline[state.stopIndex].actualDeparture = now
    let retireAt = max(
      now.seconds, (state.arrivedAt ?? now.seconds) + Simulation.retireAfterSeconds)
    queue.schedule(.retireTrain(train: slot), at: retireAt, priority: EventPriority.retire)
  }

  func retire(_ slot: Int32) {
    guard train(slot) != nil else { return }
    trains[Int(slot)] = nil
    freeSlots.append(slot)
    let position = liveOrder.firstIndex(of: slot)
    if let position { liveOrder.remove(at: position) }
    rosterChanges += 1
    rosterEdits.record(position.map { .removed(at: $0) })
  }

  func minutes(_ seconds: Int64) -> Int64 { (seconds + 59) / 60 }

  func oneDecimal(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "?" }
    let tenths = Int64((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
