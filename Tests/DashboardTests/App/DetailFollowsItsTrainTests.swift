import CorridorSim
import Testing

@testable import Dashboard

/// The detail view stays on the train it opened on (issue 9 §1): sorting, filtering and the
/// table moving on never switch it (only the arrow keys, which browse); it shows its arrival;
/// it falls back to the dashboard only when the train has left the list.
@Suite("Detail follows its train")
struct DetailFollowsItsTrainTests {
  @Test("sort and filter inside the detail keep its train")
  func sortAndFilterKeepTheTrain() throws {
    let start = try PaneModels.state()
    let opened = PaneModels.after([.move(2), .openDetail], start)
    let pinned = try #require(opened.detailTrainID)
    var state = opened
    for action in [Action.cycleSort, .cycleFilter, .cycleFilter, .reverseSort, .cycleFilter] {
      state = PaneModels.after([action], state)
      let frame = PaneModels.frame(SnapshotFixture.snapshot(), state)
      #expect(frame.view == .detail)
      #expect(frame.detailTrain?.id == pinned, "after \(action)")
    }
    // The arrow keys inside the detail browse: it moves to the train they select.
    let browsed = PaneModels.after([.move(1)], opened)
    #expect(browsed.detailTrainID != pinned)
    #expect(PaneModels.frame(SnapshotFixture.snapshot(), browsed).detailTrain?.id == browsed.detailTrainID)
    let closed = PaneModels.after([.closeOverlay], state)
    #expect(closed.detailTrainID == nil && closed.view == .dashboard)
  }

  @Test("a train that has left the list closes the detail; the others do not take its place")
  func retiredTrainClosesTheDetail() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = PaneModels.after([.openDetail], try PaneModels.state(), snapshot: snapshot)
    let pinned = try #require(state.detailTrainID)
    var later = snapshot
    later.trains.removeAll { $0.id == pinned }
    let frame = PaneModels.frame(later, state)
    #expect(frame.detailTrain == nil)
    #expect(frame.view == .dashboard)
  }

  @Test("0 returns to the start speed")
  func zeroResetsTheSpeed() throws {
    var state = try PaneModels.state()
    let start = state.speed
    for action in [Action.faster, .faster, .slower, .faster] { reduce(&state, action) }
    #expect(state.speed != start)
    reduce(&state, .resetSpeed)
    #expect(state.speed == start)
    #expect(KeyMap.bindings.contains { $0.mappings.contains { $0.action == Action.resetSpeed } })
  }
}
