import Testing

@testable import CorridorSim

/// The live screen's path through `snapshot()`: rows of untouched trains moved on from their
/// `CachedRowMotion`, rows following the roster's edits. Each kind of motion must actually be
/// taken (else `SnapshotCacheTests` would only prove the slow path) and give the fresh row.
@Suite("Snapshot row motions")
struct SnapshotRowMotionTests {
  /// The default scenario at the live screen's ×3600 pace (360 s a frame): every motion kind
  /// and ETA kind occurs, most rows are moved without reading their train, and each frame
  /// equals a fresh computation.
  @Test func everyMotionKindIsTakenAndMatchesFresh() {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 4)
    simulation.keepsEventsForDrain = false
    simulation.run(until: .days(30))
    var seen: Set<String> = []
    var movable = 0
    var rows = 0
    for frame in 0..<1_500 {
      simulation.run(until: simulation.now + 360)
      // Motions cached by the previous frame: what this frame moves rows by.
      for motion in simulation.snapshotCache.trainRows.motions { seen.insert(Self.kind(motion)) }
      let cached = simulation.snapshot()
      simulation.bypassesSnapshotCaches = true
      let fresh = simulation.snapshot()
      simulation.bypassesSnapshotCaches = false
      #expect(cached.trains == fresh.trains, "frame \(frame)")
      rows += cached.trains.count
      movable += simulation.snapshotCache.trainRows.motions.filter { Self.kind($0) != "modelled" }.count
    }
    #expect(
      seen.isSuperset(of: [
        "still", "running", "passing", "loading", "countdown", "queued",
      ]), "seen: \(seen.sorted())")
    // Nearly every row can be moved from its cache (the rest are refreshed from the model).
    #expect(movable * 10 > rows * 9)
  }

  /// A queued train's cached ETA is dropped when its queue moves, though the train itself
  /// is untouched: its revision is the resource's.
  @Test func queuedEstimateFollowsItsResource() {
    var resource = FIFOResource(kind: .customs, station: 0, capacity: 1, meanServiceSeconds: 600)
    let served = resource.request(train: 1, at: 0)
    #expect(served)
    let before = resource.revision
    let servedToo = resource.request(train: 2, at: 10)
    #expect(!servedToo)
    #expect(resource.revision != before)
    let queued = resource.revision
    resource.release()
    let next = resource.admitNext(at: 20)
    #expect(next?.train == 2)
    #expect(resource.revision != queued)
    let admitted = resource.revision
    resource.blockedUntil = 100
    #expect(resource.revision != admitted)
  }

  @Test func writesAreCountedPerSlot() {
    var roster = Roster()
    let first = roster.insert(.vacant, stops: 0)
    let second = roster.insert(.vacant, stops: 0)
    let before = (roster.writes(of: first), roster.writes(of: second))
    _ = roster[first].stopIndex
    #expect(roster.writes(of: first) == before.0, "a read is not a write")
    roster[first].waitAtStop += 1
    #expect(roster.writes(of: first) != before.0)
    #expect(roster.writes(of: second) == before.1, "other slots keep their count")
    let retired = roster.writes(of: second)
    roster.retire(second)
    #expect(!roster.contains(second))
    #expect(roster.insert(.vacant, stops: 0) == second, "a retired slot is reused")
    #expect(roster.writes(of: second) != retired, "a new train in a slot counts as a write")
  }

  @Test func rosterEditsAreKeptOnlyWhileComplete() {
    var edits = RosterEdits()
    edits.record(.formed(0))
    edits.record(.retired(2))
    #expect(edits.edits(from: 0, to: 2) == [.formed(0), .retired(2)])
    #expect(edits.edits(from: 1, to: 2) == [.retired(2)])
    #expect(edits.edits(from: 0, to: 3) == nil, "not the latest count")
    #expect(edits.edits(from: -1, to: 2) == nil, "rows never lined up")
    for i in 0..<RosterEdits.limit { edits.record(.formed(Int32(i))) }
    let latest = 2 + RosterEdits.limit
    #expect(edits.edits(from: 2, to: latest)?.count == RosterEdits.limit)
    #expect(edits.edits(from: 1, to: latest) == nil, "too many to keep")
  }

  private static func kind(_ motion: CachedRowMotion) -> String {
    switch motion {
    case .still: "still"
    case .running: "running"
    case .passing: "passing"
    case .modelled: "modelled"
    case .standing(let estimate, _):
      switch estimate {
      case .fixed: "fixed"
      case .loading: "loading"
      case .countdown: "countdown"
      case .queued: "queued"
      case .waiting: "waiting"
      case .clock: "clock"
      }
    }
  }
}
