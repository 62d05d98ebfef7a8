import HeapModule

/// What the engine does when a scheduled event fires.
enum EngineAction: Sendable, Hashable {
  /// A service's next departure: the train is formed and loading starts.
  case formTrain(service: Int32, departure: Int64)
  /// Loading is done: the train leaves its origin.
  case departOrigin(train: Int32)
  /// The train reaches the next station of its plan.
  case arriveAtStation(train: Int32)
  /// The train's current station step (customs, gauge change, dwell, unloading) is over.
  case stepFinished(train: Int32)
  /// The train's reserved path on the next segment opens.
  case pathOpens(train: Int32)
  /// Boxes left at a terminal a relief period ago: send them on if they still wait.
  case backlogDue(station: Int32)
  /// An arrived train leaves the snapshot.
  case retireTrain(train: Int32)
  /// A border hold or terminal closure starts (Poisson arrivals).
  case disruptionStarts(rate: Int32)
  /// A disruption started earlier ends.
  case disruptionEnds(rate: Int32, startedAt: Int64)
  /// A calendar month begins: winter slowdowns switch on or off.
  case monthBegins
}

/// An event in the queue, ordered by (time, priority, sequence).
///
/// The sequence number is given at scheduling, so events at the same time and priority come
/// out in the order they were scheduled: that is what makes a seed fix the whole run.
struct ScheduledEvent: Comparable, Sendable {
  var time: Int64
  var priority: UInt8
  var sequence: UInt64
  var action: EngineAction

  static func < (a: ScheduledEvent, b: ScheduledEvent) -> Bool {
    if a.time != b.time { return a.time < b.time }
    if a.priority != b.priority { return a.priority < b.priority }
    return a.sequence < b.sequence
  }
  static func == (a: ScheduledEvent, b: ScheduledEvent) -> Bool {
    a.time == b.time && a.priority == b.priority && a.sequence == b.sequence
  }
}

/// The future event list: a min-heap of `ScheduledEvent`.
///
/// - Complexity: O(log n) insert and pop.
struct EventQueue {
  private var heap = Heap<ScheduledEvent>()
  private var nextSequence: UInt64 = 0

  var count: Int { heap.count }
  var nextTime: Int64? { heap.min?.time }

  /// Schedules `action` at `time`; lower `priority` fires first among equal times.
  mutating func schedule(_ action: EngineAction, at time: Int64, priority: UInt8 = 5) {
    heap.insert(
      ScheduledEvent(time: time, priority: priority, sequence: nextSequence, action: action))
    nextSequence &+= 1
  }

  mutating func popMin() -> ScheduledEvent? { heap.popMin() }
}
