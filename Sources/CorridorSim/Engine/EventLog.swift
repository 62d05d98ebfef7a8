/// The event log: a bounded window of recent events for the snapshot, and the events not yet
/// drained by the caller.
///
/// Memory is bounded: the recent window keeps `recentLimit` events, and if nobody drains, the
/// pending buffer keeps only the newest `pendingLimit` (a caller that streams drains each tick;
/// one that never drains can switch `keepsPending` off). Logging an event stores it twice
/// (window and pending) and allocates nothing once the window is full: the window is a ring
/// whose oldest event is overwritten.
struct EventLog {
  static let recentLimit = 200
  static let pendingLimit = 100_000

  /// The recent window: event `sequence` is at `ring[sequence % recentLimit]`.
  private var ring: [SimEvent] = []
  private var pending: [SimEvent] = []
  /// How many events were logged: the sequence number of the next one.
  private(set) var nextSequence = 0
  /// Events dropped from `pending` because nobody drained them.
  private(set) var droppedUndrained = 0
  var keepsPending = true

  mutating func append(
    time: Int64, kind: SimEvent.Kind, severity: SimEvent.Severity, train: String?,
    station: Int, containers: Int? = nil, detail: SimEvent.Detail = .none
  ) {
    let slot = nextSequence % EventLog.recentLimit
    let at = station >= 0 ? Int32(station) : nil
    let boxes = containers.map { Int32(clamping: $0) }
    if ring.count < EventLog.recentLimit {
      ring.append(
        SimEvent(
          sequence: nextSequence, time: SimTime(seconds: time), kind: kind, severity: severity,
          train: train, station: at, containers: boxes, detail: detail))
    } else {
      // Written over the oldest event field by field: an event made first and then stored
      // is copied through `SimEvent`'s value witness (and the temporary destroyed).
      ring[slot].overwrite(
        sequence: nextSequence, time: time, kind: kind, severity: severity, train: train,
        station: at, containers: boxes, detail: detail)
    }
    nextSequence += 1
    guard keepsPending else { return }
    if pending.count >= EventLog.pendingLimit {
      pending.removeFirst(pending.count / 2)
      droppedUndrained += EventLog.pendingLimit / 2
    }
    pending.append(ring[slot])
  }

  /// Events in the recent window.
  var recentCount: Int { ring.count }

  /// The `k`th event of the recent window, oldest first (`k` in `0..<recentCount`).
  func recent(_ k: Int) -> SimEvent {
    ring[(nextSequence - ring.count + k) % EventLog.recentLimit]
  }

  /// The recent window, oldest first.
  var recent: [SimEvent] { (0..<ring.count).map(recent) }

  /// The pending events, handed over; the next ones go to a buffer half as large again as the
  /// largest drain so far (at most `reservedLimit`), so a caller draining every slice does not
  /// regrow it by doubling, copying every event each time (at 200,000 trains a year a day's
  /// events are megabytes, and while traffic builds up each day is a little busier).
  mutating func drain() -> [SimEvent] {
    let drained = pending
    pending = []
    largestDrain = max(largestDrain, drained.count)
    if keepsPending {
      pending.reserveCapacity(min(largestDrain + largestDrain / 2, EventLog.reservedLimit))
    }
    return drained
  }

  /// The most events one `drain` handed over.
  private var largestDrain = 0
  static let reservedLimit = 65_536
}

extension SimEvent {
  /// Becomes another event in place, field by field (see `EventLog.append`).
  fileprivate mutating func overwrite(
    sequence: Int, time: Int64, kind: Kind, severity: Severity, train: String?, station: Int32?,
    containers: Int32?, detail: Detail
  ) {
    (self.sequence, self.time, self.kind, self.severity) =
      (sequence, SimTime(seconds: time), kind, severity)
    (self.train, self.station, self.containers, self.detail) =
      (train, station, containers, detail)
  }
}
