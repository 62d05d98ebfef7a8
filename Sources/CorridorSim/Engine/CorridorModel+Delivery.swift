/// The end of a journey: arrival at the destination, unloading, and the hand-off that makes
/// the boxes delivered. Delivery figures count boxes, each with its own door-to-door journey
/// (a box left behind at a gauge change arrives with a later train, and is later itself).
extension CorridorModel {
  /// The train reaches its destination; its boxes are delivered only when handed off.
  mutating func recordArrival(_ slot: Int32) {
    roster[slot].arrivedAt = now.seconds
    let departed = roster[slot].departedAt ?? roster[slot].plannedDeparture
    let late = now.seconds - roster[slot].plannedArrival
    let onTime = late <= plan(of: slot).service.onTimeToleranceSeconds
    eventLog.append(
      time: now.seconds, kind: .arrived, severity: onTime ? .notice : .warning,
      train: roster[slot].id, station: station(of: slot, stop: roster[slot].stopIndex),
      containers: roster[slot].consist.feu,
      detail: .arrival(transitSeconds: now.seconds - departed, lateSeconds: late))
  }

  /// Unloading is done: the boxes are handed off and count as delivered, each with its transit
  /// from its own departure and its own punctuality.
  mutating func handOff(_ slot: Int32, at station: Int) {
    if roster[slot].isInTransit {
      inTransit.remove(roster[slot].consist, roster[slot].direction)
    }
    roster[slot].handedOffAt = now.seconds
    let arrived = roster[slot].arrivedAt ?? now.seconds
    // The boxes themselves only when some are late and some not (D81).
    let delivery =
      roster[slot].boxClock.delivery(arrived: arrived)
      ?? BoxClock.delivery(arrived: arrived, roster[slot].containers)
    let boxes = roster[slot].consist.feu
    kpis.recordDelivery(
      day: calendar.day(at: now.seconds), direction: roster[slot].direction, boxes: boxes,
      transitSeconds: delivery.transitSeconds, onTimeBoxes: delivery.onTime)
    eventLog.append(
      time: now.seconds, kind: .unloaded, severity: .info, train: roster[slot].id,
      station: station, containers: boxes, detail: .handOff(hub: network.compiled[station].isHub))
  }

  /// All steps at the destination are done: the train stays visible a day, then retires.
  mutating func finishJourney(_ slot: Int32) {
    let i = roster[slot].stopIndex
    roster.finish(slot, now: now)
    leaveYard(slot, station: station(of: slot, stop: i))
    let retireAt = max(
      now.seconds, (roster[slot].arrivedAt ?? now.seconds) + CorridorModel.retireAfterSeconds)
    queue.schedule(.retireTrain(train: slot), at: retireAt, priority: EventPriority.retire)
  }
}
