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
  /// without reading the train at all. When trains were formed or retired, the rows follow
  /// the same inserts and removals (`rosterEdits`) and only the new ones are built.
  private func trainSnapshots() -> [TrainSnapshot] {
    if bypassesSnapshotCaches {
      return liveOrder.compactMap { train($0).map { trainSnapshot($0).row } }
    }
    var rows = snapshotCache.trains
    var places = snapshotCache.trainPlaces
    var motions = snapshotCache.trainMotions
    var revisions = snapshotCache.trainRevisions
    snapshotCache.trains = []
    snapshotCache.trainPlaces = []
    snapshotCache.trainMotions = []
    snapshotCache.trainRevisions = []
    var lined = snapshotCache.trainsRoster == rosterChanges
    if !lined, let edits = rosterEdits.edits(from: snapshotCache.trainsRoster, to: rosterChanges) {
      lined = Self.follow(edits, &rows, &places, &motions, &revisions)
    }
    if !lined || rows.count != liveOrder.count {
      rows = Array(repeating: .unbuilt, count: liveOrder.count)
      places = Array(repeating: TrainMotion.unknownPlace, count: liveOrder.count)
      motions = Array(repeating: .modelled, count: liveOrder.count)
      revisions = Array(repeating: Self.unbuiltRevision, count: liveOrder.count)
    }
    rosterEdits.restart(at: rosterChanges)
    let t = now.seconds
    let resources = resources
    var complete = true
    for (i, slot) in liveOrder.enumerated() {
      let changed = trainChanges.take(slot)
      if !changed, motions[i].advance(&rows[i], to: t, resources: resources) { continue }
      guard let state = train(slot) else {
        complete = false
        continue
      }
      if revisions[i] == Self.unbuiltRevision {
        (rows[i], places[i], motions[i]) = trainSnapshot(state)
      } else {
        motions[i] = refresh(&rows[i], from: state, at: t, place: &places[i])
      }
      if revisions[i] != state.rowRevision {
        revisions[i] = state.rowRevision
        rows[i].consist = state.consist
        rows[i].timeline = state.timeline
      }
    }
    // A hole in `liveOrder` would leave an unbuilt row: never hand out or keep such a list.
    guard complete else {
      snapshotCache.trainsRoster = -1
      return liveOrder.compactMap { train($0).map { trainSnapshot($0).row } }
    }
    snapshotCache.trainsRoster = rosterChanges
    snapshotCache.trains = rows
    snapshotCache.trainPlaces = places
    snapshotCache.trainMotions = motions
    snapshotCache.trainRevisions = revisions
    return rows
  }

  /// Marks a row not yet built from its train.
  private static let unbuiltRevision = Int.min

  /// Applies `liveOrder`'s inserts and removals to the cached rows (new ones unbuilt); false
  /// when an edit does not fit them.
  private static func follow(
    _ edits: [RosterEdits.Edit], _ rows: inout [TrainSnapshot], _ places: inout [Int],
    _ motions: inout [CachedRowMotion], _ revisions: inout [Int]
  ) -> Bool {
    for edit in edits {
      switch edit {
      case .inserted(let k):
        guard k >= 0, k <= rows.count else { return false }
        rows.insert(.unbuilt, at: k)
        places.insert(TrainMotion.unknownPlace, at: k)
        motions.insert(.modelled, at: k)
        revisions.insert(unbuiltRevision, at: k)
      case .removed(let k):
        guard k >= 0, k < rows.count else { return false }
        rows.remove(at: k)
        places.remove(at: k)
        motions.remove(at: k)
        revisions.remove(at: k)
      }
    }
    return true
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
      // Element by element: appending a slice of the deque goes through unspecialized
      // generic code (a value-witness call per field of every event).
      for k in (window.count - fresh)..<window.count { events.append(window[k]) }
    }
    snapshotCache.recentEvents = events
    snapshotCache.recentEventsEnd = eventLog.nextSequence
    return events
  }
}
