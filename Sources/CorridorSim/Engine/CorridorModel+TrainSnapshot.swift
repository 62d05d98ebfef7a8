/// One train as `snapshot()` shows it: positions and progress interpolated at `now`, the
/// ETA from the train's phase and the queues ahead of it.
extension CorridorModel {
  /// A fresh row, the place code it was drawn at and how it moves on (see `refresh`).
  func trainSnapshot(_ slot: Int32) -> (
    row: TrainSnapshot, place: Int, motion: CachedRowMotion
  ) {
    let service = plan(of: slot).service
    var row = TrainSnapshot(
      id: roster[slot].id, serviceID: service.id, serviceName: service.name,
      direction: roster[slot].direction, status: roster[slot].status,
      position: TrainPosition(
        fromStation: "", toStation: "", kmAlongSegment: 0, corridorKm: 0, latitude: 0,
        longitude: 0),
      progress: 0, nextStop: nil, departedAt: .zero,
      plannedArrival: SimTime(seconds: roster[slot].plannedArrival), predictedArrival: .zero,
      arrivedAt: nil, delaySeconds: 0, consist: roster[slot].consist,
      timeline: timeline(of: slot), lateAfterSeconds: service.onTimeToleranceSeconds,
      isRelief: roster[slot].isRelief)
    var place = TrainMotion.unknownPlace
    let motion = refresh(&row, from: slot, at: now.seconds, place: &place)
    return (row, place, motion)
  }

  /// The planned and actual stop times of the train in `slot`.
  ///
  /// The planned times are worked out here, from the plan and the train's departure, each
  /// time a snapshot row needs them, and not kept in the train: a kept copy was an array of
  /// station names per train, written at forming, read only by the snapshot, and walked again
  /// (every name released) at retirement, when at 200,000 trains a year its lines had long
  /// left the cache (D81).
  func timeline(of slot: Int32) -> [StopTime] {
    let plan = plan(of: slot)
    let departure = roster[slot].plannedDeparture
    let timing = plannedTiming(plan, departure: departure)
    var timeline = plan.stops.indices.map { i in
      StopTime(
        station: network.stations[plan.stops[i]].id,
        plannedArrival: SimTime(seconds: SaneValue.sum(departure, timing.arrivalOffsets[i])),
        plannedDeparture: SimTime(seconds: SaneValue.sum(departure, timing.departureOffsets[i])))
    }
    roster.updateTimes(of: slot, in: &timeline)
    return timeline
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
  ///
  /// Returns how the row moves on while the train stays unchanged (`CachedRowMotion`).
  func refresh(
    _ snapshot: inout TrainSnapshot, from slot: Int32, at t: Int64, place: inout Int
  ) -> CachedRowMotion {
    let motion = TrainMotion(roster[slot], plan: plan(of: slot), at: t)
    let arrivedAt = roster[slot].arrivedAt
    let plannedArrival = roster[slot].plannedArrival
    let estimate = arrivalEstimate(slot, motion)
    let predicted = arrivedAt ?? estimate.predicted(at: t)
    snapshot.status = status(roster[slot].status, motion)
    let track = motion.isRunning ? legTrack(motion) : nil
    let here = motion.place(arrived: arrivedAt != nil)
    if here != place {
      snapshot.position = position(motion)
      snapshot.nextStop = arrivedAt == nil ? nextStop(motion) : nil
      place = here
    }
    if let track { track.move(&snapshot.position, fraction: motion.legFraction) }
    snapshot.progress = progress(motion, arrived: arrivedAt != nil)
    snapshot.departedAt = SimTime(
      seconds: roster[slot].departedAt ?? roster[slot].plannedDeparture)
    snapshot.predictedArrival = SimTime(seconds: predicted)
    snapshot.arrivedAt = arrivedAt.map { SimTime(seconds: $0) }
    snapshot.delaySeconds =
      arrivedAt.map { $0 - plannedArrival } ?? estimate.delay(at: t, plannedArrival: plannedArrival)
    return cachedMotion(
      motion, track: track, estimate: estimate, arrived: arrivedAt != nil,
      plannedArrival: plannedArrival)
  }

  /// How the row just refreshed moves on while its train stays unchanged: which of its
  /// fields still follow the clock depends only on the phase.
  private func cachedMotion(
    _ motion: TrainMotion, track: LegTrack?, estimate: ArrivalEstimate, arrived: Bool,
    plannedArrival: Int64
  ) -> CachedRowMotion {
    switch motion.phase {
    case .running, .passing:
      if arrived { return .modelled }
      if let track { return .running(track) }
      if case .passing(let dwellUntil, let departs, _) = motion.phase {
        return .passing(dwellUntil: dwellUntil, departs: departs)
      }
      return .modelled
    case .arrived:
      return arrived ? .still : .modelled
    case .loading, .queued, .inService, .waitingForPath, .waitingForYard:
      return arrived ? .still : .standing(estimate, plannedArrival: plannedArrival)
    }
  }

  /// The train's status now; a train passing a junction moves through dwelling, waiting for
  /// its path and running without events, so it is read from the phase's times.
  private func status(_ stored: TrainStatus, _ motion: TrainMotion) -> TrainStatus {
    guard case .passing(let dwellUntil, let departs, _) = motion.phase else { return stored }
    if motion.t < dwellUntil { return .dwelling }
    return motion.t < departs ? .waitingForPath : .running
  }

  /// The row's position with its station names; the numbers of a running train are set by
  /// its `LegTrack`.
  private func position(_ motion: TrainMotion) -> TrainPosition {
    let plan = motion.plan
    let i = motion.stopIndex
    let here = network.stations[plan.stops[i]]
    guard motion.isRunning, i + 1 < plan.stops.count else {
      return TrainPosition(
        fromStation: here.id, toStation: here.id, kmAlongSegment: 0, corridorKm: plan.corridorKm[i],
        latitude: here.latitude, longitude: here.longitude, offCorridor: plan.offCorridor[i])
    }
    return TrainPosition(
      fromStation: here.id, toStation: network.stations[plan.stops[i + 1]].id, kmAlongSegment: 0,
      corridorKm: 0, latitude: 0, longitude: 0,
      offCorridor: plan.offCorridor[i] || plan.offCorridor[i + 1])
  }

  /// The current leg of a running train.
  private func legTrack(_ motion: TrainMotion) -> LegTrack {
    let window = motion.legWindow ?? (0, 0)
    return LegTrack(
      plan: motion.plan, stop: motion.stopIndex, stations: network.stations,
      departed: window.departed, arrives: window.arrives)
  }

  private func progress(_ motion: TrainMotion, arrived: Bool) -> Double {
    let plan = motion.plan
    let i = motion.stopIndex
    return LegTrack.progress(
      cumulativeKm: plan.cumulativeKm[i], legKm: i < plan.legs.count ? plan.legs[i].lengthKm : nil,
      totalKm: plan.totalKm, fraction: motion.legFraction, arrived: arrived)
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
  private func arrivalEstimate(_ slot: Int32, _ motion: TrainMotion) -> ArrivalEstimate {
    let plan = motion.plan
    let i = motion.stopIndex
    switch motion.phase {
    case .loading(let departure):
      return .loading(
        departure: departure,
        journeySeconds: SaneValue.seconds(plan.expectedFromDeparture(at: 0)))
    case .running(_, let arrives), .passing(_, _, let arrives):
      return .fixed(arrives + SaneValue.seconds(plan.expectedFromArrival(at: i + 1)))
    case .waitingForYard:
      return .waiting(fromDeparture: SaneValue.seconds(plan.expectedFromDeparture(at: i)))
    case .waitingForPath(let opens):
      return .countdown(
        until: opens, laterSteps: nil, fromDeparture: plan.expectedFromDeparture(at: i))
    case .inService(let step, let until, _):
      return .countdown(
        until: until, laterSteps: laterSteps(plan, stop: i, after: step),
        fromDeparture: plan.expectedFromDeparture(at: i))
    case .queued(let step, let r, _):
      let ahead = Double(resources[r].position(of: slot) ?? 0)
      let servers = Double(max(1, resources[r].capacity))
      return .queued(
        QueuedWait(
          resource: r, revision: resources[r].revision, blockedUntil: resources[r].blockedUntil,
          queueSeconds: (ahead / servers) * resources[r].meanServiceSeconds,
          stepSeconds: plan.expectedStepSeconds[i][step],
          laterSteps: laterSteps(plan, stop: i, after: step),
          fromDeparture: plan.expectedFromDeparture(at: i)))
    case .arrived:
      return .clock
    }
  }

  private func laterSteps(_ plan: ServicePlan, stop i: Int, after step: Int) -> Double {
    let means = plan.expectedStepSeconds[i]
    guard step + 1 < means.count else { return 0 }
    return means[(step + 1)...].reduce(0, +)
  }
}

/// A train's phase read once at time `t`: status, position, progress, next stop and ETA of a
/// snapshot row all derive from it.
struct TrainMotion {
  let t: Int64
  let plan: ServicePlan
  let phase: TrainPhase
  /// Index into `plan.stops` of the station the train is at or last left.
  let stopIndex: Int
  /// On a leg now (running, or past the departure of a junction pass).
  let isRunning: Bool
  /// Fraction 0...1 of the current leg covered (0 when standing).
  let legFraction: Double

  /// A place code no train has: the row's names must be written.
  static let unknownPlace = -1

  /// Which stations the row names: the stop index, running or standing, arrived or not.
  /// Equal codes mean equal `position` station names and `nextStop` for the same train.
  func place(arrived: Bool) -> Int { stopIndex * 4 + (isRunning ? 2 : 0) + (arrived ? 1 : 0) }

  /// Departure and arrival of the leg the train is on now; nil when standing.
  let legWindow: (departed: Int64, arrives: Int64)?

  init(_ train: Train, plan: ServicePlan, at t: Int64) {
    self.t = t
    self.plan = plan
    phase = train.phase
    stopIndex = train.stopIndex
    switch phase {
    case .running(let departed, let arrives): legWindow = (departed, arrives)
    case .passing(_, let departs, let arrives) where t >= departs: legWindow = (departs, arrives)
    default: legWindow = nil
    }
    isRunning = legWindow != nil
    legFraction = legWindow.map { TrainMotion.fraction(at: t, $0.departed, $0.arrives) } ?? 0
  }

  /// Fraction 0...1 of a leg covered at `t`, by linear interpolation between its departure
  /// and arrival times (0 for a leg of no duration).
  static func fraction(at t: Int64, _ departed: Int64, _ arrives: Int64) -> Double {
    guard arrives > departed else { return 0 }
    return min(1, max(0, Double(t - departed) / Double(arrives - departed)))
  }
}
