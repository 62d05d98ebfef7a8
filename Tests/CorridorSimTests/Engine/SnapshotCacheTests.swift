import Testing

@testable import CorridorSim

/// The snapshot caches (patched train rows, incremental event window, in-transit tally,
/// KPI and station caches) must give exactly what a fresh computation gives, at every step of
/// a run cut into irregular slices, whether or not the caller still holds older snapshots.
@Suite("Snapshot caches")
struct SnapshotCacheTests {
  /// Default scenario (gauge-change backlogs, disruptions) and the stress network.
  @Test(arguments: [("default", Int64(45), 1_500), ("stress", Int64(12), 600)])
  func cachedSnapshotEqualsFreshAtEveryStep(name: String, days: Int64, steps: Int) {
    let scenario: Scenario = name == "stress" ? .stress() : .zhengzhouLiege
    let simulation = Simulation(scenario: scenario, seed: 3)
    simulation.keepsEventsForDrain = false
    var lengths = IrregularSlices(seed: 11, meanSeconds: days * 86_400 / Int64(steps))
    var held: (cached: SimSnapshot, fresh: SimSnapshot)?
    var reformed = 0
    var mismatches = 0
    for step in 0..<steps {
      let target = simulation.now + lengths.next()
      // Some steps stop on an event budget, so `now` lands exactly on an event time.
      simulation.run(until: target, maxEvents: step % 7 == 0 ? 3 : .max)
      let cached = simulation.snapshot()
      simulation.bypassesSnapshotCaches = true
      let fresh = simulation.snapshot()
      simulation.bypassesSnapshotCaches = false
      if cached != fresh { mismatches += 1 }
      #expect(cached.kpis == fresh.kpis, "KPIs at step \(step), \(simulation.now)")
      #expect(cached.trains == fresh.trains, "trains at step \(step), \(simulation.now)")
      #expect(cached.recentEvents == fresh.recentEvents, "events at step \(step)")
      #expect(cached.stations == fresh.stations, "stations at step \(step)")
      // A snapshot kept by the caller must not change when later ones are patched.
      if let held { #expect(held.cached == held.fresh, "held snapshot changed at step \(step)") }
      held = step % 3 == 0 ? (cached, fresh) : nil
      reformed += fresh.recentEvents.filter {
        $0.kind == .containersLeftBehind || $0.kind == .backlogPickedUp
      }.count
      // A second call with no time passed reuses everything and still matches.
      #expect(simulation.snapshot() == fresh)
    }
    #expect(mismatches == 0)
    #expect(simulation.eventsProcessed > 1_000)
    #expect(fresh(simulation).kpis.trainsInTransit == simulation.trainsInTransit)
    // The default run re-forms consists at gauge changes, so the tally's hooks are exercised.
    if name == "default" { #expect(reformed > 0) }
  }

  /// Same time reached by a fresh simulation in one call: the cached snapshot matches it.
  @Test func cachedSnapshotEqualsAFreshRunToTheSameTime() {
    let sliced = Simulation(scenario: .zhengzhouLiege, seed: 8)
    var lengths = IrregularSlices(seed: 5, meanSeconds: 1_800)
    for _ in 0..<2_000 {
      sliced.run(until: sliced.now + lengths.next())
      _ = sliced.snapshot()
    }
    let whole = Simulation(scenario: .zhengzhouLiege, seed: 8)
    whole.run(until: sliced.now)
    #expect(sliced.snapshot() == whole.snapshot())
  }

  private func fresh(_ simulation: Simulation) -> SimSnapshot {
    simulation.bypassesSnapshotCaches = true
    defer { simulation.bypassesSnapshotCaches = false }
    return simulation.snapshot()
  }
}

/// Slice lengths from 0 s to a few times `meanSeconds`, from a fixed LCG so the test is
/// repeatable; zero-length slices take a second snapshot at the same instant.
struct IrregularSlices {
  private var state: UInt64
  let meanSeconds: Int64

  init(seed: UInt64, meanSeconds: Int64) {
    state = seed
    self.meanSeconds = max(1, meanSeconds)
  }

  mutating func next() -> Int64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let r = Int64((state >> 33) % 1_000)
    if r < 50 { return 0 }
    if r < 300 { return 1 + r % 60 }
    return r * meanSeconds / 400
  }
}
