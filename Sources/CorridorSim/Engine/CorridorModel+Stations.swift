/// Station steps: border customs, gauge-change transshipment, crew/locomotive dwell and
/// unloading — each a FIFO resource that trains queue for. Boxes that do not fit the next
/// section are in `Simulation+Backlogs.swift`.
extension Simulation {
  func buildResources() {
    let count = network.stations.count
    customsResource = Array(repeating: -1, count: count)
    gaugeResource = Array(repeating: -1, count: count)
    crewResource = Array(repeating: -1, count: count)
    unloadingResource = Array(repeating: -1, count: count)
    let destinations = Set(plans.compactMap { $0.stops.last })
    let unloading = scenario.unloading
    for (i, station) in network.stations.enumerated() {
      if let customs = station.customs {
        customsResource[i] = addResource(
          FIFOResource(
            kind: .customs, station: i, capacity: max(1, customs.capacity),
            meanServiceSeconds: customs.clearance.meanSeconds))
      }
      if let terminal = station.gaugeChange {
        gaugeResource[i] = addResource(
          FIFOResource(
            kind: .gaugeChange, station: i, capacity: max(1, terminal.capacity),
            meanServiceSeconds: terminal.baseTime.meanSeconds
              + Double(terminal.perContainerSeconds) * 45,
            overflowCapacity: terminal.overflowCapacity,
            overflowWhenQueued: terminal.overflowWhenQueued))
      }
      if let dwell = station.dwell {
        crewResource[i] = addResource(
          FIFOResource(
            kind: .crew, station: i, capacity: station.dwellCapacity,
            meanServiceSeconds: dwell.meanSeconds))
      }
      if destinations.contains(i) {
        unloadingResource[i] = addResource(
          FIFOResource(
            kind: .unloading, station: i, capacity: max(1, unloading.capacity),
            meanServiceSeconds: unloading.baseTime.meanSeconds
              + Double(unloading.perContainerSeconds) * 45))
      }
    }
  }

  private func addResource(_ resource: FIFOResource) -> Int {
    resources.append(resource)
    return resources.count - 1
  }

  func resourceIndex(for step: StationStep, at station: Int) -> Int {
    switch step {
    case .customs: customsResource[station]
    case .gaugeChange: gaugeResource[station]
    case .crew: crewResource[station]
    case .unloading: unloadingResource[station]
    }
  }

  /// Starts step `step` at the train's current stop, or moves on when all are done.
  func beginStep(_ slot: Int32, _ state: TrainState, step: Int) {
    let plan = state.plan
    let i = state.stopIndex
    guard step < plan.steps[i].count else {
      if state.isFinalStop { finishJourney(slot, state) } else { requestPath(slot, state) }
      return
    }
    let kind = plan.steps[i][step]
    let stationIndex = plan.stops[i]
    let r = resourceIndex(for: kind, at: stationIndex)
    guard r >= 0 else { return beginStep(slot, state, step: step + 1) }
    if resources[r].request(train: slot, at: now.seconds) {
      startService(slot, state, step: step)
      return
    }
    state.phase = .queued(step: step, resource: r, since: now.seconds)
    state.status = waitingStatus(kind)
    let ahead = Int32(clamping: resources[r].queue.count - 1)
    let closed = resources[r].blockedUntil.map { $0 > now.seconds } ?? false
    switch kind {
    case .customs:
      eventLog.append(
        time: now.seconds, kind: .customsQueued, severity: .notice, train: state.id,
        station: stationIndex, detail: .queue(ahead: ahead, closed: closed))
    case .gaugeChange:
      eventLog.append(
        time: now.seconds, kind: .gaugeQueueJoined,
        severity: ahead >= 2 || closed ? .warning : .notice, train: state.id,
        station: stationIndex, containers: state.containers.count,
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

  /// The train holds the resource: draw the service time and schedule its end.
  func startService(_ slot: Int32, _ state: TrainState, step: Int) {
    let plan = state.plan
    let i = state.stopIndex
    let kind = plan.steps[i][step]
    let stationIndex = plan.stops[i]
    var duration: Int64 = 0
    switch kind {
    case .customs:
      duration = network.stations[stationIndex].customs?.clearance.sample(using: &random) ?? 0
      state.status = .atCustoms
    case .gaugeChange:
      guard let terminal = network.stations[stationIndex].gaugeChange else { break }
      duration = SaneValue.duration(
        terminal.baseTime.sample(using: &random), plus: terminal.perContainerSeconds,
        times: state.containers.count)
      state.status = .transshipping
      eventLog.append(
        time: now.seconds, kind: .transshipStarted, severity: .info, train: state.id,
        station: stationIndex, containers: state.containers.count)
    case .crew:
      duration = network.stations[stationIndex].dwell?.sample(using: &random) ?? 0
      state.status = .dwelling
    case .unloading:
      let unloading = scenario.unloading
      duration = SaneValue.duration(
        unloading.baseTime.sample(using: &random), plus: unloading.perContainerSeconds,
        times: state.containers.count)
      state.status = .unloading
    }
    state.phase = .inService(step: step, until: now.seconds + duration, held: false)
    queue.schedule(
      .stepFinished(train: slot), at: now.seconds + duration, priority: EventPriority.stepFinished)
  }

  /// The current step's time is up. After clearance, a train drawn for a paperwork hold gives
  /// its customs server back and waits in the yard (status held) for the hold's length: a
  /// missing document stops one train, not a third of the border's clearing capacity.
  func stepFinished(_ slot: Int32) {
    guard let state = train(slot), case .inService(let step, _, let held) = state.phase else {
      return
    }
    let plan = state.plan
    let i = state.stopIndex
    let kind = plan.steps[i][step]
    let stationIndex = plan.stops[i]
    defer {
      let r = resourceIndex(for: kind, at: stationIndex)
      if !held, r >= 0 {
        resources[r].release()
        admitWaiting(resource: r)
      }
    }
    switch kind {
    case .customs:
      if !held, let customs = network.stations[stationIndex].customs,
        random.unit() < customs.holdProbability
      {
        let hold = customs.hold.sample(using: &random)
        state.waitAtStop += hold
        state.status = .held
        state.phase = .inService(step: step, until: now.seconds + hold, held: true)
        eventLog.append(
          time: now.seconds, kind: .customsHold, severity: .warning, train: state.id,
          station: stationIndex, detail: .hold(seconds: hold))
        queue.schedule(
          .stepFinished(train: slot), at: now.seconds + hold, priority: EventPriority.stepFinished)
        return  // the server is released on the way out; the train stays in the yard
      }
      eventLog.append(
        time: now.seconds, kind: .customsCleared, severity: .info, train: state.id,
        station: stationIndex)
    case .gaugeChange:
      eventLog.append(
        time: now.seconds, kind: .transshipDone, severity: .info, train: state.id,
        station: stationIndex, containers: state.containers.count)
      rebalanceAfterTransshipment(state, station: stationIndex, nextLeg: i)
    case .unloading:
      handOff(state, at: stationIndex)
    case .crew:
      break
    }
    beginStep(slot, state, step: step + 1)
  }

  /// Lets queued trains start while the resource has room and is not blocked.
  func admitWaiting(resource r: Int) {
    while let next = resources[r].admitNext(at: now.seconds) {
      guard let waiting = train(next.train), case .queued(let step, _, _) = waiting.phase else {
        resources[r].release()
        continue
      }
      waiting.waitAtStop += now.seconds - next.since
      startService(next.train, waiting, step: step)
    }
  }
}
