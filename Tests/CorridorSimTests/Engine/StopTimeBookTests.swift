import Testing

@testable import CorridorSim

/// The roster's book of actual stop times: what the journey steps write is what a snapshot
/// row's timeline shows, and a reused slot starts clean.
@Suite("Stop time book")
struct StopTimeBookTests {
  static let train = Train(
    id: "X1", plan: 0, direction: .westbound, plannedDeparture: 10, plannedTransitSeconds: 300,
    containers: [], categories: [])

  /// `planned` with the actual times the roster has for `slot`.
  static func timeline(_ roster: Roster, _ slot: Int32, _ planned: [StopTime]) -> [StopTime] {
    var timeline = planned
    roster.updateTimes(of: slot, in: &timeline)
    return timeline
  }

  static func planned(stops: Int) -> [StopTime] {
    (0..<stops).map { i in
      StopTime(
        station: "S\(i)", plannedArrival: SimTime(seconds: Int64(i) * 100),
        plannedDeparture: SimTime(seconds: Int64(i) * 100 + 10))
    }
  }

  @Test func journeyStepsWriteTheTimelineAndBumpTheRowRevision() {
    var roster = Roster(stopsPerTrain: 4)
    let slot = roster.insert(Self.train, stops: 3)
    let planned = Self.planned(stops: 3)
    #expect(Self.timeline(roster, slot, planned).allSatisfy { $0.actualArrival == nil && $0.actualDeparture == nil })
    var revision = roster[slot].rowRevision
    roster.depart(slot, now: SimTime(seconds: 12), arrives: 110)
    #expect(roster[slot].rowRevision != revision, "a departure changes the row")
    revision = roster[slot].rowRevision
    roster.arrive(slot, at: 1, now: SimTime(seconds: 115))
    #expect(roster[slot].rowRevision != revision, "an arrival changes the row")
    // A junction pass: the departure from stop 1 is known when the train reaches stop 2.
    roster[slot].phase = .passing(dwellUntil: 120, departs: 125, arrives: 230)
    roster.arrive(slot, at: 2, now: SimTime(seconds: 230))
    roster.finish(slot, now: SimTime(seconds: 300))
    let timeline = Self.timeline(roster, slot, planned)
    var updated = timeline
    roster.updateTimes(of: slot, in: &updated)
    #expect(updated == timeline, "updating an up-to-date timeline keeps it")
    #expect(timeline.map(\.station) == ["S0", "S1", "S2"])
    #expect(timeline.map(\.plannedArrival.seconds) == [0, 100, 200])
    #expect(timeline.map { $0.actualArrival?.seconds } == [nil, 115, 230])
    #expect(timeline.map { $0.actualDeparture?.seconds } == [12, 125, 300])
    #expect(roster[slot].status == .arrived)
  }

  @Test func aReusedSlotStartsWithNoTimes() {
    var roster = Roster(stopsPerTrain: 2)
    let first = roster.insert(Self.train, stops: 2)
    roster.depart(first, now: SimTime(seconds: 11), arrives: 100)
    roster.arrive(first, at: 1, now: SimTime(seconds: 100))
    roster.retire(first)
    let second = roster.insert(Self.train, stops: 2)
    #expect(second == first)
    #expect(Self.timeline(roster, second, Self.planned(stops: 2)).allSatisfy { $0.actualArrival == nil && $0.actualDeparture == nil })
  }

  @Test func slotsKeepTheirOwnTimes() {
    var book = StopTimeBook(stopsPerTrain: 3)
    book.clear(slot: 0, stops: 3)
    book.clear(slot: 5, stops: 2)
    book.setArrival(slot: 5, stop: 1, 77)
    book.setDeparture(slot: 0, stop: 2, -4)
    #expect(book.arrival(slot: 5, stop: 1) == SimTime(seconds: 77))
    #expect(book.departure(slot: 5, stop: 1) == nil)
    #expect(book.departure(slot: 0, stop: 2) == SimTime(seconds: -4), "times before the epoch")
    #expect(book.arrival(slot: 0, stop: 1) == nil)
  }

  /// A prefetch is a hint: any slot or stop, the last stop of the last slot, slots never used
  /// and negative ones, is taken without a fault and changes no time.
  @Test func prefetchingAnywhereChangesNothing() {
    var roster = Roster(stopsPerTrain: 3)
    let slot = roster.insert(Self.train, stops: 3)
    roster.depart(slot, now: SimTime(seconds: 11), arrives: 100)
    let before = Self.timeline(roster, slot, Self.planned(stops: 3))
    for other: Int32 in [slot, -1, .min, slot + 1, 1_000, .max] { roster.prefetchTimes(other) }
    for stop in [-1, 0, 2, 3, 1_000] {
      roster.stopTimes.prefetch(slot: slot, stop: stop)
      roster.stopTimes.prefetch(slot: .max, stop: stop)
    }
    #expect(Self.timeline(roster, slot, Self.planned(stops: 3)) == before)
  }
}
