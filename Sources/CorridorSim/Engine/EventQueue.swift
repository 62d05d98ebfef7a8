/// What the engine does when a scheduled event fires.
enum EngineAction: Sendable, Hashable {
  /// A service's next departure: the train is formed and loading starts.
  case formTrain(departure: Int64, service: Int32)
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
  case disruptionEnds(startedAt: Int64, rate: Int32)
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
///
/// Laid out in 32 bytes (`time`, `sequence`, the 13-byte action, then `priority` in what
/// would be padding; each action's Int64 comes before its Int32 for the same reason): the
/// queue's buckets and heaps hold thousands of these, and at 200,000 trains a year a bucket's
/// lines were last touched a ring (three days) before, so every byte is a byte read from
/// memory (D82). `EventQueueTests.anEventFitsInThirtyTwoBytes` holds the size.
struct ScheduledEvent: Comparable, Sendable {
  var time: Int64
  var sequence: UInt64
  var action: EngineAction
  var priority: UInt8

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
/// A busy window is split (D82): a bucket of more than twice `heapTarget` events is dealt
/// into up to 32 sub-windows of equal width (`fine`), each heapified into `near` in its
/// turn, so the heap holds about `heapTarget` events however busy the corridor is. Without
/// it a window of a corridor ten times as busy holds ten times the events, and every pop
/// sifts through three more levels of the heap.
///
/// Why not one heap: with thousands of trains, ten thousand events are pending; a pop then
/// sifts through 13 levels of a heap that no longer fits in the cache, and the cost per event
/// grows with the corridor's traffic. Here the heap holds a sub-window's events (a few dozen
/// at any traffic), and a scheduled event is one append.
///
/// - Complexity: O(1) schedule into the ring, O(log w) pop for w ≈ `heapTarget` events in
///   a sub-window, plus one move per event of a split window, the windows skipped (cheap
///   empty checks) and the rare overflow moves.
struct EventQueue {
  /// Window width as a power of two: 2^10 s, about 17 minutes.
  let bucketShift: Int
  /// Windows in the ring (a power of two): 256 × 17 min ≈ 3 days ahead, past which only
  /// long plans wait (next departures a week out, month starts, disruption ends).
  let bucketCount: Int64
  /// About how many events `near` should hold: a window with more than twice this many is
  /// split into sub-windows of about this many each.
  let heapTarget: Int
  /// The most sub-windows a window is split into.
  static let maxSubWindows = 32

  private var near = EventHeap()
  private var buckets: [[ScheduledEvent]]
  private var overflow = EventHeap()
  /// The window `near` holds: times in [base << bucketShift, (base + 1) << bucketShift).
  /// Window numbers are `time >> bucketShift` (an arithmetic shift: negative times work too).
  private var base: Int64 = 0
  private var nextSequence: UInt64 = 0

  /// The current window's later sub-windows while it is split: `fine[k]` holds sub-window
  /// `fineFirst + k`, sub-window numbers being `time >> fineShift`. Not split: `fineShift`
  /// is `bucketShift`, one sub-window, the window itself.
  private var fine: [[ScheduledEvent]] = []
  private var fineShift: Int
  /// The first sub-window of the current window, and how many it has.
  private var fineFirst: Int64 = 0
  private var fineCount = 1
  /// The sub-window `near` holds; `near` also takes any event scheduled at or before it.
  private var fineBase: Int64 = 0

  /// Events pending. Whenever it is not zero, `near` is not empty.
  private(set) var count = 0
  /// The event `popMin` returns next.
  var next: ScheduledEvent? { near.min }
  var nextTime: Int64? { next?.time }
  /// The event after `next` if nothing earlier is scheduled in between (nil when it is not
  /// in the current sub-window): a hint for prefetching, not part of the order.
  var afterNext: ScheduledEvent? { near.second }

  init(bucketShift: Int = 10, bucketCount: Int = 256, heapTarget: Int = 32) {
    precondition(bucketCount > 1 && bucketCount & (bucketCount - 1) == 0, "a power of two")
    precondition((2...30).contains(bucketShift), "windows of 4 s to 2^30 s")
    precondition(heapTarget > 0, "a heap holds at least one event")
    self.bucketShift = bucketShift
    self.bucketCount = Int64(bucketCount)
    self.heapTarget = heapTarget
    fineShift = bucketShift
    buckets = Array(repeating: [], count: bucketCount)
  }

  /// Schedules `action` at `time`; lower `priority` fires first among equal times.
  mutating func schedule(_ action: EngineAction, at time: Int64, priority: UInt8 = 5) {
    let event = ScheduledEvent(
      time: time, sequence: nextSequence, action: action, priority: priority)
    nextSequence &+= 1
    let window = time >> bucketShift
    // An empty queue starts its windows at the event, wherever the last one ended.
    if count == 0 { startWindow(at: window) }
    count += 1
    if window <= base {
      let sub = time >> fineShift
      if sub <= fineBase {
        near.insert(event)
      } else {
        fine[Int(sub - fineFirst)].append(event)
      }
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

  /// Makes `window` the current one, not split.
  private mutating func startWindow(at window: Int64) {
    base = window
    fineShift = bucketShift
    fineFirst = window
    fineCount = 1
    fineBase = window
  }

  /// Moves on to the next sub-window or window with events and fills `near` from it.
  private mutating func moveToNextWindow() {
    // The rest of a split window first.
    while fineBase + 1 < fineFirst + Int64(fineCount) {
      fineBase += 1
      let k = Int(fineBase - fineFirst)
      if !fine[k].isEmpty {
        near.take(&fine[k])
        return
      }
    }
    while near.isEmpty {
      let ringIsEmpty = count == overflow.count
      if ringIsEmpty, let first = overflow.min {
        // Nothing in the ring: jump straight to the overflow's first window.
        startWindow(at: max(base + 1, first.time >> bucketShift))
      } else {
        startWindow(at: base + 1)
      }
      // The ring's far end moved on: overflow events that now fit go to their buckets
      // (the current window's bucket included, emptied into `near` below).
      while let first = overflow.min, (first.time >> bucketShift) - base < bucketCount {
        _ = overflow.popMin()
        buckets[slot(of: first.time >> bucketShift)].append(first)
      }
      let current = slot(of: base)
      if buckets[current].count > 2 * heapTarget {
        split(current)
      } else if !buckets[current].isEmpty {
        near.take(&buckets[current])
      }
    }
  }

  /// Deals the current window's bucket into sub-windows of about `heapTarget` events (a
  /// power of two of them, each at least two seconds wide) and fills `near` from the first
  /// that has events.
  private mutating func split(_ current: Int) {
    let events = buckets[current].count
    var halvings = 0
    while (heapTarget << halvings) < events && halvings < bucketShift
      && (1 << halvings) < EventQueue.maxSubWindows
    {
      halvings += 1
    }
    fineShift = bucketShift - halvings
    fineCount = 1 << halvings
    fineFirst = base << halvings
    while fine.count < fineCount { fine.append([]) }
    for event in buckets[current] {
      fine[Int((event.time >> fineShift) - fineFirst)].append(event)
    }
    buckets[current].removeAll(keepingCapacity: true)
    for k in 0..<fineCount where !fine[k].isEmpty {
      fineBase = fineFirst + Int64(k)
      near.take(&fine[k])
      return
    }
  }
}
