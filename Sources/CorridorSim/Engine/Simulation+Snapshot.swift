/// `snapshot()`: an immutable picture for views, built without touching the model.
///
/// Cost is O(trains + stations + recent events): timelines and consist totals are stored
/// per train and shared copy-on-write; only positions and ETAs are computed here.
extension Simulation {
  /// An immutable picture of the current state.
  public func snapshot() -> SimSnapshot {
    var trainSnapshots: [TrainSnapshot] = []
    trainSnapshots.reserveCapacity(liveOrder.count)
    for slot in liveOrder {
      guard let state = train(slot) else { continue }
      trainSnapshots.append(trainSnapshot(state))
    }
    return SimSnapshot(
      scenarioName: scenario.name, scenarioTitle: scenario.title, seed: seed,
      epochUnix: scenario.epochUnix, time: now, corridor: network.corridor, trains: trainSnapshots,
      stations: stationSnapshots(), kpis: kpiSnapshot(), recentEvents: Array(eventLog.recent),
      activeDisruptions: activeDisruptions)
  }

  func trainSnapshot(_ state: TrainState) -> TrainSnapshot {
    let plan = state.plan
    let predicted = predictedArrival(state)
    let delay =
      state.arrivedAt.map { $0 - state.plannedArrival } ?? (predicted - state.plannedArrival)
    return TrainSnapshot(
      id: state.id, serviceID: plan.service.id, serviceName: plan.service.name,
      direction: state.direction, status: status(state), position: position(state),
      progress: progress(state), nextStop: nextStop(state),
      departedAt: SimTime(seconds: state.departedAt ?? state.plannedDeparture),
      plannedArrival: SimTime(seconds: state.plannedArrival),
      predictedArrival: SimTime(seconds: predicted),
      arrivedAt: state.arrivedAt.map { SimTime(seconds: $0) }, delaySeconds: delay,
      consist: state.consist, timeline: state.timeline)
  }

  /// The train's status now; a train passing a junction moves through dwelling, waiting for
  /// its path and running without events, so it is read from the phase's times.
  func status(_ state: TrainState) -> TrainStatus {
    guard case .passing(let dwellUntil, let departs, _) = state.phase else { return state.status }
    if now.seconds < dwellUntil { return .dwelling }
    return now.seconds < departs ? .waitingForPath : .running
  }

  /// Departure and arrival times of the leg the train is on now, nil when standing.
  private func runningWindow(_ state: TrainState) -> (departed: Int64, arrives: Int64)? {
    switch state.phase {
    case .running(let departed, let arrives): return (departed, arrives)
    case .passing(_, let departs, let arrives) where now.seconds >= departs:
      return (departs, arrives)
    default: return nil
    }
  }

  /// Fraction 0...1 of the current leg covered, by linear interpolation between the leg's
  /// departure and arrival times (0 when standing).
  private func legFraction(_ state: TrainState) -> Double {
    guard let window = runningWindow(state), window.arrives > window.departed else { return 0 }
    return min(
      1, max(0, Double(now.seconds - window.departed) / Double(window.arrives - window.departed)))
  }

  func position(_ state: TrainState) -> TrainPosition {
    let plan = state.plan
    let i = state.stopIndex
    let here = network.stations[plan.stops[i]]
    guard runningWindow(state) != nil, i + 1 < plan.stops.count else {
      return TrainPosition(
        fromStation: here.id, toStation: here.id, kmAlongSegment: 0, corridorKm: plan.corridorKm[i],
        latitude: here.latitude, longitude: here.longitude)
    }
    let next = network.stations[plan.stops[i + 1]]
    let f = legFraction(state)
    return TrainPosition(
      fromStation: here.id, toStation: next.id, kmAlongSegment: f * plan.legs[i].lengthKm,
      corridorKm: plan.corridorKm[i] + f * (plan.corridorKm[i + 1] - plan.corridorKm[i]),
      latitude: here.latitude + f * (next.latitude - here.latitude),
      longitude: here.longitude + f * (next.longitude - here.longitude))
  }

  func progress(_ state: TrainState) -> Double {
    let plan = state.plan
    guard plan.totalKm > 0 else { return state.arrivedAt == nil ? 0 : 1 }
    let i = state.stopIndex
    let km =
      plan.cumulativeKm[i] + (i < plan.legs.count ? legFraction(state) * plan.legs[i].lengthKm : 0)
    return min(1, max(0, km / plan.totalKm))
  }

  private func nextStop(_ state: TrainState) -> String? {
    let plan = state.plan
    let i = state.stopIndex
    if state.arrivedAt != nil { return nil }
    let target: Int
    if runningWindow(state) != nil {
      let candidate = i + 1
      target =
        plan.steps[candidate].isEmpty && candidate < plan.stops.count - 1
        ? plan.nextStoppingStop[candidate] : candidate
    } else {
      target = plan.nextStoppingStop[i]
    }
    return network.stations[plan.stops[target]].id
  }

  /// ETA: time still to run on the current leg or at the current step (exact when known,
  /// else queue position × mean service ÷ capacity), plus the mean remaining steps and legs.
  /// Every event replaces an expectation by what happened, so it converges to the arrival.
  func predictedArrival(_ state: TrainState) -> Int64 {
    if let arrived = state.arrivedAt { return arrived }
    let plan = state.plan
    let i = state.stopIndex
    let t = now.seconds
    let remaining: Double
    switch state.phase {
    case .loading(let departure):
      return max(departure, t) + SaneValue.seconds(plan.expectedFromDeparture(at: 0))
    case .running(_, let arrives), .passing(_, _, let arrives):
      return arrives + SaneValue.seconds(plan.expectedFromArrival(at: i + 1))
    case .waitingForPath(let opens):
      remaining = Double(opens - t) + plan.expectedFromDeparture(at: i)
    case .inService(let step, let until, _):
      remaining =
        Double(until - t) + laterSteps(plan, stop: i, after: step)
        + plan.expectedFromDeparture(at: i)
    case .queued(let step, let r, _):
      let resource = resources[r]
      let ahead = Double(resource.position(of: state.slot) ?? 0)
      let servers = Double(max(1, resource.capacity))
      let blocked = Double(max(0, (resource.blockedUntil ?? t) - t))
      let wait = blocked + (ahead / servers) * resource.meanServiceSeconds
      remaining =
        wait + plan.expectedStepSeconds[i][step] + laterSteps(plan, stop: i, after: step)
        + plan.expectedFromDeparture(at: i)
    case .arrived:
      return t
    }
    return t + SaneValue.seconds(remaining)
  }

  private func laterSteps(_ plan: ServicePlan, stop i: Int, after step: Int) -> Double {
    let means = plan.expectedStepSeconds[i]
    guard step + 1 < means.count else { return 0 }
    return means[(step + 1)...].reduce(0, +)
  }

  func stationSnapshots() -> [StationSnapshot] {
    var order: [Int] = network.corridor.stops.compactMap { network.stationIndex[$0.id] }
    let onMain = Set(order)
    order += network.stations.indices.filter { !onMain.contains($0) }
    var result: [StationSnapshot] = []
    for i in order {
      let indices = [customsResource[i], gaugeResource[i], crewResource[i], unloadingResource[i]]
        .filter { $0 >= 0 && resources[$0].capacity > 0 }
      guard !indices.isEmpty else { continue }
      var queueLength = 0
      var inService = 0
      var capacity = 0
      var longest: Int64 = 0
      var closed: Int64?
      for r in indices {
        let resource = resources[r]
        queueLength += resource.queue.count
        inService += resource.busy
        capacity += resource.capacity
        if let first = resource.queue.first { longest = max(longest, now.seconds - first.since) }
        if let until = resource.blockedUntil, until > now.seconds {
          closed = max(closed ?? until, until)
        }
      }
      let backlog = backlogFEU[i]
      let station = network.stations[i]
      result.append(
        StationSnapshot(
          id: station.id, name: station.name, kind: station.kind, queueLength: queueLength,
          inService: inService, capacity: capacity, backlogFEU: backlog,
          longestWaitSeconds: longest,
          closedUntil: closed.map { SimTime(seconds: $0) }))
    }
    return result
  }

  /// The KPIs, recomputed only when an event has been processed or the day has changed since
  /// the last call: between events every figure is a function of the day alone, so the live
  /// screen's ten snapshots a second mostly reuse one value.
  func kpiSnapshot() -> KPISnapshot {
    if let cached = kpiCache, cached.events == eventsProcessed, cached.day == now.day {
      return cached.value
    }
    let value = computeKPISnapshot()
    kpiCache = (eventsProcessed, now.day, value)
    return value
  }

  private func computeKPISnapshot() -> KPISnapshot {
    var inTransit = 0
    var west = 0
    var east = 0
    var byCategory: [String: Int] = [:]
    for slot in liveOrder {
      guard let state = train(slot), state.departedAt != nil, state.arrivedAt == nil else {
        continue
      }
      inTransit += 1
      let teu = state.containers.count * 2
      if state.direction == .westbound { west += teu } else { east += teu }
      for category in state.consist.byCategory {
        byCategory[category.category, default: 0] += 2 * category.containers
      }
    }
    let categories = byCategory.map { id, teu in
      CategoryTEU(
        category: id,
        name: categoryIndex[id].map { scenario.cargoCategories[Int($0)].name } ?? id, teu: teu)
    }
    .sorted { $0.teu != $1.teu ? $0.teu > $1.teu : $0.category < $1.category }
    let perDay = kpis.deliveredPerDay(today: now.day)
    let total = zip(perDay.west, perDay.east).map { $0 + $1 }
    // Arrivals since the start of the window's first day: the same 30 days as `perDay`.
    let windowStart = (now.day - Int64(KPITracker.windowDays) + 1) * 86_400
    let punctuality = kpis.punctuality(after: windowStart - 1)
    return KPISnapshot(
      trainsInTransit: inTransit, teuInTransit: west + east, teuInTransitWestbound: west,
      teuInTransitEastbound: east, teuInTransitByCategory: categories,
      teuDeliveredToday: total.last ?? 0, teuDeliveredThisWeek: total.suffix(7).reduce(0, +),
      teuDeliveredTotal: kpis.teuDeliveredTotal, trainsArrivedTotal: kpis.trainsArrivedTotal,
      teuDeliveredPerDay: total, teuDeliveredPerDayWestbound: perDay.west,
      teuDeliveredPerDayEastbound: perDay.east, meanTransitDays: punctuality.meanTransitDays,
      onTimePercent: punctuality.onTimePercent, delayByBorder: borderDelays())
  }

  private func borderDelays() -> [BorderDelay] {
    var order: [Int] = network.corridor.stops.compactMap { network.stationIndex[$0.id] }
    let onMain = Set(order)
    order += kpis.borderWaits.keys.filter { !onMain.contains($0) }.sorted()
    return order.compactMap { i in
      guard let entry = kpis.borderWaits[i], entry.trains > 0 else { return nil }
      let station = network.stations[i]
      return BorderDelay(
        station: station.id, name: station.name,
        meanWaitHours: Double(entry.seconds) / Double(entry.trains) / 3_600, trains: entry.trains)
    }
  }
}
