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
  /// included, and many ties) come out exactly as a sort of the same keys does.
  @Test func interleavedPushesAndPopsMatchASortedReference() {
    var random = RandomSource(seed: 42)
    var queue = EventQueue()
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
}
