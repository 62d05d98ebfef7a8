import DequeModule

/// Station steps: border customs, gauge-change transshipment (with its backlog of containers
/// that do not fit the next section), crew/locomotive dwell and unloading — each a FIFO
/// resource that trains queue for.
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
            meanServiceSeconds: customs.clearance.meanSeconds
              + min(max(customs.holdProbability, 0), 1) * customs.hold.meanSeconds))
      }
      if let terminal = station.gaugeChange {
        gaugeResource[i] = addResource(
          FIFOResource(
            kind: .gaugeChange, station: i, capacity: max(1, terminal.capacity),
            meanServiceSeconds: terminal.baseTime.meanSeconds
              + Double(terminal.perContainerSeconds) * 45))
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
    let ahead = resources[r].queue.count - 1
    let station = network.stations[stationIndex]
    let blocked = resources[r].blockedUntil.map { $0 > now.seconds } ?? false
    let reason = blocked ? ", closed" : ""
    switch kind {
    case .customs:
      eventLog.append(
        time: now.seconds, kind: .customsQueued, severity: .notice, train: state.id,
        station: station.id,
        message: "\(state.id) queued for customs at \(station.name) (\(ahead) ahead\(reason))")
    case .gaugeChange:
      eventLog.append(
        time: now.seconds, kind: .gaugeQueueJoined,
        severity: ahead >= 2 || blocked ? .warning : .notice,
        train: state.id, station: station.id, containers: state.containers.count,
        message: "\(state.id) queued at \(station.name) (\(ahead) ahead\(reason))")
    case .crew, .unloading:
      break
    }
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
    let station = network.stations[plan.stops[i]]
    var duration: Int64 = 0
    var held = false
    switch kind {
    case .customs:
      guard let customs = station.customs else { break }
      duration = customs.clearance.sample(using: &random)
      if random.unit() < customs.holdProbability {
        let hold = customs.hold.sample(using: &random)
        duration += hold
        state.waitAtStop += hold
        held = true
        eventLog.append(
          time: now.seconds, kind: .customsHold, severity: .warning, train: state.id,
          station: station.id,
          message:
            "\(state.id) held at \(station.name) customs for paperwork "
            + "(\(oneDecimal(Double(hold) / 3_600)) h)"
        )
      }
      state.status = held ? .held : .atCustoms
    case .gaugeChange:
      guard let terminal = station.gaugeChange else { break }
      duration = SaneValue.duration(
        terminal.baseTime.sample(using: &random), plus: terminal.perContainerSeconds,
        times: state.containers.count)
      state.status = .transshipping
      eventLog.append(
        time: now.seconds, kind: .transshipStarted, severity: .info, train: state.id,
        station: station.id, containers: state.containers.count,
        message: "\(state.id) transshipping \(state.containers.count) FEU at \(station.name)")
    case .crew:
      duration = station.dwell?.sample(using: &random) ?? 0
      state.status = .dwelling
    case .unloading:
      let unloading = scenario.unloading
      duration = SaneValue.duration(
        unloading.baseTime.sample(using: &random), plus: unloading.perContainerSeconds,
        times: state.containers.count)
      state.status = .unloading
    }
    state.phase = .inService(step: step, until: now.seconds + duration, held: held)
    queue.schedule(
      .stepFinished(train: slot), at: now.seconds + duration, priority: EventPriority.stepFinished)
  }

  func stepFinished(_ slot: Int32) {
    guard let state = train(slot), case .inService(let step, _, _) = state.phase else { return }
    let plan = state.plan
    let i = state.stopIndex
    let kind = plan.steps[i][step]
    let stationIndex = plan.stops[i]
    let station = network.stations[stationIndex]
    switch kind {
    case .customs:
      eventLog.append(
        time: now.seconds, kind: .customsCleared, severity: .info, train: state.id,
        station: station.id, message: "\(state.id) cleared customs at \(station.name)")
    case .gaugeChange:
      eventLog.append(
        time: now.seconds, kind: .transshipDone, severity: .info, train: state.id,
        station: station.id, containers: state.containers.count,
        message: "\(state.id) transshipped \(state.containers.count) FEU at \(station.name)")
      rebalanceAfterTransshipment(state, station: stationIndex, nextLeg: i)
    case .unloading:
      eventLog.append(
        time: now.seconds, kind: .unloaded, severity: .info, train: state.id,
        station: station.id, containers: state.containers.count,
        message: "\(state.id) unloaded \(state.containers.count) FEU, \(handOffPhrase(at: station))"
      )
    case .crew:
      break
    }
    let r = resourceIndex(for: kind, at: stationIndex)
    if r >= 0 {
      resources[r].release()
      admitWaiting(resource: r)
    }
    beginStep(slot, state, step: step + 1)
  }

  /// `Unloading.handOffTo` names the main route's hub; other destinations hand off locally.
  private func handOffPhrase(at station: Station) -> String {
    station.id == network.corridor.stops.last?.id
      ? "handed off to \(scenario.unloading.handOffTo)"
      : "handed off to onward carriers at \(station.name)"
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

  /// After a gauge change the train is re-formed to the next section's limit: extra boxes stay
  /// in the terminal's backlog, spare room takes backlogged boxes of the same service (oldest
  /// first).
  private func rebalanceAfterTransshipment(_ state: TrainState, station: Int, nextLeg: Int) {
    let limit = state.plan.legLimit[nextLeg]
    let key = station * plans.count + state.plan.serviceIndex
    let name = network.stations[station].name
    if state.containers.count > limit {
      let extra = state.containers.count - limit
      var backlog = backlogs[key] ?? Deque()
      backlog.append(contentsOf: state.containers.suffix(extra))
      backlogs[key] = backlog
      backlogFEU[station] += extra
      reformConsist(state) { $0.containers.removeLast(extra) }
      eventLog.append(
        time: now.seconds, kind: .containersLeftBehind, severity: .warning, train: state.id,
        station: network.stations[station].id, containers: extra,
        message:
          "\(state.id) left \(extra) FEU at \(name) (limit \(limit)); backlog \(backlog.count) FEU")
    } else if var backlog = backlogs[key], !backlog.isEmpty {
      let take = min(limit - state.containers.count, backlog.count)
      guard take > 0 else { return }
      let boxes = Array(backlog.prefix(take))
      backlog.removeFirst(take)
      backlogs[key] = backlog
      backlogFEU[station] -= take
      reformConsist(state) { $0.containers.append(contentsOf: boxes) }
      eventLog.append(
        time: now.seconds, kind: .backlogPickedUp, severity: .notice, train: state.id,
        station: network.stations[station].id, containers: take,
        message: "\(state.id) picked up \(take) backlogged FEU at \(name); \(backlog.count) left")
    }
  }
}
