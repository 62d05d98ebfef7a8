/// A binary min-heap of `ScheduledEvent`, for `EventQueue`'s near window and overflow.
///
/// Its own and not `HeapModule.Heap` for one reason: `EventQueue` empties the near heap and
/// refills it from a bucket every time window, and this heap takes the bucket's array as its
/// storage and gives its own empty one back (`take`): no allocation and no copy per window.
/// A plain binary heap also does fewer comparisons per pop than `Heap`'s min-max heap, which
/// this queue never needs (it only takes the minimum).
struct EventHeap {
  private var storage: [ScheduledEvent] = []

  var count: Int { storage.count }
  var isEmpty: Bool { storage.isEmpty }
  var min: ScheduledEvent? { storage.first }
  /// The event that comes out after `min` if nothing earlier is inserted first: the smaller
  /// of the root's two children.
  var second: ScheduledEvent? {
    switch storage.count {
    case 0, 1: return nil
    case 2: return storage[1]
    default: return Swift.min(storage[1], storage[2])
    }
  }

  mutating func insert(_ event: ScheduledEvent) {
    storage.append(event)
    place(event, risingFrom: storage.count - 1)
  }

  /// Takes the minimum out, bottom-up (Floyd): the hole at the root walks down to a leaf along
  /// the smaller child, one comparison a level and none against the element that fills it,
  /// then the heap's last element is sifted up from that leaf. It came from the bottom, so
  /// it seldom climbs more than a level, where the usual pop compares it at every level on
  /// the way down, a branch the processor cannot predict.
  mutating func popMin() -> ScheduledEvent? {
    guard let last = storage.popLast() else { return nil }
    guard !storage.isEmpty else { return last }
    let top = storage[0]
    let count = storage.count
    var hole = 0
    var child = 1
    while child + 1 < count {
      if storage[child + 1] < storage[child] { child += 1 }
      storage[hole] = storage[child]
      hole = child
      child = 2 * hole + 1
    }
    if child < count {
      storage[hole] = storage[child]
      hole = child
    }
    place(last, risingFrom: hole)
    return top
  }

  /// Becomes a heap of `events`, heapified where they lie (Floyd, O(n)), and hands back its
  /// own emptied storage in `events`, so both arrays keep their capacity and nothing is copied.
  /// The heap must be empty (how `EventQueue` refills it from a bucket).
  mutating func take(_ events: inout [ScheduledEvent]) {
    precondition(storage.isEmpty, "take into an empty heap only")
    swap(&storage, &events)
    var parent = storage.count / 2 - 1
    while parent >= 0 {
      siftDown(parent)
      parent -= 1
    }
  }

  /// Puts `moving` in the hole at `start` or, moving larger parents down, above it.
  private mutating func place(_ moving: ScheduledEvent, risingFrom start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard moving < storage[parent] else { break }
      storage[child] = storage[parent]
      child = parent
    }
    storage[child] = moving
  }

  private mutating func siftDown(_ start: Int) {
    let count = storage.count
    var parent = start
    let moving = storage[parent]
    while true {
      var child = 2 * parent + 1
      guard child < count else { break }
      if child + 1 < count, storage[child + 1] < storage[child] { child += 1 }
      guard storage[child] < moving else { break }
      storage[parent] = storage[child]
      parent = child
    }
    storage[parent] = moving
  }
}
