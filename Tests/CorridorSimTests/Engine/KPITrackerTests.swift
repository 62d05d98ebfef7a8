import Testing

@testable import CorridorSim

@Suite("KPI arithmetic")
struct KPITrackerTests {
  @Test func deliveredPerDayRollsOverThirtyDays() {
    var tracker = KPITracker()
    tracker.recordDelivery(
      day: 0, direction: .westbound, boxes: 40, transitSeconds: 40 * 15 * 86_400,
      onTimeBoxes: 40)
    tracker.recordDelivery(
      day: 0, direction: .eastbound, boxes: 20, transitSeconds: 20 * 17 * 86_400,
      onTimeBoxes: 0)
    tracker.recordDelivery(
      day: 5, direction: .westbound, boxes: 45, transitSeconds: 45 * 16 * 86_400,
      onTimeBoxes: 45)
    let day5 = tracker.deliveredPerDay(today: 5)
    #expect(day5.west.count == 30 && day5.east.count == 30)
    #expect(day5.west.last == 90)
    #expect(day5.west[24] == 80 && day5.east[24] == 40)
    #expect(day5.west.reduce(0, +) == 170 && day5.east.reduce(0, +) == 40)
    // Day 0 leaves the window after 30 days; its ring slot is reused by day 30.
    tracker.recordDelivery(
      day: 30, direction: .eastbound, boxes: 5, transitSeconds: 5 * 15 * 86_400, onTimeBoxes: 5)
    let day30 = tracker.deliveredPerDay(today: 30)
    #expect(day30.west.reduce(0, +) == 90)
    #expect(day30.east.reduce(0, +) == 10)
    #expect(tracker.teuDeliveredTotal == 220)
    #expect(tracker.trainsDeliveredTotal == 4)
  }

  /// Punctuality counts boxes: a train of 3 boxes weighs three times one of 1.
  @Test func punctualityOverTheWindowCountsBoxes() throws {
    var tracker = KPITracker()
    tracker.recordDelivery(
      day: 1, direction: .westbound, boxes: 1, transitSeconds: 14 * 86_400, onTimeBoxes: 1)
    tracker.recordDelivery(
      day: 2, direction: .westbound, boxes: 3, transitSeconds: 3 * 18 * 86_400, onTimeBoxes: 1)
    let all = tracker.punctuality(fromDay: 0)
    #expect(try #require(all.meanTransitDays) == 17)
    #expect(try #require(all.onTimePercent) == 50)
    let last = tracker.punctuality(fromDay: 2)
    #expect(last.meanTransitDays == 18)
    #expect(abs(try #require(last.onTimePercent) - 100.0 / 3) < 1e-9)
    #expect(tracker.punctuality(fromDay: 3).meanTransitDays == nil)
  }

  @Test func borderWaitsAccumulate() {
    var tracker = KPITracker()
    tracker.recordWait(station: 3, seconds: 7_200)
    tracker.recordWait(station: 3, seconds: 0)
    tracker.recordWait(station: 3, seconds: -50)
    #expect(tracker.borderWait(at: 3)?.seconds == 7_200)
    #expect(tracker.borderWait(at: 3)?.trains == 3)
  }

  /// Snapshot KPIs agree with the trains and events they summarise.
  @Test func snapshotKPIsMatchTrainsAndEvents() {
    let simulation = SimulationTestSupport.run(days: 40, seed: 3)
    let events = simulation.drainEvents()
    let snapshot = simulation.snapshot()
    let kpis = snapshot.kpis
    // In transit: departed and not yet handed off (unloading trains still carry their boxes).
    let moving = snapshot.trains.filter {
      $0.status != .loading && !($0.status == .arrived)
    }
    #expect(kpis.trainsInTransit == moving.count)
    #expect(kpis.teuInTransit == moving.reduce(0) { $0 + $1.consist.teu })
    #expect(kpis.teuInTransit == kpis.teuInTransitWestbound + kpis.teuInTransitEastbound)
    #expect(kpis.teuInTransitByCategory.reduce(0) { $0 + $1.teu } == kpis.teuInTransit)
    // Delivered means handed off: the `unloaded` events, not the arrivals.
    let handOffs = events.filter { $0.kind == .unloaded }
    #expect(kpis.trainsArrivedTotal == handOffs.count)
    #expect(kpis.teuDeliveredTotal == handOffs.reduce(0) { $0 + 2 * Int($1.containers ?? 0) })
    #expect(kpis.teuDeliveredPerDay.count == 30)
    #expect(kpis.teuDeliveredToday == kpis.teuDeliveredPerDay.last)
    #expect(kpis.teuDeliveredThisWeek == kpis.teuDeliveredPerDay.suffix(7).reduce(0, +))
    #expect(kpis.meanTransitDays != nil && kpis.onTimePercent != nil)
    #expect(kpis.delayByBorder.contains { $0.station == "malaszewicze" })
  }
}
