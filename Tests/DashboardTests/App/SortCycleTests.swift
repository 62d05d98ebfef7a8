import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// `s` and `S` through the reducer, checked against the trains table's model at the same
/// size: the cycle visits exactly the columns the table shows, in display order.
@Suite("Sort cycle")
struct SortCycleTests {
  static let widths = [80, 100, 120, 160, 250]

  /// The sort keys of the columns the trains table's model shows for `state`.
  static func shownSorts(_ state: AppState) -> [TableSort] {
    let model = PaneModels.model(TrainsTablePane.self, .trains, PaneModels.frame(SnapshotFixture.snapshot(), state))
    return model.frame.columns.map(\.sortKey)
  }

  @Test("s visits every shown column once, in display order, and back to ID", arguments: widths)
  func cycleVisitsShownColumns(width: Int) {
    var state = AppState(screen: ScreenSize(width: width, height: 40))
    let shown = Self.shownSorts(state)
    #expect(shown.first == .id)
    #expect(state.visibleSorts == shown)
    var visited: [TableSort] = [state.sort]
    for _ in 1..<shown.count {
      reduce(&state, .cycleSort)
      visited.append(state.sort)
      #expect(Self.shownSorts(state).contains(state.sort))
    }
    #expect(visited == shown)
    reduce(&state, .cycleSort)
    #expect(state.sort == .id)
  }

  @Test("narrow tables drop columns, and the cycle drops them too")
  func narrowCycleIsShorter() {
    let narrow = AppState(screen: ScreenSize(width: 80, height: 24)).visibleSorts
    let wide = AppState(screen: ScreenSize(width: 250, height: 40)).visibleSorts
    #expect(wide == TableSort.allCases)
    #expect(narrow.count < wide.count)
    #expect(!narrow.contains(.service))
    #expect(narrow.contains(.direction))
  }

  @Test("delay starts worst first; the next key starts ascending again; S reverses")
  func delayStartsDescending() {
    var state = AppState(screen: ScreenSize(width: 250, height: 40))
    while state.sort != .delay { reduce(&state, .cycleSort) }
    #expect(state.sortDescending)
    #expect(state.message == "sort: delay (descending)")
    reduce(&state, .reverseSort)
    #expect(!state.sortDescending)
    reduce(&state, .cycleSort)
    #expect(state.sort == .teu)
    #expect(!state.sortDescending)
    let rows = TrainOrdering.rows(
      SnapshotFixture.trains, sort: .delay, descending: TableSort.delay.startsDescending,
      filter: .all)
    #expect(rows.first?.id == "X8045-0226E")  // 50 h late, the worst
  }

  @Test("a sort whose column a narrower screen hides falls back to ID and says so")
  func hiddenSortFallsBack() {
    var state = AppState(screen: ScreenSize(width: 250, height: 40))
    while state.sort != .service { reduce(&state, .cycleSort) }
    reduce(&state, .resize(ScreenSize(width: 100, height: 30)))
    #expect(state.sort == .id)
    #expect(!state.sortDescending)
    #expect(state.message == "sort: ID (the service column does not fit)")
    // A sort still shown stays.
    while state.sort != .delay { reduce(&state, .cycleSort) }
    reduce(&state, .resize(ScreenSize(width: 120, height: 40)))
    #expect(state.sort == .delay)
  }

  @Test(
    "the header marks the sorted column and its direction",
    arguments: [
      (TableSort.direction, false, "Dir▲"), (.location, true, "Location▼"),
      (.service, false, "Service▲"), (.cargo, true, "Main cargo▼"), (.delay, true, "Delay▼"),
    ])
  func headerMark(sort: TableSort, descending: Bool, mark: String) {
    let text = FixtureFrame.text(250, 40) { driver in
      while driver.state.sort != sort { driver.send(.cycleSort) }
      if driver.state.sortDescending != descending { driver.send(.reverseSort) }
    }
    #expect(text.contains(mark))
    #expect(text.contains("sort \(sort.label) \(descending ? "▼" : "▲")"))
  }

  @Test("main cargo sorts by the shown category name, trains without cargo first")
  func cargoByShownName() {
    var trains = SnapshotFixture.trains
    trains[1].consist.byCategory.reverse()  // main cargo electronics
    trains[3].consist.byCategory = []
    let names = ["apparel": "Zapparel", "electronics": "Electronics"]
    let rows = TrainOrdering.rows(
      trains, sort: .cargo, descending: false, filter: .all, categoryNames: names)
    #expect(rows.map(\.id).prefix(2) == ["X8044-0309W", "X8044-0302W"])
  }
}
