import CorridorSim
import Testing

@testable import Dashboard

/// Last frame's table order is reused only when it is exactly what a fresh sort gives.
@Suite("Train table order reused across frames")
struct TrainOrderingReuseTests {
  static func fresh(
    _ trains: [TrainSnapshot], _ sort: TableSort, _ descending: Bool, _ filter: TableFilter
  ) -> [Int] {
    TrainOrdering.order(trains, sort: sort, descending: descending, filter: filter)
  }

  @Test(
    "the reused order equals a fresh sort, frame after frame",
    arguments: TableSort.allCases, [false, true])
  func reusedEqualsFresh(sort: TableSort, descending: Bool) {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 5)
    simulation.run(until: .days(12))
    var previous: [TableFilter: [Int]] = [:]
    var reused = 0
    for _ in 0..<120 {
      simulation.run(until: simulation.now + 360)
      let trains = simulation.snapshot().trains
      for filter in TableFilter.allCases {
        let old = previous[filter] ?? []
        let order = TrainOrdering.order(
          trains, sort: sort, descending: descending, filter: filter, reusing: old)
        #expect(order == Self.fresh(trains, sort, descending, filter), "\(sort) \(filter)")
        if !old.isEmpty, order == old { reused += 1 }
        previous[filter] = order
      }
    }
    #expect(reused > 0)
  }

  /// The fixture's trains twice: each id twice with equal keys, so only the snapshot index
  /// separates those rows (as a stable sort leaves them).
  static let tied = SnapshotFixture.trains + SnapshotFixture.trains

  @Test("ties keep snapshot order, and only that order is reused", arguments: TableSort.allCases)
  func ties(sort: TableSort) {
    for descending in [false, true] {
      let order = Self.fresh(Self.tied, sort, descending, .all)
      #expect(
        TrainOrdering.holds(order, Self.tied, sort: sort, descending: descending, filter: .all))
      // Swapping two rows that differ only by snapshot index must not pass.
      guard
        let row = order.indices.dropLast().first(where: {
          Self.tied[order[$0]].id == Self.tied[order[$0 + 1]].id
            && TrainOrdering.sortKey(Self.tied[order[$0]], sort)
              == TrainOrdering.sortKey(Self.tied[order[$0 + 1]], sort)
        })
      else {
        Issue.record("no tied rows under \(sort)")
        continue
      }
      var swapped = order
      swapped.swapAt(row, row + 1)
      #expect(
        !TrainOrdering.holds(swapped, Self.tied, sort: sort, descending: descending, filter: .all))
      let again = TrainOrdering.order(
        Self.tied, sort: sort, descending: descending, filter: .all, reusing: swapped)
      #expect(again == order)
    }
  }

  @Test("stale orders are sorted afresh")
  func staleOrders() {
    let trains = SnapshotFixture.trains
    let order = Self.fresh(trains, .progress, false, .westbound)
    var unsorted = order
    unsorted.swapAt(0, 1)
    let stale: [(String, [Int])] = [
      ("a row missing", Array(order.dropLast())),
      ("a row twice", order + [order[0]]),
      (
        "a row twice instead of another",
        [order[0]] + Array(order.dropFirst().dropLast()) + [order[0]]
      ),
      ("an index out of range", Array(order.dropLast()) + [trains.count]),
      ("a negative index", [-1] + Array(order.dropFirst())),
      ("a filtered-out train", Array(order.dropLast()) + [Self.firstEastbound(trains)]),
      ("rows out of order", unsorted),
      ("nothing", []),
    ]
    for (name, candidate) in stale {
      #expect(
        !TrainOrdering.holds(
          candidate, trains, sort: .progress, descending: false, filter: .westbound), "\(name)")
      #expect(
        TrainOrdering.order(
          trains, sort: .progress, descending: false, filter: .westbound, reusing: candidate)
          == order, "\(name)")
    }
  }

  static func firstEastbound(_ trains: [TrainSnapshot]) -> Int {
    trains.indices.first { trains[$0].direction == .eastbound } ?? -1
  }

  @Test("a NaN key is never trusted")
  func nanKey() {
    var trains = SnapshotFixture.trains
    trains[2].progress = .nan
    let order = Self.fresh(trains, .progress, false, .all)
    #expect(!TrainOrdering.holds(order, trains, sort: .progress, descending: false, filter: .all))
    #expect(
      TrainOrdering.order(trains, sort: .progress, descending: false, filter: .all, reusing: order)
        == order)
  }

  @Test("sync keeps the same order and id arrays while the rows stay put")
  func syncKeepsArrays() {
    let snapshot = SnapshotFixture.snapshot()
    var state = AppState()
    state.sync(with: snapshot, width: 120, height: 40)
    let (order, ids) = (state.rowOrder, state.rowIDs)
    state.sync(with: snapshot, width: 120, height: 40)
    #expect(state.rowOrder == order && state.rowIDs == ids)
    var moved = snapshot
    moved.trains.swapAt(0, 1)
    state.sync(with: moved, width: 120, height: 40)
    #expect(state.rowIDs == ids)
    #expect(state.rowOrder.map { moved.trains[$0].id } == ids)
  }
}
