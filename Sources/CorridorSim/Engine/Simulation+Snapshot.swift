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
    let model = model
    let fresh = bypassesSnapshotCaches
    return SimSnapshot(
      scenarioName: scenario.name, scenarioTitle: scenario.title, seed: seed,
      epochUnix: scenario.epochUnix, time: model.now, corridor: model.network.corridor,
      trains: fresh ? model.trainRows() : snapshotCache.trainRows(of: model),
      stations: fresh ? model.stationRows() : snapshotCache.stationRows(of: model),
      kpis: fresh
        ? model.kpiSnapshot(
          inTransit: model.scannedInTransitKPIs(), mainRoute: model.mainRouteStations())
        : snapshotCache.kpis(of: model),
      recentEvents: fresh ? model.eventLog.recent : snapshotCache.recentEvents(of: model.eventLog),
      activeDisruptions: model.activeDisruptions, calendar: calendar, eventText: eventText)
  }
}

extension SnapshotCache {
  /// Rows for the live trains in id order. The cached array is handed out and then patched in
  /// place: while the last snapshot is alive copy-on-write protects it, and once the caller
  /// has dropped it (the live screen keeps none) the patch allocates nothing. A row whose
  /// train no event has written since (`Roster.writes(of:)`) is moved on from its
  /// `CachedRowMotion` without reading the train at all. When trains were formed or retired,
  /// the id order and the rows follow the same inserts and removals (`Roster.edits`) and only
  /// new rows are built: the engine keeps no order, so the ordering work is done here, once a
  /// frame.
  mutating func trainRows(of model: CorridorModel) -> [TrainSnapshot] {
    var rows = trainRows
    clearTrainRows()
    let roster = model.roster
    var lined = trainsRoster == roster.changes
    if !lined, let edits = roster.edits.edits(from: trainsRoster, to: roster.changes) {
      lined = follow(edits, &rows, model)
    }
    if !lined || rows.rows.count != rows.order.count {
      rows = RowColumns(order: model.idOrder())
    }
    let t = model.now.seconds
    let resources = model.resources
    var complete = true
    for (i, slot) in rows.order.enumerated() {
      let writes = roster.contains(slot) ? roster.writes(of: slot) : 0
      let changed = rows.writesSeen[i] != writes || rows.revisions[i] == RowColumns.unbuiltRevision
      rows.writesSeen[i] = writes
      if !changed, rows.motions[i].advance(&rows.rows[i], to: t, resources: resources) { continue }
      guard roster.contains(slot) else {
        complete = false
        continue
      }
      if rows.revisions[i] == RowColumns.unbuiltRevision {
        // A fresh row has the train's consist and timeline already: built once, not twice.
        (rows.rows[i], rows.places[i], rows.motions[i]) = model.trainSnapshot(slot)
        rows.revisions[i] = roster[slot].rowRevision
        continue
      }
      rows.motions[i] = model.refresh(&rows.rows[i], from: slot, at: t, place: &rows.places[i])
      if rows.revisions[i] != roster[slot].rowRevision {
        rows.revisions[i] = roster[slot].rowRevision
        rows.rows[i].consist = roster[slot].consist
        roster.updateTimes(of: slot, in: &rows.rows[i].timeline)
      }
    }
    // A retired slot left in the order would leave a stale row: never hand out or keep one.
    guard complete else {
      trainsRoster = -1
      return model.trainRows()
    }
    trainsRoster = roster.changes
    let handed = rows.rows
    keep(rows)
    return handed
  }

  /// Applies the formings and retirements to the cached order and rows (new rows unbuilt,
  /// placed by id); false when an edit does not fit them, so the caller rebuilds.
  private func follow(
    _ edits: [RosterEdits.Edit], _ rows: inout RowColumns, _ model: CorridorModel
  ) -> Bool {
    for edit in edits {
      switch edit {
      case .formed(let slot):
        guard model.roster.contains(slot) else { return false }
        let id = model.roster[slot].id
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
  mutating func recentEvents(of log: EventLog) -> [SimEvent] {
    let fresh = log.nextSequence - recentEventsEnd
    guard fresh > 0 else { return recentEvents }
    var events = recentEvents
    recentEvents = []
    let count = log.recentCount
    if fresh >= count {
      events = log.recent
    } else {
      events.removeFirst(max(0, events.count + fresh - count))
      for k in (count - fresh)..<count { events.append(log.recent(k)) }
    }
    recentEvents = events
    recentEventsEnd = log.nextSequence
    return events
  }
}

extension CorridorModel {
  /// Rows for the live trains in id order, all built afresh: the reference the cached rows
  /// are tested against.
  func trainRows() -> [TrainSnapshot] {
    idOrder().map { trainSnapshot($0).row }
  }

  /// The live trains' slots, sorted by train id (a rebuild: n log n).
  func idOrder() -> [Int32] {
    roster.liveSlots.sorted { roster[$0].id < roster[$1].id }
  }
}
