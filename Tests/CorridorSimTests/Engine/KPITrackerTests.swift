import Testing

@testable import CorridorSim

@Suite("KPI arithmetic")
struct KPITrackerTests {
  @Test func deliveredPerDayRollsOverThirtyDays() {
    var tracker = KPITracker()
    tracker.recordArrival(
      time: 0, teu: 80, direction: .westbound, transitSeconds: 15 * 86_400, onTime: true)
    tracker.recordArrival(
      time: 3_600, teu: 40, direction: .eastbound, transitSeconds: 17 * 86_400, onTime: false)
    tracker.recordArrival(
      time: 5 * 86_400, teu: 90, direction: .westbound, transitSeconds: 16 * 86_400, onTime: true)
    let day5 = tracker.deliveredPerDay(today: 5)
    #expect(day5.west.count == 30 && day5.east.count == 30)
    #expect(day5.west.last == 90)
    #expect(day5.west[24] == 80 && day5.east[24] == 40)
    #expect(day5.west.reduce(0, +) == 170 && day5.east.reduce(0, +) == 40)
    // Day 0 leaves the window after 30 days; its ring slot is reused by day 30.
    tracker.recordArrival(
      time: 30 * 86_400 + 10, teu: 10, direction: .eastbound, transitSeconds: 15 * 86_400,
      onTime: true)
    let day30 = tracker.deliveredPerDay(today: 30)
    #expect(day30.west.reduce(0, +) == 90)
    #expect(day30.east.reduce(0, +) == 10)
    #expect(tracker.teuDeliveredTotal == 220)
    #expect(tracker.trainsArrivedTotal == 4)
  }

  @Test func punctualityOverTheWindow() throws {
    var tracker = KPITracker()
    tracker.recordArrival(
      time: 100, teu: 2, direction: .westbound, transitSeconds: 14 * 86_400, onTime: true)
    tracker.recordArrival(
      time: 200, teu: 2, direction: .westbound, transitSeconds: 16 * 86_400, onTime: false)
    tracker.recordArrival(
      time: 300, teu: 2, direction: .westbound, transitSeconds: 18 * 86_400, onTime: true)
    let all = tracker.punctuality(after: 0)
    #expect(try #require(all.meanTransitDays) == 16)
    #expect(abs(try #require(all.onTimePercent) - 200.0 / 3) < 1e-9)
    let lastTwo = tracker.punctuality(after: 150)
    #expect(lastTwo.meanTransitDays == 17)
    #expect(lastTwo.onTimePercent == 50)
    #expect(tracker.punctuality(after: 300).meanTransitDays == nil)
  }

  @Test func borderWaitsAccumulate() {
    var tracker = KPITracker()
    tracker.recordWait(station: 3, seconds: 7_200)
    tracker.recordWait(station: 3, seconds: 0)
    tracker.recordWait(station: 3, seconds: -50)
    #expect(tracker.borderWaits[3]?.seconds == 7_200)
    #expect(tracker.borderWaits[3]?.trains == 3)
  }

  /// Snapshot KPIs agree with the trains and events they summarise.
  @Test func snapshotKPIsMatchTrainsAndEvents() {
    let simulation = SimulationTestSupport.run(days: 40, seed: 3)
    let events = simulation.drainEvents()
    let snapshot = simulation.snapshot()
    let kpis = snapshot.kpis
    let moving = snapshot.trains.filter { $0.status != .loading && $0.arrivedAt == nil }
    #expect(kpis.trainsInTransit == moving.count)
    #expect(kpis.teuInTransit == moving.reduce(0) { $0 + $1.consist.teu })
    #expect(kpis.teuInTransit == kpis.teuInTransitWestbound + kpis.teuInTransitEastbound)
    #expect(kpis.teuInTransitByCategory.reduce(0) { $0 + $1.teu } == kpis.teuInTransit)
    let arrivals = events.filter { $0.kind == .arrived }
    #expect(kpis.trainsArrivedTotal == arrivals.count)
    #expect(kpis.teuDeliveredTotal == arrivals.reduce(0) { $0 + 2 * ($1.containers ?? 0) })
    #expect(kpis.teuDeliveredPerDay.count == 30)
    #expect(kpis.teuDeliveredToday == kpis.teuDeliveredPerDay.last)
    #expect(kpis.teuDeliveredThisWeek == kpis.teuDeliveredPerDay.suffix(7).reduce(0, +))
    #expect(kpis.meanTransitDays != nil && kpis.onTimePercent != nil)
    #expect(kpis.delayByBorder.contains { $0.station == "malaszewicze" })
  }
}
