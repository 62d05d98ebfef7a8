/// Moving between stops: room in the yard ahead, a path on the track, the leg itself (never
/// overtaking the train ahead on the same track), arrival, and the border crossings on the way.
extension Simulation {
  /// The train is ready to leave its stop: first a place in the next stop's yard, if it has
  /// one (else the train waits here, first come first served), then a path.
  func requestPath(_ slot: Int32, _ state: TrainState) {
    let next = state.plan.stops[state.stopIndex + 1]
    if yards.isLimited(next) && state.yardAhead != next {
      guard yards.request(station: next, direction: state.direction, train: slot) else {
        state.phase = .waitingForYard(station: next)
        state.status = .waitingForPath
        state.yardWaitSince = now.seconds
        eventLog.append(
          time: now.seconds, kind: .yardWait, severity: .notice, train: state.id,
          station: state.plan.stops[state.stopIndex], detail: .yard(full: Int32(next)))
        return
      }
      state.yardAhead = next
    }
    reservePath(slot, state)
  }

  /// A place in the yard of `station` came free for the waiting train `slot`.
  func yardAdmits(_ slot: Int32, station: Int) {
    guard let state = train(slot), case .waitingForYard(let full) = state.phase, full == station
    else { return }
    state.yardAhead = station
    state.yardWaited = now.seconds - state.yardWaitSince
    reservePath(slot, state)
  }

  /// Reserves the next segment in this direction: the train enters at the later of now and
  /// the track's next free slot, then the slot moves on by the headway (FIFO by request).
  private func reservePath(_ slot: Int32, _ state: TrainState) {
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
      time: now.seconds, kind: .pathWait, severity: .info, train: state.id, station: here,
      detail: .path(to: Int32(next), seconds: entry - now.seconds, planned: false))
    queue.schedule(.pathOpens(train: slot), at: entry, priority: EventPriority.movement)
  }

  /// The train leaves its current stop onto the next leg.
  func leaveStation(_ slot: Int32) {
    guard let state = train(slot) else { return }
    let plan = state.plan
    let i = state.stopIndex
    let stationIndex = plan.stops[i]
    let kind = network.stations[stationIndex].kind
    state.timeline[i].actualDeparture = now
    if i > 0 {
      if kind == .border || kind == .gaugeChange {
        kpis.recordWait(station: stationIndex, seconds: state.waitAtStop)
      }
      if kind != .junction {
        eventLog.append(
          time: now.seconds, kind: .stationDeparted, severity: .info, train: state.id,
          station: stationIndex)
      }
    }
    leaveYard(state, station: stationIndex)
    logCrossingOnDeparture(state, from: i)
    let arrives = legArrival(plan.legs[i], departing: now.seconds)
    state.phase = .running(departed: now.seconds, arrives: arrives)
    state.status = .running
    queue.schedule(.arriveAtStation(train: slot), at: arrives, priority: EventPriority.movement)
  }

  /// Gives up the yard place at `station`, letting the first train waiting for it move.
  func leaveYard(_ state: TrainState, station: Int) {
    guard state.yardHere == station else { return }
    state.yardHere = -1
    if let next = yards.release(station: station, direction: state.direction) {
      yardAdmits(next, station: station)
    }
  }

  /// When a train entering a leg at `departs` reaches its end: its running time at the current
  /// winter speed, but never before the train ahead on the same track plus the headway, since
  /// one track in one direction is a queue (a train that entered slow at the end of a winter is
  /// not overtaken by the faster one behind it).
  func legArrival(_ leg: PlannedLeg, departing departs: Int64) -> Int64 {
    var arrives = departs + travelSeconds(leg)
    guard leg.track >= 0 else { return arrives }
    let clear = trackClearAt[leg.track]
    if clear != .min { arrives = max(arrives, clear + leg.headwaySeconds) }
    trackClearAt[leg.track] = arrives
    return arrives
  }

  func arriveAtStation(_ slot: Int32) {
    guard let state = train(slot) else { return }
    let plan = state.plan
    if case .passing(_, let departs, _) = state.phase {
      state.timeline[state.stopIndex].actualDeparture = SimTime(seconds: departs)
    }
    state.stopIndex += 1
    let i = state.stopIndex
    let stationIndex = plan.stops[i]
    state.waitAtStop = 0
    if state.yardAhead == stationIndex {
      state.yardHere = stationIndex
      state.yardAhead = -1
      state.waitAtStop = state.yardWaited
      state.yardWaited = 0
    }
    state.timeline[i].actualArrival = now
    logCrossingOnArrival(state, at: i)
    if plan.passesThrough[i] { return passThrough(slot, state) }
    if state.isFinalStop {
      recordArrival(state)
    } else if network.stations[stationIndex].kind != .junction {
      eventLog.append(
        time: now.seconds, kind: .stationArrived, severity: .info, train: state.id,
        station: stationIndex)
    }
    beginStep(slot, state, step: 0)
  }

  /// A plain junction: draw the crew dwell, reserve the next path for when it ends, and
  /// schedule the arrival at the next stop, all at once. Paths are reserved in order of
  /// arrival at the junction (FIFO), as a dispatcher plans them.
  private func passThrough(_ slot: Int32, _ state: TrainState) {
    let i = state.stopIndex
    let stationIndex = state.plan.stops[i]
    let ready = now.seconds + (network.stations[stationIndex].dwell?.sample(using: &random) ?? 0)
    let leg = state.plan.legs[i]
    var departs = ready
    if leg.track >= 0 {
      departs = max(ready, trackFreeAt[leg.track])
      trackFreeAt[leg.track] = departs + leg.headwaySeconds
    }
    if departs > ready {
      state.waitAtStop += departs - ready
      eventLog.append(
        time: now.seconds, kind: .pathWait, severity: .info, train: state.id,
        station: stationIndex,
        detail: .path(
          to: Int32(state.plan.stops[i + 1]), seconds: departs - ready, planned: true))
    }
    let arrives = legArrival(leg, departing: departs)
    state.phase = .passing(dwellUntil: ready, departs: departs, arrives: arrives)
    state.status = .dwelling
    queue.schedule(.arriveAtStation(train: slot), at: arrives, priority: EventPriority.movement)
  }

  /// Running time of a leg at the current winter speed factor of its gauge.
  func travelSeconds(_ leg: PlannedLeg) -> Int64 {
    let factor = leg.gauge == .broad ? winterFactorBroad : winterFactorStandard
    return max(1, SaneValue.seconds(leg.nominalSeconds / max(factor, 0.05)))
  }

  // MARK: - Border crossings

  /// Border and gauge-change stations stand at the border: a crossing next to one is logged
  /// when the train is there, leaving it or reaching it. Between two other stations it is
  /// logged on arrival.
  private func standsAtBorder(_ station: Int) -> Bool {
    let kind = network.stations[station].kind
    return kind == .border || kind == .gaugeChange
  }

  /// Leaving stop `i` for a stop in another country, from a station at the border.
  private func logCrossingOnDeparture(_ state: TrainState, from i: Int) {
    let plan = state.plan
    guard i + 1 < plan.stops.count else { return }
    let here = plan.stops[i]
    let next = plan.stops[i + 1]
    guard standsAtBorder(here), network.stations[here].country != network.stations[next].country
    else { return }
    logCrossing(state, at: here, from: here, to: next)
  }

  /// Reaching stop `i` from another country, when the stop left was not at the border.
  private func logCrossingOnArrival(_ state: TrainState, at i: Int) {
    let plan = state.plan
    let here = plan.stops[i]
    let previous = plan.stops[i - 1]
    guard !standsAtBorder(previous),
      network.stations[here].country != network.stations[previous].country
    else { return }
    logCrossing(state, at: here, from: previous, to: here)
  }

  private func logCrossing(_ state: TrainState, at station: Int, from: Int, to: Int) {
    eventLog.append(
      time: now.seconds, kind: .borderCrossed, severity: .info, train: state.id, station: station,
      detail: .crossing(from: Int32(from), to: Int32(to)))
  }
}
