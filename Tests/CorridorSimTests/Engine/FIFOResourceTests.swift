import Testing

@testable import CorridorSim

@Suite("FIFO resources")
struct FIFOResourceTests {
  /// Mutating calls stay outside `#expect`, which evaluates its operands immutably.
  private func request(_ resource: inout FIFOResource, _ train: Int32, _ time: Int64) -> Bool {
    resource.request(train: train, at: time)
  }
  private func admit(_ resource: inout FIFOResource, _ time: Int64) -> FIFOResource.Waiting? {
    resource.admitNext(at: time)
  }

  @Test func servesUpToCapacityThenQueuesFirstComeFirstServed() {
    var resource = FIFOResource(kind: .gaugeChange, station: 0, capacity: 2, meanServiceSeconds: 60)
    #expect(request(&resource, 1, 0))
    #expect(request(&resource, 2, 1))
    #expect(!request(&resource, 3, 2))
    #expect(!request(&resource, 4, 3))
    #expect(resource.position(of: 4) == 1)
    #expect(admit(&resource, 4) == nil)
    resource.release()
    let first = resource.admitNext(at: 5)
    #expect(first?.train == 3 && first?.since == 2)
    #expect(admit(&resource, 5) == nil)
    resource.release()
    #expect(admit(&resource, 6)?.train == 4)
    #expect(resource.queue.isEmpty)
  }

  @Test func zeroCapacityIsUnlimited() {
    var resource = FIFOResource(kind: .crew, station: 0, capacity: 0, meanServiceSeconds: 60)
    for train in 0..<100 { #expect(request(&resource, Int32(train), 0)) }
    #expect(resource.busy == 100)
  }

  @Test func blockedResourceAdmitsNobodyUntilTheEnd() {
    var resource = FIFOResource(kind: .customs, station: 0, capacity: 1, meanServiceSeconds: 60)
    resource.blockedUntil = 100
    #expect(!request(&resource, 1, 10))
    #expect(admit(&resource, 99) == nil)
    #expect(admit(&resource, 100)?.train == 1)
  }

  /// A newcomer never overtakes a waiting train, even when a server is free at that instant.
  @Test func newcomerDoesNotJumpTheQueue() {
    var resource = FIFOResource(kind: .customs, station: 0, capacity: 1, meanServiceSeconds: 60)
    #expect(request(&resource, 1, 0))
    #expect(!request(&resource, 2, 1))
    resource.release()
    #expect(!request(&resource, 3, 2))
    #expect(admit(&resource, 2)?.train == 2)
  }
}
