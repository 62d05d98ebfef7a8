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
}
