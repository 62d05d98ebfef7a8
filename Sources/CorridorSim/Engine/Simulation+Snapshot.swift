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
      recentEvents: recentEvents(), activeDisruptions: activeDisruptions, calendar: calendar,
      eventText: eventText)
  }

  /// Rows for the live trains in id order. The cached array is handed out and then patched in
  /// place: while the last snapshot is alive copy-on-write protects it, and once the caller
  /// has dropped it (the live screen keeps none) the patch allocates nothing. A row whose
  /// train no event has touched since (`trainChanges`) is moved on from its `CachedRowMotion`
  /// without reading the train at all. When trains were formed or retired, the id order and
  /// the rows follow the same inserts and removals (`rosterEdits`) and only new rows are built:
  /// the engine keeps no order, so the ordering work is done here, once a frame.
  private func trainSnapshots() -> [TrainSnapshot] {
    if bypassesSnapshotCaches {
      return idOrder().compactMap { train($0).map { trainSnapshot($0).row } }
    }
    var rows = RowColumns(snapshotCache)
    snapshotCache.clearTrainRows()
    var lined = snapshotCache.trainsRoster == rosterChanges
    if !lined, let edits = rosterEdits.edits(from: snapshotCache.trainsRoster, to: rosterChanges) {
      lined = follow(edits, &rows)
    }
    if !lined || rows.rows.count != rows.order.count {
      rows = RowColumns(order: idOrder())
    }
    rosterEdits.restart(at: rosterChanges)
    let t = now.seconds
    let resources = resources
    var complete = true
    for (i, slot) in rows.order.enumerated() {
      let changed = trainChanges.take(slot)
      if !changed, rows.motions[i].advance(&rows.rows[i], to: t, resources: resources) { continue }
      guard let state = train(slot) else {
        complete = false
        continue
      }
      if rows.revisions[i] == RowColumns.unbuiltRevision {
        (rows.rows[i], rows.places[i], rows.motions[i]) = trainSnapshot(state)
      } else {
        rows.motions[i] = refresh(&rows.rows[i], from: state, at: t, place: &rows.places[i])
      }
      if rows.revisions[i] != state.rowRevision {
        rows.revisions[i] = state.rowRevision
        rows.rows[i].consist = state.consist
        rows.rows[i].timeline = state.timeline
      }
    }
    // A retired slot left in the order would leave a stale row: never hand out or keep one.
    guard complete else {
      snapshotCache.trainsRoster = -1
      return idOrder().compactMap { train($0).map { trainSnapshot($0).row } }
    }
    snapshotCache.trainsRoster = rosterChanges
    let handed = rows.rows
    snapshotCache.keep(rows)
    return handed
  }

  /// The live trains' slots, sorted by train id (a rebuild: n log n).
  private func idOrder() -> [Int32] {
    var live: [(slot: Int32, id: String)] = []
    for (slot, state) in trains.enumerated() {
      if let state { live.append((Int32(slot), state.id)) }
    }
    live.sort { $0.id < $1.id }
    return live.map(\.slot)
  }

  /// Applies the formings and retirements to the cached order and rows (new rows unbuilt,
  /// placed by id); false when an edit does not fit them, so the caller rebuilds.
  private func follow(_ edits: [RosterEdits.Edit], _ rows: inout RowColumns) -> Bool {
    for edit in edits {
      switch edit {
      case .formed(let slot):
        guard let id = train(slot)?.id else { return false }
        var low = 0
        var high = rows.rows.count
        while low < high {
          let mid = (low + high) / 2
          if rows.rows[mid].id < id { low = mid + 1 } else { high = mid }
        }
        rows.insertUnbuilt(slot: slot, id: id, at: low)
      case .retired(let slot):
        guard let k = rows.order.firstIndex(of: slot) else { return false }
        rows.remove(at: k)
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
