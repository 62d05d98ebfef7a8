import CorridorSim
import Testing

@testable import Dashboard

@Suite("Train table ordering")
struct TrainOrderingTests {
  @Test(
    "sort keys",
    arguments: [
      (
        TableSort.id, false,
        ["X8044-0224W", "X8044-0302W", "X8044-0305W", "X8044-0309W", "X8045-0226E", "X8045-0301E"]
      ),
      (
        TableSort.id, true,
        ["X8045-0301E", "X8045-0226E", "X8044-0309W", "X8044-0305W", "X8044-0302W", "X8044-0224W"]
      ),
      (
        .progress, false,
        ["X8044-0309W", "X8045-0301E", "X8044-0305W", "X8045-0226E", "X8044-0302W", "X8044-0224W"]
      ),
      (
        .delay, true,
        ["X8045-0226E", "X8044-0302W", "X8044-0305W", "X8045-0301E", "X8044-0309W", "X8044-0224W"]
      ),
      (
        .teu, false,
        ["X8045-0226E", "X8045-0301E", "X8044-0224W", "X8044-0302W", "X8044-0305W", "X8044-0309W"]
      ),
      (
        .status, false,
        ["X8044-0309W", "X8044-0305W", "X8045-0301E", "X8044-0302W", "X8045-0226E", "X8044-0224W"]
      ),
      (
        .direction, false,
        ["X8044-0224W", "X8044-0302W", "X8044-0305W", "X8044-0309W", "X8045-0226E", "X8045-0301E"]
      ),
      (
        .location, false,  // corridor km 0, 4467, 4786, 8508, 9146, 10635
        ["X8044-0309W", "X8044-0305W", "X8045-0226E", "X8045-0301E", "X8044-0302W", "X8044-0224W"]
      ),
      (
        .service, false,
        ["X8045-0226E", "X8045-0301E", "X8044-0224W", "X8044-0302W", "X8044-0305W", "X8044-0309W"]
      ),
      (
        .service, true,
        ["X8044-0309W", "X8044-0305W", "X8044-0302W", "X8044-0224W", "X8045-0301E", "X8045-0226E"]
      ),
    ])
  func sort(key: TableSort, descending: Bool, expected: [String]) {
    let rows = TrainOrdering.rows(
      SnapshotFixture.trains, sort: key, descending: descending,
      filter: .all)
    #expect(rows.map(\.id) == expected)
  }

  /// Snapshots of a real run, trains in the engine's order: many share a status, a load or a
  /// delay, so ties are common.
  static let engineSnapshots: [SimSnapshot] = {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 7)
    simulation.keepsEventsForDrain = false
    return [10, 40, 90].map { day in
      simulation.run(until: .days(Int64(day)))
      return simulation.snapshot()
    }
  }()

  // `TrainOrdering` reads the snapshot's index as the id's rank: this fails if the engine
  // stops handing out its trains in id order.
  @Test("the engine's snapshot lists its trains in strictly ascending id order")
  func engineOrder() {
    for snapshot in Self.engineSnapshots {
      #expect(snapshot.trains.count > 20)
      let ids = snapshot.trains.map(\.id)
      #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
    }
  }

  @Test(
    "on a snapshot in id order, ties by index are ties by id string",
    arguments: TableSort.allCases, [false, true])
  func indexTieBreakIsIDTieBreak(sort: TableSort, descending: Bool) {
    for snapshot in Self.engineSnapshots {
      let trains = snapshot.trains
      for filter in TableFilter.allCases {
        // The order as the table defines it: the key, then the id string.
        let keys = TrainOrdering.sortKeys(trains, Array(trains.indices), sort)
        let byIDString = trains.indices.filter { filter.admits(trains[$0]) }.sorted { i, j in
          if keys[i] != keys[j] { return descending ? keys[i] > keys[j] : keys[i] < keys[j] }
          return descending ? trains[j].id < trains[i].id : trains[i].id < trains[j].id
        }
        let order = TrainOrdering.order(
          trains, sort: sort, descending: descending, filter: filter)
        #expect(order == byIDString, "\(sort) \(descending) \(filter)")
      }
    }
  }

  @Test("a train is found by id; an id between, before or after the trains is not")
  func indexOfID() throws {
    let trains = try #require(Self.engineSnapshots.last).trains
    for (index, train) in trains.enumerated() {
      #expect(TrainOrdering.index(ofID: train.id, in: trains) == index)
    }
    let ids = trains.map(\.id)
    let missing = ["", "~", ids[0] + "!", try #require(ids.last) + "!"]
    for id in missing where !ids.contains(id) {
      #expect(TrainOrdering.index(ofID: id, in: trains) == nil)
    }
    #expect(TrainOrdering.index(ofID: "X", in: []) == nil)
  }

  @Test(
    "filters",
    arguments: [
      (TableFilter.all, 6), (.westbound, 4), (.eastbound, 2), (.late, 2), (.stopped, 2),
    ])
  func filter(filter: TableFilter, count: Int) {
    let rows = TrainOrdering.rows(
      SnapshotFixture.trains, sort: .id, descending: false,
      filter: filter)
    #expect(rows.count == count)
    #expect(rows.allSatisfy(filter.admits))
  }

  @Test(
    "status classes: held and arrived by status, else by delay",
    arguments: [
      (TrainStatus.running, Int64(0), StatusClass.onTime),
      (.running, 86_400, .onTime),
      (.running, 86_400 + 1, .delayed),
      (.queuedForGaugeChange, 30 * 3_600, .delayed), (.atCustoms, -3_600, .onTime),
      (.held, 0, .held), (.arrived, 90_000, .arrived), (.unloading, 0, .arrived),
    ])
  func statusClass(status: TrainStatus, delay: Int64, expected: StatusClass) {
    #expect(
      StatusClass(status: status, delaySeconds: delay, lateAfterSeconds: 86_400) == expected)
  }

  @Test("every status class has its own role and letter")
  func classesDistinct() {
    #expect(Set(StatusClass.allCases.map(\.role)).count == StatusClass.allCases.count)
    #expect(Set(StatusClass.allCases.map(\.letter)).count == StatusClass.allCases.count)
  }
}
