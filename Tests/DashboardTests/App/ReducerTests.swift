import CorridorSim
import Testing

@testable import Dashboard

@Suite("Reducer")
struct ReducerTests {
  /// A state synced to `rows` train ids with a page of `page` rows.
  static func state(
    rows: Int = 25, page: Int = 10, selected: Int = 0,
    panes: Set<Pane> = Set(Pane.allCases)
  ) -> AppState {
    var state = AppState()
    reduce(
      &state,
      .syncTable(
        TableSync(
          rowIDs: (0..<rows).map { String(format: "T%02d", $0) }, pageSize: page,
          visiblePanes: panes, eventCount: 40, eventRows: 8)))
    reduce(&state, .move(selected))
    return state
  }

  @Test(
    "speed doubles and halves within bounds",
    arguments: [
      (3_600, Action.faster, 7_200), (3_600, .slower, 1_800), (1, .slower, 1),
      (SpeedLimits.maximum, .faster, SpeedLimits.maximum), (2, .slower, 1),
      (SpeedLimits.maximum / 2 + 1, .faster, SpeedLimits.maximum),
    ])
  func speed(start: Int, action: Action, expected: Int) {
    var state = AppState(speed: start)
    reduce(&state, action)
    #expect(state.speed == expected)
  }

  @Test("quit and pause")
  func quitAndPause() {
    var state = AppState()
    reduce(&state, .togglePause)
    #expect(state.paused)
    reduce(&state, .togglePause)
    #expect(!state.paused)
    reduce(&state, .quit)
    #expect(state.wantsQuit)
  }

  @Test(
    "selection moves and clamps",
    arguments: [
      (0, Action.move(1), 1), (0, .move(-1), 0), (24, .move(1), 24), (5, .pageDown, 15),
      (20, .pageDown, 24), (5, .pageUp, 0), (15, .pageUp, 5), (12, .home, 0), (3, .end, 24),
    ])
  func selection(start: Int, action: Action, expected: Int) {
    var state = Self.state(selected: start)
    reduce(&state, action)
    #expect(state.selectedRow == expected)
    #expect(state.selectedTrainID == String(format: "T%02d", expected))
    #expect(state.tableScroll <= state.selectedRow)
    #expect(state.selectedRow < state.tableScroll + state.pageSize)
  }

  @Test(
    "scroll follows the selection by the least amount",
    arguments: [
      (Action.end, 15), (.pageDown, 1), (.move(9), 0), (.move(10), 1),
    ])
  func scroll(action: Action, expectedScroll: Int) {
    var state = Self.state()
    reduce(&state, action)
    #expect(state.tableScroll == expectedScroll)
  }

  @Test("selection follows its train when rows re-sort, else keeps its row clamped")
  func syncFollowsTrain() {
    var state = Self.state(rows: 5, selected: 3)
    #expect(state.selectedTrainID == "T03")
    reduce(
      &state,
      .syncTable(
        TableSync(
          rowIDs: ["T03", "T00", "T01", "T02", "T04"], pageSize: 10,
          visiblePanes: Set(Pane.allCases))))
    #expect(state.selectedRow == 0)
    #expect(state.selectedTrainID == "T03")
    reduce(&state, .move(4))
    reduce(
      &state,
      .syncTable(
        TableSync(
          rowIDs: ["T00", "T01"], pageSize: 10,
          visiblePanes: Set(Pane.allCases))))
    #expect(state.selectedRow == 1)
    #expect(state.selectedTrainID == "T01")
    reduce(
      &state, .syncTable(TableSync(rowIDs: [], pageSize: 10, visiblePanes: Set(Pane.allCases))))
    #expect(state.selectedTrainID == nil)
    reduce(&state, .openDetail)
    #expect(!state.detailOpen)
  }

  @Test(
    "Tab and Shift-Tab cycle the visible focusable panes",
    arguments: [
      (Pane.trains, Action.focusNext, Set(Pane.allCases), Pane.cargo),
      (.events, .focusNext, Set(Pane.allCases), .route),
      (.route, .focusPrevious, Set(Pane.allCases), .events),
      (.trains, .focusNext, Set(Pane.allCases).subtracting([.cargo]), .events),
      (.route, .focusPrevious, Set(Pane.allCases).subtracting([.cargo, .events]), .trains),
    ])
  func focus(start: Pane, action: Action, panes: Set<Pane>, expected: Pane) {
    var state = Self.state(panes: panes)
    state.focus = start
    reduce(&state, action)
    #expect(state.focus == expected)
  }

  @Test("a focused pane that the layout drops hands focus on")
  func focusDropped() {
    var state = Self.state()
    state.focus = .cargo
    reduce(
      &state,
      .syncTable(
        TableSync(
          rowIDs: [], pageSize: 5,
          visiblePanes: Set(Pane.allCases).subtracting([.cargo]))))
    #expect(state.focus == .route)
  }

  @Test(
    "with events focused, movement keys scroll the events",
    arguments: [
      (0, Action.move(1), 1), (0, .move(-1), 0), (0, .pageDown, 10), (0, .end, 32),
      (32, .move(1), 32), (20, .home, 0), (5, .pageUp, 0),
    ])
  func eventScroll(start: Int, action: Action, expected: Int) {
    var state = Self.state()
    state.focus = .events
    reduce(&state, .move(start))
    reduce(&state, action)
    #expect(state.eventScroll == expected)
    #expect(state.selectedRow == 0)
  }

  @Test("Enter opens the detail, Esc closes help first, then the detail")
  func overlays() {
    var state = Self.state(selected: 2)
    reduce(&state, .openDetail)
    #expect(state.detailOpen)
    reduce(&state, .toggleHelp)
    #expect(state.helpOpen)
    reduce(&state, .closeOverlay)
    #expect(!state.helpOpen && state.detailOpen)
    reduce(&state, .closeOverlay)
    #expect(!state.detailOpen)
  }

  @Test(
    "filter, sort and reverse cycle and say so",
    arguments: [
      (Action.cycleFilter, "filter: westbound"), (.cycleSort, "sort: progress"),
      (.reverseSort, "sort: ID (descending)"),
    ])
  func cycles(action: Action, message: String) {
    var state = AppState()
    reduce(&state, action)
    #expect(state.message == message)
  }

  @Test("filter and sort cycles wrap around")
  func wrap() {
    var state = AppState()
    for _ in TableFilter.allCases { reduce(&state, .cycleFilter) }
    for _ in TableSort.allCases { reduce(&state, .cycleSort) }
    #expect(state.filter == .all && state.sort == .id)
  }

  @Test("messages and lag")
  func messages() {
    var state = AppState()
    reduce(&state, .showMessage("hello"))
    #expect(state.message == "hello")
    reduce(&state, .clearMessage)
    #expect(state.message == nil)
    reduce(&state, .setLag(7_200))
    #expect(state.lagSeconds == 7_200)
  }

  @Test("t switches theme and names it")
  func theme() {
    var state = AppState(
      themes: ThemeRing(
        current: .compiledDefault,
        others: [.loaded(Theme(name: "other", summary: "", styles: [:]))]))
    reduce(&state, .cycleTheme)
    #expect(state.theme.name == "other")
    #expect(state.message == "theme: other")
  }

  @Test("syncing from a snapshot orders rows by the state's sort and filter")
  func syncFromSnapshot() {
    var state = AppState()
    state.filter = .westbound
    state.sort = .progress
    state.sortDescending = true
    state.sync(with: SnapshotFixture.snapshot(), width: 120, height: 40)
    #expect(state.rowIDs == ["X8044-0224W", "X8044-0302W", "X8044-0305W", "X8044-0309W"])
    #expect(state.selectedTrainID == "X8044-0224W")
  }
}

@Suite("Transient messages")
struct MessageTests {
  static func sync(_ state: inout AppState) {
    reduce(&state, .syncTable(TableSync(rowIDs: [], pageSize: 5, visiblePanes: [])))
  }

  @Test("a message lasts its lifetime in frames, then goes")
  func expires() {
    var state = AppState()
    state.messageLifetimeFrames = 3
    reduce(&state, .showMessage("theme: light"))
    for _ in 0..<3 { Self.sync(&state) }
    #expect(state.message == "theme: light")
    Self.sync(&state)
    #expect(state.message == nil)
  }

  @Test("a new message starts its own lifetime")
  func restarts() {
    var state = AppState()
    state.messageLifetimeFrames = 2
    reduce(&state, .showMessage("one"))
    Self.sync(&state)
    Self.sync(&state)
    reduce(&state, .cycleFilter)
    Self.sync(&state)
    Self.sync(&state)
    #expect(state.message == "filter: westbound")
  }
}
