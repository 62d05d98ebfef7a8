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

  mutating func insert(_ event: ScheduledEvent) {
    storage.append(event)
    siftUp(storage.count - 1)
  }

  mutating func popMin() -> ScheduledEvent? {
    guard let last = storage.popLast() else { return nil }
    guard !storage.isEmpty else { return last }
    let top = storage[0]
    storage[0] = last
    siftDown(0)
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

  private mutating func siftUp(_ start: Int) {
    var child = start
    let moving = storage[child]
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
