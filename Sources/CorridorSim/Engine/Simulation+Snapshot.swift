/// `snapshot()`: an immutable picture for views, built without touching the model.
///
/// The live screen takes one every frame, and between two frames only a few events happen, so
/// the parts are kept in `snapshotCache` and patched: train rows are rewritten in place while
/// the roster is unchanged (no new array, no copies of ids and names), the recent-event window
/// only gains the new events, in-transit KPIs come from a tally the event handlers keep, and
/// the station list is computed once. Views never see the difference: each cached part equals
/// a fresh computation (`bypassesSnapshotCaches`), which the tests check at every step.
extension Simulation {
  /// An immutable picture of the current state.
  public func snapshot() -> SimSnapshot {
    SimSnapshot(
      scenarioName: scenario.name, scenarioTitle: scenario.title, seed: seed,
      epochUnix: scenario.epochUnix, time: now, corridor: network.corridor,
      trains: trainSnapshots(), stations: stationSnapshots(), kpis: kpiSnapshot(),
      recentEvents: recentEvents(), activeDisruptions: activeDisruptions)
  }

  /// Rows for the live trains in id order. The cached array is handed out and then patched in
  /// place: while the last snapshot is alive copy-on-write protects it, and once the caller
  /// has dropped it (the live screen keeps none) the patch allocates nothing. A row whose
  /// train no event has touched since (`trainChanges`) is moved on from its `CachedRowMotion`
  /// without reading the train at all.
  private func trainSnapshots() -> [TrainSnapshot] {
    if bypassesSnapshotCaches || snapshotCache.trainsRoster != rosterChanges {
      var rows: [TrainSnapshot] = []
      var places: [Int] = []
      var motions: [CachedRowMotion] = []
      rows.reserveCapacity(liveOrder.count)
      places.reserveCapacity(liveOrder.count)
      motions.reserveCapacity(liveOrder.count)
      for slot in liveOrder {
        guard let state = train(slot) else { continue }
        let fresh = trainSnapshot(state)
        rows.append(fresh.row)
        places.append(fresh.place)
        motions.append(fresh.motion)
      }
      // The reference computation leaves the cache and the change marks alone.
      if bypassesSnapshotCaches { return rows }
      // A hole in `liveOrder` would misalign rows and slots: never reuse such a list.
      snapshotCache.trains = rows
      snapshotCache.trainsRoster = rows.count == liveOrder.count ? rosterChanges : -1
      snapshotCache.trainRevisions = liveOrder.map { train($0)?.rowRevision ?? -1 }
      snapshotCache.trainPlaces = places
      snapshotCache.trainMotions = motions
      trainChanges.clear(liveOrder)
      return rows
    }
    var rows = snapshotCache.trains
    snapshotCache.trains = []
    var motions = snapshotCache.trainMotions
    snapshotCache.trainMotions = []
    var places = snapshotCache.trainPlaces
    snapshotCache.trainPlaces = []
    var revisions = snapshotCache.trainRevisions
    snapshotCache.trainRevisions = []
    let t = now.seconds
    let resources = resources
    for (i, slot) in liveOrder.enumerated() {
      if !trainChanges.take(slot), motions[i].advance(&rows[i], to: t, resources: resources) {
        continue
      }
      guard let state = train(slot) else { continue }
      motions[i] = refresh(&rows[i], from: state, at: t, place: &places[i])
      if revisions[i] != state.rowRevision {
        revisions[i] = state.rowRevision
        rows[i].consist = state.consist
        rows[i].timeline = state.timeline
      }
    }
    snapshotCache.trainMotions = motions
    snapshotCache.trainPlaces = places
    snapshotCache.trainRevisions = revisions
    snapshotCache.trains = rows
    return rows
  }

  /// The recent-event window, oldest first: the cached array drops what fell out of the
  /// window and appends only the events logged since the last call.
  private func recentEvents() -> [SimEvent] {
    let window = eventLog.recent
    let fresh = eventLog.nextSequence - snapshotCache.recentEventsEnd
    if bypassesSnapshotCaches { return Array(window) }
    guard fresh > 0 else { return snapshotCache.recentEvents }
    var events = snapshotCache.recentEvents
    snapshotCache.recentEvents = []
    if fresh >= window.count {
      events = Array(window)
    } else {
      events.removeFirst(max(0, events.count + fresh - window.count))
      events.append(contentsOf: window.suffix(fresh))
    }
    snapshotCache.recentEvents = events
    snapshotCache.recentEventsEnd = eventLog.nextSequence
    return events
  }
}
