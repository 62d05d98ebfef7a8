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
    ])
  func sort(key: TableSort, descending: Bool, expected: [String]) {
    let rows = TrainOrdering.rows(
      SnapshotFixture.trains, sort: key, descending: descending,
      filter: .all)
    #expect(rows.map(\.id) == expected)
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
      (.running, StatusClass.delayThresholdSeconds, .onTime),
      (.running, StatusClass.delayThresholdSeconds + 1, .delayed),
      (.queuedForGaugeChange, 30 * 3_600, .delayed), (.atCustoms, -3_600, .onTime),
      (.held, 0, .held), (.arrived, 90_000, .arrived), (.unloading, 0, .arrived),
    ])
  func statusClass(status: TrainStatus, delay: Int64, expected: StatusClass) {
    #expect(StatusClass(status: status, delaySeconds: delay) == expected)
  }

  @Test("every status class has its own role and letter")
  func classesDistinct() {
    #expect(Set(StatusClass.allCases.map(\.role)).count == StatusClass.allCases.count)
    #expect(Set(StatusClass.allCases.map(\.letter)).count == StatusClass.allCases.count)
  }
}
