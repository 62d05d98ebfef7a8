import DequeModule

/// A SimPy-like resource: `capacity` trains served at once, the rest wait first-come,
/// first-served. Capacity 0 means unlimited (nobody ever waits).
///
/// Bottlenecks in the model come only from these capacities and from segment headways, never
/// from hard-coded delays. A disruption can block the resource: nobody starts service until
/// `blockedUntil`, those being served finish.
struct FIFOResource {
  /// What the resource is, for snapshots and ETAs.
  enum Kind: Sendable { case customs, gaugeChange, crew, unloading }

  struct Waiting {
    var train: Int32
    var since: Int64
  }

  let kind: Kind
  let station: Int
  let capacity: Int
  /// Extra servers that open while at least `overflowWhenQueued` trains wait (an overflow
  /// terminal); those already serving finish when the queue shrinks.
  let overflowCapacity: Int
  let overflowWhenQueued: Int
  /// Mean service time per train, seconds, for ETAs.
  let meanServiceSeconds: Double
  private(set) var busy = 0
  private(set) var queue = Deque<Waiting>()
  var blockedUntil: Int64? { didSet { revision += 1 } }
  /// Bumped by every change, so a cached ETA of a queued train knows its queue still stands.
  private(set) var revision = 0

  init(
    kind: Kind, station: Int, capacity: Int, meanServiceSeconds: Double,
    overflowCapacity: Int = 0, overflowWhenQueued: Int = 1
  ) {
    self.kind = kind
    self.station = station
    self.capacity = max(0, capacity)
    self.overflowCapacity = max(0, overflowCapacity)
    self.overflowWhenQueued = max(1, overflowWhenQueued)
    self.meanServiceSeconds = meanServiceSeconds
  }

  /// Servers in use at most now: the capacity, plus the overflow while the queue is long.
  var currentCapacity: Int {
    capacity + (queue.count >= overflowWhenQueued ? overflowCapacity : 0)
  }

  /// True if a new train may start service now.
  func canStart(at now: Int64) -> Bool {
    if let until = blockedUntil, now < until { return false }
    return capacity == 0 || busy < currentCapacity
  }

  /// A train asks for the resource: returns true if it is served at once, else it is queued.
  mutating func request(train: Int32, at now: Int64) -> Bool {
    revision += 1
    if queue.isEmpty && canStart(at: now) {
      busy += 1
      return true
    }
    queue.append(Waiting(train: train, since: now))
    return false
  }

  /// A served train leaves.
  mutating func release() {
    revision += 1
    busy = max(0, busy - 1)
  }

  /// The next waiting train that may start now, if any (it becomes busy).
  mutating func admitNext(at now: Int64) -> Waiting? {
    guard !queue.isEmpty, canStart(at: now) else { return nil }
    revision += 1
    busy += 1
    return queue.removeFirst()
  }

  /// How many trains wait ahead of `train` (its index in the queue), or nil if not queued.
  func position(of train: Int32) -> Int? {
    queue.firstIndex { $0.train == train }
  }
}
