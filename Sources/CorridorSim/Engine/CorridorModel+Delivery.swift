/// The end of a journey: arrival at the destination, unloading, and the hand-off that makes
/// the boxes delivered. Delivery figures count boxes, each with its own door-to-door journey
/// (a box left behind at a gauge change arrives with a later train, and is later itself).
extension Simulation {
  /// The train reaches its destination; its boxes are delivered only when handed off.
  func recordArrival(_ state: TrainState) {
    state.arrivedAt = now.seconds
    let departed = state.departedAt ?? state.plannedDeparture
    let late = now.seconds - state.plannedArrival
    let onTime = late <= state.plan.service.onTimeToleranceSeconds
    eventLog.append(
      time: now.seconds, kind: .arrived, severity: onTime ? .notice : .warning, train: state.id,
      station: state.plan.stops[state.stopIndex], containers: state.containers.count,
      detail: .arrival(transitSeconds: now.seconds - departed, lateSeconds: late))
  }

  /// Unloading is done: the boxes are handed off and count as delivered, each with its transit
  /// from its own departure and its own punctuality.
  func handOff(_ state: TrainState, at station: Int) {
    if state.isInTransit { inTransit.remove(state) }
    state.handedOffAt = now.seconds
    let arrived = state.arrivedAt ?? now.seconds
    var transit: Int64 = 0
    var onTime = 0
    for box in state.containers {
      transit += arrived - box.departed
      if arrived <= box.lateAfter { onTime += 1 }
    }
    kpis.recordDelivery(
      day: calendar.day(at: now.seconds), direction: state.direction,
      boxes: state.containers.count, transitSeconds: transit, onTimeBoxes: onTime)
    eventLog.append(
      time: now.seconds, kind: .unloaded, severity: .info, train: state.id, station: station,
      containers: state.containers.count,
      detail: .handOff(hub: network.stations[station].id == network.corridor.stops.last?.id))
  }

  /// All steps at the destination are done: the train stays visible a day, then retires.
  func finishJourney(_ slot: Int32, _ state: TrainState) {
    state.phase = .arrived
    state.status = .arrived
    state.timeline[state.stopIndex].actualDeparture = now
    leaveYard(state, station: state.plan.stops[state.stopIndex])
    let retireAt = max(
      now.seconds, (state.arrivedAt ?? now.seconds) + Simulation.retireAfterSeconds)
    queue.schedule(.retireTrain(train: slot), at: retireAt, priority: EventPriority.retire)
  }
}
