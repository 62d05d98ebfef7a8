import DequeModule

/// The event log: a bounded window of recent events for the snapshot, and the events not yet
/// drained by the caller.
///
/// Memory is bounded: the recent window keeps `recentLimit` events, and if nobody drains, the
/// pending buffer keeps only the newest `pendingLimit` (a caller that streams drains each tick;
/// one that never drains can switch `keepsPending` off).
struct EventLog {
  static let recentLimit = 200
  static let pendingLimit = 100_000

  private(set) var recent = Deque<SimEvent>()
  private var pending: [SimEvent] = []
  private(set) var nextSequence = 0
  /// Events dropped from `pending` because nobody drained them.
  private(set) var droppedUndrained = 0
  var keepsPending = true

  mutating func append(
    time: Int64, kind: SimEvent.Kind, severity: SimEvent.Severity, train: String?,
    station: Int, containers: Int? = nil, detail: SimEvent.Detail = .none
  ) {
    let event = SimEvent(
      sequence: nextSequence, time: SimTime(seconds: time), kind: kind, severity: severity,
      train: train, station: station >= 0 ? Int32(station) : nil,
      containers: containers.map { Int32(clamping: $0) }, detail: detail)
    nextSequence += 1
    if recent.count == EventLog.recentLimit { recent.removeFirst() }
    recent.append(event)
    guard keepsPending else { return }
    if pending.count >= EventLog.pendingLimit {
      pending.removeFirst(pending.count / 2)
      droppedUndrained += EventLog.pendingLimit / 2
    }
    pending.append(event)
  }

  mutating func drain() -> [SimEvent] {
    defer { pending = [] }
    return pending
  }
}
