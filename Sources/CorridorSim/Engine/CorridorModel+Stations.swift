/// Station steps: border customs, gauge-change transshipment, crew/locomotive dwell and
/// unloading — each a FIFO resource that trains queue for. Boxes that do not fit the next
/// section are in `CorridorModel+Backlogs.swift`.
extension CorridorModel {
  mutating func buildResources() {
    stationResources = Array(repeating: StationResources(), count: network.stations.count)
    let destinations = Set(plans.compactMap { $0.stops.last })
    let unloading = scenario.unloading
    for (i, station) in network.stations.enumerated() {
      if let customs = station.customs {
        stationResources[i].customs = addResource(
          FIFOResource(
            kind: .customs, station: i, capacity: max(1, customs.capacity),
            meanServiceSeconds: customs.clearance.meanSeconds))
      }
      if let terminal = station.gaugeChange {
        stationResources[i].gaugeChange = addResource(
          FIFOResource(
            kind: .gaugeChange, station: i, capacity: max(1, terminal.capacity),
            meanServiceSeconds: terminal.baseTime.meanSeconds
              + Double(terminal.perContainerSeconds) * 45,
            overflowCapacity: terminal.overflowCapacity,
            overflowWhenQueued: terminal.overflowWhenQueued))
      }
      if let dwell = station.dwell {
        stationResources[i].crew = addResource(
          FIFOResource(
            kind: .crew, station: i, capacity: station.dwellCapacity,
            meanServiceSeconds: dwell.meanSeconds))
      }
      if destinations.contains(i) {
        stationResources[i].unloading = addResource(
          FIFOResource(
            kind: .unloading, station: i, capacity: max(1, unloading.capacity),
            meanServiceSeconds: unloading.baseTime.meanSeconds
              + Double(unloading.perContainerSeconds) * 45))
      }
    }
  }

  private mutating func addResource(_ resource: FIFOResource) -> Int {
    resources.append(resource)
    return resources.count - 1
  }

  /// Starts step `step` at the train's current stop, or moves on when all are done.
  mutating func beginStep(_ slot: Int32, step: Int) {
    let i = roster[slot].stopIndex
    guard step < plan(of: slot).steps[i].count else {
      if isAtFinalStop(slot) { finishJourney(slot) } else { requestPath(slot) }
      return
    }
    let kind = plan(of: slot).steps[i][step]
    let here = station(of: slot, stop: i)
    let r = stationResources[here].index(for: kind)
    guard r >= 0 else { return beginStep(slot, step: step + 1) }
    if resources[r].request(train: slot, at: now.seconds) {
      startService(slot, step: step)
      return
    }
    roster[slot].enter(.queued(step: step, resource: r, since: now.seconds), waitingStatus(kind))
    let ahead = Int32(clamping: resources[r].queue.count - 1)
    let closed = resources[r].blockedUntil.map { $0 > now.seconds } ?? false
    switch kind {
    case .customs:
      eventLog.append(
        time: now.seconds, kind: .customsQueued, severity: .notice, train: roster[slot].id,
        station: here, detail: .queue(ahead: ahead, closed: closed))
    case .gaugeChange:
      eventLog.append(
        time: now.seconds, kind: .gaugeQueueJoined,
        severity: ahead >= 2 || closed ? .warning : .notice, train: roster[slot].id,
        station: here, containers: roster[slot].consist.feu,
        detail: .queue(ahead: ahead, closed: closed))
    case .crew, .unloading:
      break
    }
    // A queue grown long enough opens the resource's overflow servers at once.
    if resources[r].overflowCapacity > 0 { admitWaiting(resource: r) }
  }

  private func waitingStatus(_ kind: StationStep) -> TrainStatus {
    switch kind {
    case .customs: .atCustoms
    case .gaugeChange: .queuedForGaugeChange
    case .crew: .dwelling
    case .unloading: .unloading
    }
  }

  /// The train holds the resource (after waiting `waited` seconds in its queue): draw the
  /// service time and schedule its end.
  mutating func startService(_ slot: Int32, step: Int, waited: Int64 = 0) {
    let i = roster[slot].stopIndex
    let kind = plan(of: slot).steps[i][step]
    let here = station(of: slot, stop: i)
    var duration: Int64 = 0
    // A gauge change with no terminal keeps the status the train had (as it always did).
    var status = roster[slot].status
    switch kind {
    case .customs:
      duration = network.customsPoints[here]?.clearance.sample(using: &random) ?? 0
      status = .atCustoms
    case .gaugeChange:
      guard let terminal = network.terminals[here] else { break }
      // The count from the consist, not the boxes' array: its header is a cold line at
      // 200,000 trains (D81).
      let boxes = roster[slot].consist.feu
      duration = SaneValue.duration(
        terminal.baseTime.sample(using: &random), plus: terminal.perContainerSeconds,
        times: boxes)
      status = .transshipping
      eventLog.append(
        time: now.seconds, kind: .transshipStarted, severity: .info, train: roster[slot].id,
        station: here, containers: boxes)
    case .crew:
      duration = network.dwells[here]?.sample(using: &random) ?? 0
      status = .dwelling
    case .unloading:
      duration = SaneValue.duration(
        scenario.unloading.baseTime.sample(using: &random),
        plus: scenario.unloading.perContainerSeconds, times: roster[slot].consist.feu)
      status = .unloading
    }
    roster[slot].enter(
      .inService(step: step, until: now.seconds + duration, held: false), status, waited: waited)
    queue.schedule(
      .stepFinished(train: slot), at: now.seconds + duration, priority: EventPriority.stepFinished)
  }

  /// The current step's time is up. After clearance, a train drawn for a paperwork hold gives
  /// its customs server back and waits in the yard (status held) for the hold's length: a
  /// missing document stops one train, not a third of the border's clearing capacity.
  mutating func stepFinished(_ slot: Int32) {
    guard roster.contains(slot), case .inService(let step, _, let held) = roster[slot].phase
    else { return }
    let i = roster[slot].stopIndex
    let kind = plan(of: slot).steps[i][step]
    let here = station(of: slot, stop: i)
    let r = stationResources[here].index(for: kind)
    if kind == .customs, !held, let customs = network.customsPoints[here],
      random.unit() < customs.holdProbability
    {
      let hold = customs.hold.sample(using: &random)
      roster[slot].enter(
        .inService(step: step, until: now.seconds + hold, held: true), .held, waited: hold)
      eventLog.append(
        time: now.seconds, kind: .customsHold, severity: .warning, train: roster[slot].id,
        station: here, detail: .hold(seconds: hold))
      queue.schedule(
        .stepFinished(train: slot), at: now.seconds + hold, priority: EventPriority.stepFinished)
      // The server is released on the way out; the train stays in the yard.
      return releaseServer(r, held: held)
    }
    switch kind {
    case .customs:
      eventLog.append(
        time: now.seconds, kind: .customsCleared, severity: .info, train: roster[slot].id,
        station: here)
    case .gaugeChange:
      eventLog.append(
        time: now.seconds, kind: .transshipDone, severity: .info, train: roster[slot].id,
        station: here, containers: roster[slot].consist.feu)
      rebalanceAfterTransshipment(slot, station: here, nextLeg: i)
    case .unloading:
      handOff(slot, at: here)
    case .crew:
      break
    }
    beginStep(slot, step: step + 1)
    releaseServer(r, held: held)
  }

  /// A served train leaves resource `r` (a held train already gave its server back) and the
  /// next waiting trains may start.
  private mutating func releaseServer(_ r: Int, held: Bool) {
    guard !held, r >= 0 else { return }
    resources[r].release()
    admitWaiting(resource: r)
  }

  /// Lets queued trains start while the resource has room and is not blocked.
  mutating func admitWaiting(resource r: Int) {
    while let next = resources[r].admitNext(at: now.seconds) {
      guard roster.contains(next.train), case .queued(let step, _, _) = roster[next.train].phase
      else {
        resources[r].release()
        continue
      }
      startService(next.train, step: step, waited: now.seconds - next.since)
    }
  }
}

/// The resource of each step kind at one station (indices into `CorridorModel.resources`,
/// -1 where the station has none).
struct StationResources {
  var customs = -1
  var gaugeChange = -1
  var crew = -1
  var unloading = -1

  func index(for step: StationStep) -> Int {
    switch step {
    case .customs: customs
    case .gaugeChange: gaugeChange
    case .crew: crew
    case .unloading: unloading
    }
  }
}
