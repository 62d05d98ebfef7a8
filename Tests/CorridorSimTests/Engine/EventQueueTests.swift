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
  /// lands in a bucket or the overflow and the ring wraps and jumps all the time.
  @Test(arguments: [(10, 256), (2, 4), (3, 2)])
  func interleavedPushesAndPopsMatchASortedReference(shift: Int, buckets: Int) {
    var random = RandomSource(seed: 42)
    var queue = EventQueue(bucketShift: shift, bucketCount: buckets)
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
  @Test(arguments: [(10, 256), (4, 8)])
  func engineLikeScheduleMatchesASortedReference(shift: Int, buckets: Int) {
    var random = RandomSource(seed: 7)
    var queue = EventQueue(bucketShift: shift, bucketCount: buckets)
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
