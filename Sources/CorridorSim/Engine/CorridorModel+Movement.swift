/// Moving between stops: room in the yard ahead, a path on the track, the leg itself (never
/// overtaking the train ahead on the same track), arrival, and the border crossings on the way.
extension CorridorModel {
  /// The train is ready to leave its stop: first a place in the next stop's yard, if it has
  /// one (else the train waits here, first come first served), then a path.
  mutating func requestPath(_ slot: Int32) {
    let i = roster[slot].stopIndex
    let next = station(of: slot, stop: i + 1)
    if yards.isLimited(next) && roster[slot].yardAhead != next {
      guard yards.request(station: next, direction: roster[slot].direction, train: slot) else {
        roster[slot].phase = .waitingForYard(station: next)
        roster[slot].status = .waitingForPath
        roster[slot].yardWaitSince = now.seconds
        eventLog.append(
          time: now.seconds, kind: .yardWait, severity: .notice, train: roster[slot].id,
          station: station(of: slot, stop: i), detail: .yard(full: Int32(next)))
        return
      }
      roster[slot].yardAhead = next
    }
    reservePath(slot)
  }

  /// A place in the yard of `station` came free for the waiting train `slot`.
  mutating func yardAdmits(_ slot: Int32, station: Int) {
    guard roster.contains(slot), case .waitingForYard(let full) = roster[slot].phase,
      full == station
    else { return }
    roster[slot].yardAhead = station
    roster[slot].yardWaited = now.seconds - roster[slot].yardWaitSince
    reservePath(slot)
  }

  /// Reserves the next segment in this direction: the train enters at the later of now and
  /// the track's next free slot, then the slot moves on by the headway (FIFO by request).
  private mutating func reservePath(_ slot: Int32) {
    let i = roster[slot].stopIndex
    let leg = plan(of: slot).legs[i]
    guard leg.track >= 0 else { return leaveStation(slot) }
    let entry = max(now.seconds, trackFreeAt[leg.track])
    trackFreeAt[leg.track] = entry + leg.headwaySeconds
    guard entry > now.seconds else { return leaveStation(slot) }
    roster[slot].enter(.waitingForPath(opens: entry), .waitingForPath, waited: entry - now.seconds)
    eventLog.append(
      time: now.seconds, kind: .pathWait, severity: .info, train: roster[slot].id,
      station: station(of: slot, stop: i),
      detail: .path(
        to: Int32(station(of: slot, stop: i + 1)), seconds: entry - now.seconds, planned: false))
    queue.schedule(.pathOpens(train: slot), at: entry, priority: EventPriority.movement)
  }

  /// The train leaves its current stop onto the next leg.
  mutating func leaveStation(_ slot: Int32) {
    guard roster.contains(slot) else { return }
    let i = roster[slot].stopIndex
    let here = station(of: slot, stop: i)
    let kind = network.compiled[here].kind
    if i > 0 {
      if kind == .border || kind == .gaugeChange {
        kpis.recordWait(station: here, seconds: roster[slot].waitAtStop)
      }
      if kind != .junction {
        eventLog.append(
          time: now.seconds, kind: .stationDeparted, severity: .info, train: roster[slot].id,
          station: here)
      }
    }
    leaveYard(slot, station: here)
    logCrossingOnDeparture(slot, from: i)
    let arrives = legArrival(plan(of: slot).legs[i], departing: now.seconds)
    roster.depart(slot, now: now, arrives: arrives)
    queue.schedule(.arriveAtStation(train: slot), at: arrives, priority: EventPriority.movement)
  }

  /// Gives up the yard place at `station`, letting the first train waiting for it move.
  mutating func leaveYard(_ slot: Int32, station: Int) {
    guard roster[slot].yardHere == station else { return }
    roster[slot].yardHere = -1
    if let next = yards.release(station: station, direction: roster[slot].direction) {
      yardAdmits(next, station: station)
    }
  }

  /// When a train entering a leg at `departs` reaches its end: its running time at the current
  /// winter speed, but never before the train ahead on the same track plus the headway, since
  /// one track in one direction is a queue (a train that entered slow at the end of a winter is
  /// not overtaken by the faster one behind it).
  mutating func legArrival(_ leg: PlannedLeg, departing departs: Int64) -> Int64 {
    var arrives = departs + travelSeconds(leg)
    guard leg.track >= 0 else { return arrives }
    let clear = trackClearAt[leg.track]
    if clear != .min { arrives = max(arrives, clear + leg.headwaySeconds) }
    trackClearAt[leg.track] = arrives
    return arrives
  }

  mutating func arriveAtStation(_ slot: Int32) {
    guard roster.contains(slot) else { return }
    let i = roster[slot].stopIndex + 1
    let here = station(of: slot, stop: i)
    roster.arrive(slot, at: here, now: now)
    logCrossingOnArrival(slot, at: i)
    if plan(of: slot).passesThrough[i] { return passThrough(slot) }
    if isAtFinalStop(slot) {
      recordArrival(slot)
    } else if network.compiled[here].kind != .junction {
      eventLog.append(
        time: now.seconds, kind: .stationArrived, severity: .info, train: roster[slot].id,
        station: here)
    }
    beginStep(slot, step: 0)
  }

  /// A plain junction: draw the crew dwell, reserve the next path for when it ends, and
  /// schedule the arrival at the next stop, all at once. Paths are reserved in order of
  /// arrival at the junction (FIFO), as a dispatcher plans them.
  private mutating func passThrough(_ slot: Int32) {
    let i = roster[slot].stopIndex
    let here = station(of: slot, stop: i)
    let ready = now.seconds + (network.dwells[here]?.sample(using: &random) ?? 0)
    let leg = plan(of: slot).legs[i]
    var departs = ready
    if leg.track >= 0 {
      departs = max(ready, trackFreeAt[leg.track])
      trackFreeAt[leg.track] = departs + leg.headwaySeconds
    }
    if departs > ready {
      eventLog.append(
        time: now.seconds, kind: .pathWait, severity: .info, train: roster[slot].id,
        station: here,
        detail: .path(
          to: Int32(station(of: slot, stop: i + 1)), seconds: departs - ready, planned: true))
    }
    let arrives = legArrival(leg, departing: departs)
    roster[slot].enter(
      .passing(dwellUntil: ready, departs: departs, arrives: arrives), .dwelling,
      waited: departs - ready)
    queue.schedule(.arriveAtStation(train: slot), at: arrives, priority: EventPriority.movement)
  }

  /// Running time of a leg at the current winter speed factor of its gauge.
  func travelSeconds(_ leg: PlannedLeg) -> Int64 {
    let factor = leg.gauge == .broad ? winterFactorBroad : winterFactorStandard
    return max(1, SaneValue.seconds(leg.nominalSeconds / max(factor, 0.05)))
  }

  // MARK: - Border crossings

  /// Leaving stop `i` for a stop in another country, from a station at the border.
  private mutating func logCrossingOnDeparture(_ slot: Int32, from i: Int) {
    guard i + 1 < plan(of: slot).stops.count else { return }
    let here = station(of: slot, stop: i)
    let next = station(of: slot, stop: i + 1)
    guard network.compiled[here].standsAtBorder,
      network.compiled[here].country != network.compiled[next].country
    else { return }
    logCrossing(slot, at: here, from: here, to: next)
  }

  /// Reaching stop `i` from another country, when the stop left was not at the border.
  private mutating func logCrossingOnArrival(_ slot: Int32, at i: Int) {
    let here = station(of: slot, stop: i)
    let previous = station(of: slot, stop: i - 1)
    guard !network.compiled[previous].standsAtBorder,
      network.compiled[here].country != network.compiled[previous].country
    else { return }
    logCrossing(slot, at: here, from: previous, to: here)
  }

  private mutating func logCrossing(_ slot: Int32, at station: Int, from: Int, to: Int) {
    eventLog.append(
      time: now.seconds, kind: .borderCrossed, severity: .info, train: roster[slot].id,
      station: station, detail: .crossing(from: Int32(from), to: Int32(to)))
  }
}
