/// One train as `snapshot()` shows it: positions and progress interpolated at `now`, the
/// ETA from the train's phase and the queues ahead of it.
extension Simulation {
  func trainSnapshot(_ state: TrainState) -> TrainSnapshot {
    var place = TrainMotion.unknownPlace
    return trainSnapshot(state, place: &place)
  }

  /// A fresh row, and in `place` the place code it was drawn at (see `refresh`).
  func trainSnapshot(_ state: TrainState, place: inout Int) -> TrainSnapshot {
    var snapshot = TrainSnapshot(
      id: state.id, serviceID: state.plan.service.id, serviceName: state.plan.service.name,
      direction: state.direction, status: state.status,
      position: TrainPosition(
        fromStation: "", toStation: "", kmAlongSegment: 0, corridorKm: 0, latitude: 0,
        longitude: 0),
      progress: 0, nextStop: nil, departedAt: .zero,
      plannedArrival: SimTime(seconds: state.plannedArrival), predictedArrival: .zero,
      arrivedAt: nil, delaySeconds: 0, consist: state.consist, timeline: state.timeline)
    place = TrainMotion.unknownPlace
    refresh(&snapshot, from: state, at: now.seconds, place: &place)
    return snapshot
  }

  /// Rewrites every field of `snapshot` that can change after the train was formed (all but
  /// its id, service, direction and planned arrival, and its consist and timeline, which the
  /// caller copies when the train's `rowRevision` moved) for time `t`, so a cached row equals
  /// a fresh one. The train's phase is read once: every field derives from the same motion.
  ///
  /// `place` is the place code (`TrainMotion.place`) the row's station names were last
  /// written for: while the train stays at or between the same stations only the numbers
  /// move, and the names (strings, each write a reference-count round trip on cold memory,
  /// ten times a second for every train) are left as they are.
  func refresh(
    _ snapshot: inout TrainSnapshot, from state: TrainState, at t: Int64, place: inout Int
  ) {
    let motion = TrainMotion(state, at: t)
    let arrivedAt = state.arrivedAt
    let predicted = arrivedAt ?? predictedArrival(state, motion)
    snapshot.status = status(state, motion)
    let here = motion.place(arrived: arrivedAt != nil)
    if here != place {
      snapshot.position = position(motion)
      snapshot.nextStop = arrivedAt == nil ? nextStop(motion) : nil
      place = here
    } else if motion.isRunning {
      moveAlongLeg(&snapshot.position, motion)
    }
    snapshot.progress = progress(motion, arrived: arrivedAt != nil)
    snapshot.departedAt = SimTime(seconds: state.departedAt ?? state.plannedDeparture)
    snapshot.predictedArrival = SimTime(seconds: predicted)
    snapshot.arrivedAt = arrivedAt.map { SimTime(seconds: $0) }
    snapshot.delaySeconds = predicted - state.plannedArrival
  }

  /// The train's status now; a train passing a junction moves through dwelling, waiting for
  /// its path and running without events, so it is read from the phase's times.
  private func status(_ state: TrainState, _ motion: TrainMotion) -> TrainStatus {
    guard case .passing(let dwellUntil, let departs, _) = motion.phase else { return state.status }
    if motion.t < dwellUntil { return .dwelling }
    return motion.t < departs ? .waitingForPath : .running
  }

  private func position(_ motion: TrainMotion) -> TrainPosition {
    let plan = motion.plan
    let i = motion.stopIndex
    let here = network.stations[plan.stops[i]]
    guard motion.isRunning, i + 1 < plan.stops.count else {
      return TrainPosition(
        fromStation: here.id, toStation: here.id, kmAlongSegment: 0, corridorKm: plan.corridorKm[i],
        latitude: here.latitude, longitude: here.longitude)
    }
    let next = network.stations[plan.stops[i + 1]]
    var position = TrainPosition(
      fromStation: here.id, toStation: next.id, kmAlongSegment: 0, corridorKm: 0, latitude: 0,
      longitude: 0)
    moveAlongLeg(&position, motion)
    return position
  }

  /// The numbers of a running train's position on its current leg (names untouched).
  private func moveAlongLeg(_ position: inout TrainPosition, _ motion: TrainMotion) {
    let plan = motion.plan
    let i = motion.stopIndex
    guard i + 1 < plan.stops.count else { return }
    let from = plan.stops[i]
    let to = plan.stops[i + 1]
    let f = motion.legFraction
    let stations = network.stations
    position.kmAlongSegment = f * plan.legs[i].lengthKm
    position.corridorKm = plan.corridorKm[i] + f * (plan.corridorKm[i + 1] - plan.corridorKm[i])
    position.latitude =
      stations[from].latitude + f * (stations[to].latitude - stations[from].latitude)
    position.longitude =
      stations[from].longitude + f * (stations[to].longitude - stations[from].longitude)
  }

  private func progress(_ motion: TrainMotion, arrived: Bool) -> Double {
    let plan = motion.plan
    guard plan.totalKm > 0 else { return arrived ? 1 : 0 }
    let i = motion.stopIndex
    let km =
      plan.cumulativeKm[i] + (i < plan.legs.count ? motion.legFraction * plan.legs[i].lengthKm : 0)
    return min(1, max(0, km / plan.totalKm))
  }

  /// Next station where the train stops (the caller passes only trains not yet arrived).
  private func nextStop(_ motion: TrainMotion) -> String {
    let plan = motion.plan
    let i = motion.stopIndex
    let target: Int
    if motion.isRunning {
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
  private func predictedArrival(_ state: TrainState, _ motion: TrainMotion) -> Int64 {
    let plan = motion.plan
    let i = motion.stopIndex
    let t = motion.t
    let remaining: Double
    switch motion.phase {
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
      let ahead = Double(resources[r].position(of: state.slot) ?? 0)
      let servers = Double(max(1, resources[r].capacity))
      let blocked = Double(max(0, (resources[r].blockedUntil ?? t) - t))
      let wait = blocked + (ahead / servers) * resources[r].meanServiceSeconds
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

/// A train's phase read once at time `t`: status, position, progress, next stop and ETA of a
/// snapshot row all derive from it (the model's `TrainState` is a class, so each read of its
/// properties costs an access check).
struct TrainMotion {
  let t: Int64
  let plan: ServicePlan
  let phase: TrainPhase
  /// Index into `plan.stops` of the station the train is at or last left.
  let stopIndex: Int
  /// On a leg now (running, or past the departure of a junction pass).
  let isRunning: Bool
  /// Fraction 0...1 of the current leg covered, by linear interpolation between the leg's
  /// departure and arrival times (0 when standing).
  let legFraction: Double

  /// A place code no train has: the row's names must be written.
  static let unknownPlace = -1

  /// Which stations the row names: the stop index, running or standing, arrived or not.
  /// Equal codes mean equal `position` station names and `nextStop` for the same train.
  func place(arrived: Bool) -> Int { stopIndex * 4 + (isRunning ? 2 : 0) + (arrived ? 1 : 0) }

  init(_ state: TrainState, at t: Int64) {
    self.t = t
    plan = state.plan
    phase = state.phase
    stopIndex = state.stopIndex
    let window: (departed: Int64, arrives: Int64)?
    switch phase {
    case .running(let departed, let arrives): window = (departed, arrives)
    case .passing(_, let departs, let arrives) where t >= departs: window = (departs, arrives)
    default: window = nil
    }
    isRunning = window != nil
    if let window, window.arrives > window.departed {
      legFraction = min(
        1, max(0, Double(t - window.departed) / Double(window.arrives - window.departed)))
    } else {
      legFraction = 0
    }
  }
}
