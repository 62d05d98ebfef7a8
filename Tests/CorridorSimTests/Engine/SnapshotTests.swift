import Testing

@testable import CorridorSim

@Suite("Snapshot contents")
struct SnapshotTests {
  @Test func fillsEveryPart() throws {
    let simulation = SimulationTestSupport.run(days: 20, seed: 1)
    let snapshot = simulation.snapshot()
    #expect(snapshot.scenarioName == "zhengzhou-liege")
    #expect(snapshot.time == .days(20))
    #expect(snapshot.corridor.stops.count == 47)
    #expect(snapshot.corridor.stops.first?.nativeName == "郑州")
    #expect(abs(snapshot.corridor.totalKm - 10_635) < 1)
    #expect(snapshot.trains.map(\.id) == snapshot.trains.map(\.id).sorted())
    #expect(Set(snapshot.trains.map(\.id)).count == snapshot.trains.count)
    #expect(snapshot.recentEvents.count == EventLog.recentLimit)
    #expect(snapshot.recentEvents.map(\.sequence) == snapshot.recentEvents.map(\.sequence).sorted())
    let stationIDs = snapshot.stations.map(\.id)
    #expect(stationIDs.contains("malaszewicze") && stationIDs.contains("dostyk"))
    #expect(stationIDs.contains("brest") && stationIDs.contains("liege_airport"))
    let running = try #require(snapshot.trains.first { $0.status == .running })
    #expect(running.position.fromStation != running.position.toStation)
    #expect((0...1).contains(running.progress))
    #expect(running.nextStop != nil)
    #expect(running.consist.feu > 0 && running.consist.tonnes > 0)
    #expect(running.consist.byCategory.reduce(0) { $0 + $1.containers } == running.consist.feu)
    #expect(running.timeline.first?.actualDeparture != nil)
    #expect(running.timeline.count >= 2)
  }

  /// Positions are interpolated between events from `now` only: mid-leg the train sits
  /// between its two stations.
  @Test func positionIsInterpolatedAlongTheLeg() throws {
    let simulation = SimulationTestSupport.run(days: 3, seed: 1)
    let before = simulation.snapshot()
    let train = try #require(before.trains.first { $0.status == .running })
    let a = train.position
    simulation.run(until: SimTime(seconds: before.time.seconds + 600))
    let after = try #require(simulation.snapshot().trains.first { $0.id == train.id })
    if after.status == .running && after.position.fromStation == a.fromStation {
      #expect(after.position.kmAlongSegment > a.kmAlongSegment)
      #expect(after.progress > train.progress)
    }
    let stops = before.corridor.stops
    let lo = try #require(stops.first { $0.id == a.fromStation })
    let hi = try #require(stops.first { $0.id == a.toStation })
    #expect((min(lo.km, hi.km)...max(lo.km, hi.km)).contains(a.corridorKm))
  }

  /// Memory is bounded by traffic in transit, not run length: live trains after 200 days
  /// are about as many as after 60.
  @Test func liveTrainsStayBounded() {
    let simulation = SimulationTestSupport.run(days: 60, seed: 1)
    let at60 = simulation.snapshot().trains.count
    simulation.run(until: .days(200))
    _ = simulation.drainEvents()
    let at200 = simulation.snapshot().trains.count
    #expect(at60 > 50)
    #expect(Double(at200) < Double(at60) * 1.5)
    #expect(simulation.model.roster.slotCount < 250)
  }
}

@Suite("Event draining")
struct EventDrainTests {
  @Test func drainReturnsEachEventOnceInOrder() {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.run(until: .days(3))
    let first = simulation.drainEvents()
    simulation.run(until: .days(6))
    let second = simulation.drainEvents()
    #expect(!first.isEmpty && !second.isEmpty)
    #expect((first + second).map(\.sequence) == Array(0..<(first.count + second.count)))
    #expect(simulation.drainEvents().isEmpty)
  }

  @Test func switchingOffDrainKeepsTheRecentWindow() {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.keepsEventsForDrain = false
    simulation.run(until: .days(10))
    #expect(simulation.drainEvents().isEmpty)
    #expect(simulation.snapshot().recentEvents.count == EventLog.recentLimit)
  }
}
