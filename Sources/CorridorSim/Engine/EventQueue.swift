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

extension EngineAction {
  /// The train slot the action is about, if it is about one.
  var train: Int32? {
    switch self {
    case .departOrigin(let train), .arriveAtStation(let train), .stepFinished(let train),
      .pathOpens(let train), .retireTrain(let train):
      return train
    case .formTrain, .backlogDue, .disruptionStarts, .disruptionEnds, .monthBegins:
      return nil
    }
  }
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

/// The future event list: a calendar queue, popping in exactly (time, priority, sequence)
/// order.
///
/// Time is cut into windows of 2^`bucketShift` seconds. Events of the current window are in
/// a small binary heap (`near`); events of the next `bucketCount - 1` windows are appended,
/// unsorted, to a ring of buckets, one per window; later ones wait in an `overflow` heap.
/// When `near` runs dry the queue moves to the next window that has events: its bucket is
/// heapified into `near`, and overflow events that now fall inside the ring go to their
/// buckets. Every event in a bucket is later than every event in `near`, and every event in
/// overflow later than every bucket, so the order is the same total order a single heap
/// gives (D77).
///
/// Why not one heap: with thousands of trains, ten thousand events are pending; a pop then
/// sifts through 13 levels of a heap that no longer fits in the cache, and the cost per event
/// grows with the corridor's traffic. Here the heap holds one window's events (hundreds at
/// 200,000 trains a year), and a scheduled event is one append.
///
/// - Complexity: O(1) schedule into the ring, O(log w) pop for w events in a window, plus
///   the windows skipped (cheap empty checks) and the rare overflow moves.
struct EventQueue {
  /// Window width as a power of two: 2^10 s, about 17 minutes.
  let bucketShift: Int
  /// Windows in the ring (a power of two): 256 × 17 min ≈ 3 days ahead, past which only
  /// long plans wait (next departures a week out, month starts, disruption ends).
  let bucketCount: Int64

  private var near = EventHeap()
  private var buckets: [[ScheduledEvent]]
  private var overflow = EventHeap()
  /// The window `near` holds: times in [base << bucketShift, (base + 1) << bucketShift).
  /// Window numbers are `time >> bucketShift` (an arithmetic shift: negative times work too).
  private var base: Int64 = 0
  private var nextSequence: UInt64 = 0

  /// Events pending. Whenever it is not zero, `near` is not empty.
  private(set) var count = 0
  /// The event `popMin` returns next.
  var next: ScheduledEvent? { near.min }
  var nextTime: Int64? { next?.time }

  init(bucketShift: Int = 10, bucketCount: Int = 256) {
    precondition(bucketCount > 1 && bucketCount & (bucketCount - 1) == 0, "a power of two")
    precondition((2...30).contains(bucketShift), "windows of 4 s to 2^30 s")
    self.bucketShift = bucketShift
    self.bucketCount = Int64(bucketCount)
    buckets = Array(repeating: [], count: bucketCount)
  }

  /// Schedules `action` at `time`; lower `priority` fires first among equal times.
  mutating func schedule(_ action: EngineAction, at time: Int64, priority: UInt8 = 5) {
    let event = ScheduledEvent(
      time: time, priority: priority, sequence: nextSequence, action: action)
    nextSequence &+= 1
    let window = time >> bucketShift
    // An empty queue starts its windows at the event, wherever the last one ended.
    if count == 0 { base = window }
    count += 1
    if window <= base {
      near.insert(event)
    } else if window - base < bucketCount {
      buckets[slot(of: window)].append(event)
    } else {
      overflow.insert(event)
    }
  }

  mutating func popMin() -> ScheduledEvent? {
    guard let event = near.popMin() else { return nil }
    count -= 1
    if near.isEmpty && count > 0 { moveToNextWindow() }
    return event
  }

  private func slot(of window: Int64) -> Int { Int(window & (bucketCount - 1)) }

  /// Moves `base` on to the first window with events and fills `near` from it.
  private mutating func moveToNextWindow() {
    while near.isEmpty {
      let ringIsEmpty = count == overflow.count
      if ringIsEmpty, let first = overflow.min {
        // Nothing in the ring: jump straight to the overflow's first window.
        base = max(base + 1, first.time >> bucketShift)
      } else {
        base += 1
      }
      // The ring's far end moved on: overflow events that now fit go to their buckets
      // (the current window's bucket included, emptied into `near` below).
      while let first = overflow.min, (first.time >> bucketShift) - base < bucketCount {
        _ = overflow.popMin()
        buckets[slot(of: first.time >> bucketShift)].append(first)
      }
      let current = slot(of: base)
      if !buckets[current].isEmpty { near.take(&buckets[current]) }
    }
  }
}
