import Testing

@testable import CorridorSim

/// The hand-off's figures from a train's box clock are the figures worked out box by box, and
/// the clock declines exactly where only the boxes can tell.
@Suite("Box clock")
struct BoxClockTests {
  static func box(departed: Int64, lateAfter: Int64) -> Container {
    Container(
      category: 0, tonnes: 20, parcels: 100, valueUSD: 1_000, destination: 1, service: 0,
      departed: departed, lateAfter: lateAfter)
  }

  @Test func agreesWithTheBoxesAtEveryArrival() {
    // A train's own boxes share one deadline; two picked up from a backlog are older.
    let boxes =
      (0..<40).map { _ in Self.box(departed: 1_000, lateAfter: 50_000) }
      + [Self.box(departed: -9_000, lateAfter: 30_000), Self.box(departed: 200, lateAfter: 40_000)]
    let clock = BoxClock(boxes)
    var declined = 0
    for arrived in stride(from: Int64(20_000), through: 60_000, by: 500) + [30_000, 30_001, 50_000, 50_001] {
      let byBox = BoxClock.delivery(arrived: arrived, boxes)
      if let fromClock = clock.delivery(arrived: arrived) {
        #expect(fromClock == byBox, "arrival \(arrived)")
      } else {
        declined += 1
        #expect(arrived > 30_000 && arrived <= 50_000, "declines only between the deadlines")
      }
    }
    #expect(declined > 0, "the mixed case is reached")
    #expect(clock.delivery(arrived: 30_000)?.onTime == 42, "on the deadline is on time")
    #expect(clock.delivery(arrived: 50_001)?.onTime == 0)
  }

  @Test func noBoxesDeliverNothing() {
    let clock = BoxClock([])
    #expect(clock.delivery(arrived: 5)! == (0, 0))
  }

  @Test func reformingATrainKeepsItsClockInStep() {
    let boxes = (0..<4).map { Self.box(departed: Int64($0), lateAfter: 100 + Int64($0)) }
    var train = Train(
      id: "X1", plan: 0, direction: .westbound, plannedDeparture: 0, plannedTransitSeconds: 10,
      containers: boxes, categories: [])
    #expect(train.boxClock == BoxClock(boxes) && train.consist.feu == 4, "made at forming")
    let revision = train.rowRevision
    train.reform(.leaveBehind(2), categories: [])
    #expect(train.boxClock == BoxClock(Array(boxes.prefix(2))))
    #expect(train.consist.feu == 2)
    train.reform(.pickUp([Self.box(departed: -50, lateAfter: 10)]), categories: [])
    #expect(train.boxClock == BoxClock(train.containers))
    #expect(train.boxClock.delivery(arrived: 101) == nil)
    #expect(train.rowRevision != revision, "a re-formed train's row is rebuilt")
  }
}
