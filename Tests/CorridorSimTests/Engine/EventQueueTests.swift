import Testing

@testable import CorridorSim

@Suite("Event queue order")
struct EventQueueTests {
  @Test func popsByTimeThenPriorityThenInsertionOrder() {
    var queue = EventQueue()
    queue.schedule(.retireTrain(train: 1), at: 50, priority: 5)
    queue.schedule(.retireTrain(train: 2), at: 10, priority: 5)
    queue.schedule(.retireTrain(train: 3), at: 10, priority: 1)
    queue.schedule(.retireTrain(train: 4), at: 10, priority: 5)
    queue.schedule(.retireTrain(train: 5), at: 0, priority: 9)
    var order: [Int32] = []
    while let event = queue.popMin() {
      if case .retireTrain(let train) = event.action { order.append(train) }
    }
    #expect(order == [5, 3, 2, 4, 1])
  }

  @Test func equalKeysComeOutInInsertionOrder() {
    var queue = EventQueue()
    for i in 0..<1_000 { queue.schedule(.retireTrain(train: Int32(i)), at: 7, priority: 3) }
    var order: [Int32] = []
    while let event = queue.popMin() {
      if case .retireTrain(let train) = event.action { order.append(train) }
    }
    #expect(order == (0..<1_000).map { Int32($0) })
  }

  /// The queue's memory traffic at 200,000 trains a year is in proportion to this size (D82):
  /// a new action whose payload pushes it past 32 bytes should be a decision, not an accident.
  @Test func anEventFitsInThirtyTwoBytes() {
    #expect(MemoryLayout<EngineAction>.size <= 13)
    #expect(MemoryLayout<ScheduledEvent>.stride == 32)
  }

  /// `afterNext`, the prefetch's guess, is the event popped after `next` when nothing is
  /// scheduled in between, and nil with one event left in the sub-window.
  @Test func afterNextIsTheEventAfterNext() {
    var queue = EventQueue()
    for (train, time) in [(1, 40), (2, 10), (3, 30), (4, 20), (5, 50)] {
      queue.schedule(.retireTrain(train: Int32(train)), at: Int64(time))
    }
    var guesses: [Int32?] = []
    var popped: [Int32?] = []
    while queue.count > 0 {
      guesses.append(queue.afterNext?.action.train)
      popped.append(queue.popMin()?.action.train)
    }
    #expect(popped == [2, 4, 3, 1, 5])
    #expect(guesses == [4, 3, 1, 5, nil])
  }

  @Test func nextTimeIsTheEarliest() {
    var queue = EventQueue()
    #expect(queue.nextTime == nil)
    queue.schedule(.monthBegins, at: 30)
    queue.schedule(.monthBegins, at: 20)
    #expect(queue.nextTime == 20)
    #expect(queue.count == 2)
  }

  /// Pushes and pops interleaved at random (times over the whole Int64 range, negative ones
  /// included, and many ties) come out exactly as a sort of the same keys does, with the
  /// default windows and with tiny ones (4 s windows, a ring of 4), where nearly every event
  /// lands in a bucket or the overflow and the ring wraps and jumps all the time; and with a
  /// heap target of one event, so that nearly every window is split into sub-windows.
  @Test(arguments: [(10, 256, 32), (2, 4, 32), (3, 2, 32), (10, 256, 1), (2, 4, 1)])
  func interleavedPushesAndPopsMatchASortedReference(shift: Int, buckets: Int, target: Int) {
    var random = RandomSource(seed: 42)
    var queue = EventQueue(bucketShift: shift, bucketCount: buckets, heapTarget: target)
    var reference: [(time: Int64, priority: UInt8, sequence: Int32)] = []
    var popped: [Int32] = []
    var expected: [Int32] = []
    var sequence: Int32 = 0
    let extremes: [Int64] = [.min, .min + 1, -1, 0, 1, .max - 1, .max]
    for round in 0..<6_000 {
      if random.unit() < 0.55 || reference.isEmpty {
        let time =
          random.unit() < 0.1
          ? extremes[Int(random.next() % UInt64(extremes.count))]
          : Int64(random.next() % 64) - 32
        let priority = UInt8(random.next() % 7)
        queue.schedule(.retireTrain(train: sequence), at: time, priority: priority)
        reference.append((time, priority, sequence))
        sequence += 1
      } else if let best = reference.indices.min(by: {
          let a = reference[$0]
          let b = reference[$1]
          return (a.time, a.priority, a.sequence) < (b.time, b.priority, b.sequence)
        }) {
        #expect(queue.nextTime == reference[best].time, "round \(round)")
        expected.append(reference.remove(at: best).sequence)
        if let event = queue.popMin(), case .retireTrain(let train) = event.action {
          popped.append(train)
        }
      }
    }
    #expect(popped == expected)
    #expect(queue.count == reference.count)
  }

  /// Events scheduled as the engine does (from the last popped time on, mostly minutes to
  /// days ahead, some months ahead, some at the same second) pop in exact key order across
  /// window edges, the ring's wrap and the overflow's refills.
  @Test(arguments: [(10, 256, 32), (4, 8, 32), (10, 256, 1)])
  func engineLikeScheduleMatchesASortedReference(shift: Int, buckets: Int, target: Int) {
    var random = RandomSource(seed: 7)
    var queue = EventQueue(bucketShift: shift, bucketCount: buckets, heapTarget: target)
    var reference: [(time: Int64, priority: UInt8, sequence: Int32)] = []
    var now: Int64 = 0
    var sequence: Int32 = 0
    var popped = 0
    func schedule(at time: Int64) {
      let priority = UInt8(random.next() % 3)
      queue.schedule(.retireTrain(train: sequence), at: time, priority: priority)
      reference.append((time, priority, sequence))
      sequence += 1
    }
    for _ in 0..<300 { schedule(at: Int64(random.next() % 200_000)) }
    while let event = queue.popMin() {
      let best = reference.indices.min {
        (reference[$0].time, reference[$0].priority, reference[$0].sequence)
          < (reference[$1].time, reference[$1].priority, reference[$1].sequence)
      }
      guard let best, case .retireTrain(let train) = event.action else {
        Issue.record("popped \(event) with nothing left in the reference")
        return
      }
      #expect(train == reference[best].sequence && event.time == reference[best].time)
      reference.remove(at: best)
      #expect(event.time >= now, "time went back")
      now = event.time
      popped += 1
      guard popped < 6_000 else { continue }
      let draw = random.next() % 10
      if draw < 6 { schedule(at: now + Int64(random.next() % 3_600)) }  // within the hour
      if draw < 8 { schedule(at: now + Int64(random.next() % 400_000)) }  // days ahead
      if draw == 8 { schedule(at: now) }  // at once
      if draw == 9 { schedule(at: now + 5_000_000 + Int64(random.next() % 9_000_000)) }
    }
    #expect(reference.isEmpty && queue.count == 0 && queue.nextTime == nil)
  }

  /// A window far busier than the heap target (10,000 events in 17 minutes, as a corridor a
  /// hundred times the stress year's would have) is split into sub-windows, and events
  /// scheduled into it while it is being worked through (into the sub-window being popped
  /// and into later ones) still come out in key order. New events are always later than the
  /// last popped one, so popping in non-decreasing key order with nothing lost or invented
  /// is exactly the order a single heap gives.
  @Test func aBusyWindowPopsInOrderWhileEventsArrive() {
    var random = RandomSource(seed: 11)
    var queue = EventQueue()
    var scheduled = 0
    var sequence: Int32 = 0
    func schedule(at time: Int64, priority: UInt8) {
      queue.schedule(.retireTrain(train: sequence), at: time, priority: priority)
      sequence += 1
      scheduled += 1
    }
    for _ in 0..<10_000 {
      schedule(at: Int64(random.next() % 1_024), priority: UInt8(random.next() % 3))
    }
    var last: (time: Int64, priority: UInt8, sequence: UInt64) = (.min, 0, 0)
    var popped = 0
    var trains = Set<Int32>()
    while let event = queue.popMin() {
      let key = (event.time, event.priority, event.sequence)
      #expect(key > last, "popped out of order after \(popped) events")
      last = key
      popped += 1
      if case .retireTrain(let train) = event.action { trains.insert(train) }
      if popped < 8_000, random.unit() < 0.5 {
        schedule(at: event.time + 1 + Int64(random.next() % 600), priority: 3)
      }
    }
    #expect(popped == scheduled && trains.count == scheduled && queue.count == 0)
  }

  /// An emptied queue starts again at any time, earlier ones too, and `next` is what pops.
  @Test func anEmptiedQueueRestartsAnywhere() {
    var queue = EventQueue(bucketShift: 2, bucketCount: 4)
    queue.schedule(.monthBegins, at: 1_000_000)
    #expect(queue.popMin()?.time == 1_000_000)
    #expect(queue.count == 0 && queue.next == nil)
    queue.schedule(.retireTrain(train: 2), at: 40)
    queue.schedule(.retireTrain(train: 1), at: 3)
    queue.schedule(.retireTrain(train: 3), at: 9_000)
    #expect(queue.next?.time == 3)
    #expect([queue.popMin(), queue.popMin(), queue.popMin()].map { $0?.time } == [3, 40, 9_000])
    #expect(queue.popMin() == nil)
  }
}
