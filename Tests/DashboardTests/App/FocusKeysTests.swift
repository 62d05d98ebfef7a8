import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Keys act on the focused pane: the events pane scrolls, the route pane walks the trains
/// along the line, the cargo pane picks a category that filters the table; the status line
/// shows the focused pane's keys.
@Suite("Focus keys")
struct FocusKeysTests {
  /// A 160×45 state (every pane shown) focused on `pane`.
  static func focused(_ pane: Pane) -> AppState {
    var state = AppState(screen: ScreenSize(width: 160, height: 45))
    while state.focus != pane { reduce(&state, .focusNext) }
    return state
  }

  static func typed(_ inputs: [InputEvent], _ state: AppState) -> AppState {
    SearchTests.typed(inputs, state)
  }

  static func listed(_ state: AppState) -> [String] { SearchTests.listed(state) }

  @Test("route: ↓ and ↑ select the next and previous train by corridor km; Home and End the ends")
  func routeAlongTheLine() {
    // Fixture km: 0309W 0, 0305W 4467, 0226E 4786, 0301E 8508, 0302W 9146, 0224W 10635.
    let line = ["X8044-0309W", "X8044-0305W", "X8045-0226E", "X8045-0301E", "X8044-0302W",
      "X8044-0224W"]
    var state = Self.focused(.route)
    var walked: [String] = []
    for _ in line {
      state = Self.typed([.down], state)
      walked.append(state.selectedTrainID ?? "-")
    }
    // No train was selected: ↓ starts at the Zhengzhou end.
    #expect(walked == line)
    state = Self.typed([.up, .up], state)
    #expect(state.selectedTrainID == "X8045-0301E")
    state = Self.typed([.home], state)
    #expect(state.selectedTrainID == line.first)
    state = Self.typed([.end], state)
    #expect(state.selectedTrainID == line.last)
    // The table's selection is the same train: its row is selected there.
    #expect(state.selectedRow == Self.listed(state).firstIndex(of: "X8044-0224W"))
  }

  @Test("cargo: ↑↓ move the cursor, Enter lists the trains carrying it, Esc lists all again")
  func cargoPicksACategory() {
    var state = Self.focused(.cargo)
    let categories = PaneModels.frame(SnapshotFixture.snapshot(), state).lists.categories
    #expect(categories.map(\.category) == ["apparel", "electronics", "machinery", "chocolate"])
    state = Self.typed([.down, .down, .down, .down, .up], state)
    #expect(state.cargoCursor == 2)
    #expect(state.selectedTrainID == nil)  // the table's selection did not move
    state = Self.typed([.enter], state)
    #expect(state.cargoFilter == "machinery")
    #expect(state.message == "trains carrying Machinery & steel")
    #expect(Self.listed(state).isEmpty)  // no fixture train carries machinery
    state = Self.typed([.home, .character(" ")], state)
    #expect(state.cargoFilter == "apparel")
    #expect(!state.paused)  // Space picked, it did not pause
    #expect(Self.listed(state).count == 6)
    state = Self.typed([.escape], state)
    #expect(state.cargoFilter == nil)
    // Away from the cargo pane, Enter and Space are the table's and the clock's again.
    state = Self.typed([.tab, .character(" ")], state)
    #expect(state.paused)
  }

  @Test("the cargo pick, the search and the filter all apply")
  func cargoSearchAndFilter() {
    var trains = SnapshotFixture.trains
    for index in [1, 4] {
      trains[index].consist.byCategory.append(
        CategoryTotals(category: "machinery", containers: 3, tonnes: 40, parcels: 0, valueUSD: 1))
    }
    let snapshot = SnapshotFixture.snapshot(trains: trains)
    var driver = StateDriver(Self.focused(.cargo), snapshot: snapshot)
    for action: Action in [.move(2), .toggleCargoFilter] { driver.send(action) }
    func listed() -> [String] {
      FrameInputs(snapshot: snapshot, state: driver.state, glyphs: .unicode, width: 160, height: 45)
        .lists.rowIDs
    }
    #expect(listed() == ["X8044-0302W", "X8045-0226E"])
    driver.send(.cycleFilter)  // westbound
    #expect(listed() == ["X8044-0302W"])
    driver.send(.startSearch)
    for character in "0226" { driver.send(.searchType(character)) }
    #expect(listed() == [])  // 0226E carries machinery but is eastbound
  }

  @Test("the cargo pane draws its cursor only while focused, and names its pick")
  func cargoPaneShowsCursorAndPick() {
    let text = FixtureFrame.text(160, 45) { driver in
      while driver.state.focus != .cargo { driver.send(.focusNext) }
      driver.send(.move(1))
      driver.send(.toggleCargoFilter)
    }
    #expect(text.contains("listing Electronics"))
    #expect(text.contains("carrying Electronics"))
    let model = PaneModels.model(
      CargoPane.self, .cargo,
      PaneModels.frame(SnapshotFixture.snapshot(), PaneModels.after([.move(1)], Self.focused(.cargo))))
    #expect(model.cursor == 1)
    let unfocused = PaneModels.model(
      CargoPane.self, .cargo, PaneModels.frame(SnapshotFixture.snapshot(), Self.focused(.trains)))
    #expect(unfocused.cursor == nil)
  }

  @Test(
    "the status line shows the focused pane's keys",
    arguments: [
      (Pane.trains, "s sort"), (.events, "↑↓ scroll"), (.route, "↑↓ along the line"),
      (.cargo, "Enter list its trains"),
    ])
  func statusLineKeys(pane: Pane, hint: String) {
    let text = FixtureFrame.text(160, 45) { driver in
      while driver.state.focus != pane { driver.send(.focusNext) }
    }
    let statusLine = text.split(separator: "\n").last.map(String.init) ?? ""
    #expect(statusLine.contains(hint), "\(statusLine)")
  }

  @Test("a wide status line also names the map and the legend; a narrow one keeps ? help")
  func mapAndLegendHints() {
    let wide = FixtureFrame.text(250, 45).split(separator: "\n").last.map(String.init) ?? ""
    #expect(wide.contains("M map") && wide.contains("L legend"), "\(wide)")
    let narrow = FixtureFrame.text(80, 24).split(separator: "\n").last.map(String.init) ?? ""
    #expect(narrow.contains("? help") && !narrow.contains("L legend"), "\(narrow)")
  }
}
