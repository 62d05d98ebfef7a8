import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The train detail's model follows the selected train: it holds the train the table has
/// selected, a moved selection gives another model, and after a re-sort it still holds the
/// same train (the selection is by id).
@Suite("Pane models: train detail")
struct TrainDetailPaneModelTests {
  static func detail(_ state: AppState, _ snapshot: SimSnapshot = SnapshotFixture.snapshot())
    -> TrainDetailPane.Model
  {
    PaneModels.model(TrainDetailPane.self, .detail, PaneModels.frame(snapshot, state))
  }

  @Test("the model holds the selected train, row after row")
  func followsTheSelection() throws {
    let state = try PaneModels.state()
    var seen: Set<String> = []
    for row in 0..<SnapshotFixture.trains.count {
      let selected = PaneModels.after([.move(row), .openDetail], state)
      let frame = PaneModels.frame(SnapshotFixture.snapshot(), selected)
      #expect(frame.plan[.detail] != nil)
      let id = try #require(Self.detail(selected).train?.id)
      #expect(id == frame.selected?.id)
      seen.insert(id)
    }
    #expect(seen.count == SnapshotFixture.trains.count)
  }

  @Test("after a re-sort the detail still holds the same train")
  func holdsTheTrainAcrossSorts() throws {
    let opened = PaneModels.after([.move(2), .openDetail], try PaneModels.state())
    let before = Self.detail(opened)
    let resorted = PaneModels.after([.cycleSort, .cycleSort], opened)
    #expect(Self.detail(resorted) == before)
    #expect(Self.detail(PaneModels.after([.move(1)], opened)) != before)
  }

  @Test("the model changes with the train's snapshot and the theme")
  func changesWithTheTrain() throws {
    let opened = PaneModels.after([.openDetail], try PaneModels.state())
    let before = Self.detail(opened)
    var snapshot = SnapshotFixture.snapshot()
    let index = try #require(snapshot.trains.firstIndex { $0.id == before.train?.id })
    snapshot.trains[index].delaySeconds += 600
    #expect(Self.detail(opened, snapshot) != before)
    #expect(Self.detail(PaneModels.after([.cycleTheme], opened)) != before)
  }
}
