import Testing

@testable import CorridorSim

/// `Train`'s fields are ordered by how often an event touches them, and `Roster.prefetch`
/// asks for the lines of its first `Train.eventBytes` only: a field added among the first
/// ones, or a hot field moved behind them, should be a decision, not an accident.
@Suite struct TrainLayoutTests {
  @Test func theFieldsAnEventTouchesComeFirstInTwoLinesWorth() {
    #expect(MemoryLayout<Train>.offset(of: \Train.containers) == Train.eventBytes)
    // `Roster.prefetch` asks for the lines of bytes 0, 64 and 127: all the lines of the first
    // 128 bytes wherever the train starts, and no more.
    #expect(Train.eventBytes == 128)
  }

  @Test func phaseStopYardPlacesAndIdShareTheFirstSixtyFourBytes() {
    #expect(MemoryLayout<TrainPhase>.size <= 25)
    let id = MemoryLayout<Train>.offset(of: \Train.id) ?? .max
    #expect(id + MemoryLayout<String>.size <= 64)
    #expect((MemoryLayout<Train>.offset(of: \Train.waitAtStop) ?? .max) == 64)
  }

  @Test func indicesKeptAsInt32ReadBackAsTheyWereSet() {
    var train = Train(
      id: "T1", plan: 7, direction: .eastbound, plannedDeparture: 0, plannedTransitSeconds: 1,
      containers: [], categories: [])
    #expect(train.plan == 7 && train.stopIndex == 0 && train.yardHere == -1)
    train.yardAhead = 12
    let revision = train.rowRevision
    train.arrive(at: 12)
    #expect(train.stopIndex == 1 && train.yardHere == 12 && train.yardAhead == -1)
    #expect(train.rowRevision != revision)
  }
}
