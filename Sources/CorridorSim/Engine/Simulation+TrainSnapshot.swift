/// One train as `snapshot()` shows it: positions and progress interpolated at `now`, the
/// ETA from the train's phase and the queues ahead of it.
extension Simulation {
  func trainSnapshot(_ state: TrainState) -> TrainSnapshot {
    var snapshot = TrainSnapshot(
      id: state.id, serviceID: state.plan.service.id, serviceName: state.plan.service.name,
      direction: state.direction, status: state.status, position: position(state),
      progress: 0, nextStop: nil, departedAt: .zero,
      plannedArrival: SimTime(seconds: state.plannedArrival), predictedArrival: .zero,
      arrivedAt: nil, delaySeconds: 0, consist: state.consist, timeline: state.timeline)
    refresh(&snapshot, from: state, positioned: true)
    return snapshot
  }

  /// Rewrites every field of `snapshot` that can change after the train was formed (all but
  /// its id, service, direction and planned arrival), so a cached row equals a fresh one.
  /// `positioned` says `position` is already current.
  func refresh(_ snapshot: inout TrainSnapshot, from state: TrainState, positioned: Bool = false) {
    let predicted = predictedArrival(state)
    snapshot.status = status(state)
    if !positioned { snapshot.position = position(state) }
    snapshot.progress = progress(state)
    snapshot.nextStop = nextStop(state)
    snapshot.departedAt = SimTime(seconds: state.departedAt ?? state.plannedDeparture)
    snapshot.predictedArrival = SimTime(seconds: predicted)
    snapshot.arrivedAt = state.arrivedAt.map { SimTime(seconds: $0) }
    snapshot.delaySeconds =
      state.arrivedAt.map { $0 - state.plannedArrival } ?? (predicted - state.plannedArrival)
    snapshot.consist = state.consist
    snapshot.timeline = state.timeline
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
}
