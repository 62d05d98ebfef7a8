import CorridorSim
import Foundation
import Testing

@testable import Dashboard

@Suite("Reducer")
struct ReducerTests {
  /// Train ids `T00`, `T01`, … as the table lists them.
  static func ids(_ count: Int) -> [String] { (0..<count).map { String(format: "T%02d", $0) } }

  /// The lists of a table of `rows` trains and 40 events.
  static func lists(rows: Int = 25) -> ListContext {
    ListContext(rowIDs: ids(rows), eventCount: 40)
  }

  /// A 120×40 state (a page of the table is `page` rows) with row `selected` selected.
  static func state(rows: Int = 25, selected: Int = 0, width: Int = 120) -> AppState {
    var state = AppState(screen: ScreenSize(width: width, height: 40))
    reduce(&state, .move(selected), lists: lists(rows: rows))
    return state
  }

  /// Rows in a page of the table at 120×40.
  static let page = DashboardLayout.plan(width: 120, height: 40).tableRows

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
      (0, Action.move(1), 1), (0, .move(-1), 0), (24, .move(1), 24), (5, .pageDown, 5 + page),
      (20, .pageDown, 24), (5, .pageUp, 0), (page + 2, .pageUp, 2), (12, .home, 0),
      (3, .end, 24),
    ])
  func selection(start: Int, action: Action, expected: Int) {
    var state = Self.state(selected: start)
    reduce(&state, action, lists: Self.lists())
    #expect(state.selectedRow == expected)
    #expect(state.selectedTrainID == String(format: "T%02d", expected))
    #expect(state.tableScroll <= state.selectedRow)
    #expect(state.selectedRow < state.tableScroll + Self.page)
  }

  @Test(
    "scroll follows the selection by the least amount",
    arguments: [
      (Action.end, 25 - page), (.pageDown, 1), (.move(page - 1), 0), (.move(page), 1),
    ])
  func scroll(action: Action, expectedScroll: Int) {
    var state = Self.state()
    reduce(&state, action, lists: Self.lists())
    #expect(state.tableScroll == expectedScroll)
  }

  @Test("the selection stays on its train when rows re-sort, else on its row")
  func selectionFollowsTrain() {
    var state = Self.state(rows: 5, selected: 3)
    #expect(state.selectedTrainID == "T03")
    let resorted = ListContext(rowIDs: ["T03", "T00", "T01", "T02", "T04"])
    reduce(&state, .move(1), lists: resorted)
    #expect(state.selectedTrainID == "T00")
    #expect(state.selectedRow == 1)
    // The selected train gone: the next move starts from the row it was at, clamped.
    reduce(&state, .move(0), lists: ListContext(rowIDs: ["T03"]))
    #expect(state.selectedTrainID == "T03")
    reduce(&state, .move(0), lists: .empty)
    #expect(state.selectedTrainID == nil)
    reduce(&state, .openDetail, lists: .empty)
    #expect(state.view == .dashboard)
  }

  @Test(
    "Tab and Shift-Tab cycle the visible focusable panes",
    arguments: [
      (Pane.trains, Action.focusNext, 120, Pane.cargo),
      (.events, .focusNext, 120, .route),
      (.route, .focusPrevious, 120, .events),
      (.trains, .focusNext, 100, .events),
      (.route, .focusPrevious, 100, .events),
    ])
  func focus(start: Pane, action: Action, width: Int, expected: Pane) {
    var state = Self.state(width: width)
    state.focus = start
    reduce(&state, action)
    #expect(state.focus == expected)
  }

  @Test("a focused pane that a resize drops hands focus on")
  func focusDropped() {
    var state = Self.state()
    state.focus = .cargo
    reduce(&state, .resize(ScreenSize(width: 100, height: 40)))
    #expect(state.focus == .route)
  }

  @Test(
    "with events focused, movement keys scroll the events",
    arguments: [
      (0, Action.move(1), 1), (0, .move(-1), 0), (0, .end, 40 - events), (40, .move(1), 40 - events),
      (20, .home, 0), (5, .pageUp, 0), (0, .pageDown, events),
    ])
  func eventScroll(start: Int, action: Action, expected: Int) {
    var state = Self.state()
    state.focus = .events
    reduce(&state, .move(start), lists: Self.lists())
    reduce(&state, action, lists: Self.lists())
    #expect(state.eventScroll == expected)
    #expect(state.selectedRow == 0)
  }

  /// Event lines in the events pane at 120×40.
  static let events = DashboardLayout.plan(width: 120, height: 40).eventRows

  @Test("Enter opens the detail, Esc closes help first, then the detail")
  func overlays() {
    var state = Self.state(selected: 2)
    reduce(&state, .openDetail, lists: Self.lists())
    #expect(state.view == .detail)
    #expect(state.selectedTrainID == "T02")
    reduce(&state, .toggleHelp)
    #expect(state.helpOpen)
    reduce(&state, .closeOverlay)
    #expect(!state.helpOpen && state.view == .detail)
    reduce(&state, .closeOverlay)
    #expect(state.view == .dashboard)
  }

  @Test(
    "filter, sort and reverse cycle and say so",
    arguments: [
      (Action.cycleFilter, "filter: westbound"), (.cycleSort, "sort: direction"),
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
    for _ in state.visibleSorts { reduce(&state, .cycleSort) }
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

  @Test("the frame orders rows by the state's sort and filter; the first row is selected")
  func framesOrderRows() {
    var state = AppState()
    state.filter = .westbound
    state.sort = .progress
    state.sortDescending = true
    let inputs = FrameInputs(
      snapshot: SnapshotFixture.snapshot(), state: state, glyphs: .unicode, width: 120,
      height: 40)
    #expect(inputs.lists.rowIDs == ["X8044-0224W", "X8044-0302W", "X8044-0305W", "X8044-0309W"])
    #expect(inputs.selected?.id == "X8044-0224W")
    #expect(state.selectedTrainID == nil)
  }
}

/// What the reducer does with the screen size and the wall clock: a resize leaves focus on a
/// pane that is shown, paging moves by a page of the state's own screen, the clock expires
/// messages at their instant, and opening the detail pins the train the user sees.
@Suite("Reducer and the screen")
struct ReducerScreenTests {
  static let sizes = [
    ScreenSize(width: 80, height: 24), ScreenSize(width: 100, height: 30),
    ScreenSize(width: 120, height: 40), ScreenSize(width: 200, height: 60),
    ScreenSize(width: 79, height: 24), ScreenSize(width: 120, height: 26),
  ]

  @Test(
    "a resize keeps focus on a shown pane, and on the same one while it is shown",
    arguments: sizes)
  func resizeKeepsFocusValid(size: ScreenSize) {
    for start in Pane.focusable {
      var state = AppState(screen: ScreenSize(width: 200, height: 60))
      state.focus = start
      reduce(&state, .resize(size))
      let shown = DashboardLayout.plan(width: size.width, height: size.height).visiblePanes
      #expect(Pane.focusable.contains(state.focus))
      if !shown.isEmpty { #expect(shown.contains(state.focus), "from \(start)") }
      if shown.contains(start) { #expect(state.focus == start) }
    }
  }

  @Test("a page of the table or the events is a page of the state's screen", arguments: sizes)
  func pagingFollowsTheScreen(size: ScreenSize) {
    let plan = DashboardLayout.plan(width: size.width, height: size.height)
    let lists = ListContext(rowIDs: ReducerTests.ids(99), eventCount: 200)
    var state = AppState(screen: ScreenSize(width: 120, height: 40))
    reduce(&state, .resize(size))
    reduce(&state, .pageDown, lists: lists)
    #expect(state.selectedRow == plan.tableRows)
    state.focus = .events
    reduce(&state, .pageDown, lists: lists)
    #expect(state.eventScroll == max(1, plan.eventRows))
  }

  @Test("the sizes tried have different pages")
  func pagesDiffer() {
    let pages = Set(
      Self.sizes.map { DashboardLayout.plan(width: $0.width, height: $0.height) }
        .map { [$0.tableRows, $0.eventRows] })
    #expect(pages.count >= 4)
  }

  @Test("the clock clears a message at its expiry instant, and nothing else")
  func clockExpiresMessages() {
    var state = AppState()
    reduce(&state, .clock(5 * MessageTests.second))
    let quiet = state
    reduce(&state, .clock(6 * MessageTests.second))
    var expected = quiet
    expected.setClock(6 * MessageTests.second)
    #expect(state == expected)
    reduce(&state, .showMessage("hello"))
    let expiry = 6 * MessageTests.second + AppState.messageLifetimeNanos
    reduce(&state, .clock(expiry - 1))
    #expect(state.message == "hello")
    reduce(&state, .clock(expiry))
    #expect(state.message == nil)
    #expect(state.wallNanos == expiry)
  }

  @Test("Enter with nothing selected yet pins the first row's train")
  func openDetailPinsTheFirstRow() {
    var state = AppState()
    #expect(state.selectedTrainID == nil)
    reduce(&state, .openDetail, lists: ReducerTests.lists(rows: 5))
    #expect(state.view == .detail)
    #expect(state.selectedTrainID == "T00")
  }

  @Test("Enter on a train gone from the table pins the train now shown at its row")
  func openDetailPinsTheShownRow() {
    var state = ReducerTests.state(rows: 5, selected: 3)
    let without = ListContext(rowIDs: ["T00", "T01", "T02", "T04"])
    reduce(&state, .openDetail, lists: without)
    #expect(state.selectedTrainID == "T04")
    #expect(state.selectedRow == 3)
  }

  @Test("the detail opened before any move shows the train the table showed, after a re-sort")
  func openDetailFollowsTheTrainSeen() {
    let snapshot = SnapshotFixture.snapshot()
    var driver = StateDriver(AppState(), snapshot: snapshot)
    driver.send(.cycleSort)
    let seen = FrameInputs(
      snapshot: snapshot, state: driver.state, glyphs: .unicode, width: 120, height: 40
    ).selected?.id
    driver.send(.openDetail)
    driver.send(.cycleSort)
    let inputs = FrameInputs(
      snapshot: snapshot, state: driver.state, glyphs: .unicode, width: 120, height: 40)
    #expect(inputs.view == .detail)
    #expect(seen != nil && inputs.selected?.id == seen)
    #expect(driver.state.selectedTrainID == seen)
  }
}

@Suite("Transient messages")
struct MessageTests {
  static let second: UInt64 = 1_000_000_000

  @Test("a message lasts four seconds of wall time, then goes")
  func expires() {
    var state = AppState()
    reduce(&state, .clock(10 * Self.second))
    reduce(&state, .showMessage("theme: light"))
    reduce(&state, .clock(13 * Self.second))
    #expect(state.message == "theme: light")
    reduce(&state, .clock(14 * Self.second))
    #expect(state.message == nil)
  }

  @Test("a new message starts its own lifetime")
  func restarts() {
    var state = AppState()
    reduce(&state, .showMessage("one"))
    reduce(&state, .clock(3 * Self.second))
    reduce(&state, .cycleFilter)
    reduce(&state, .clock(6 * Self.second))
    #expect(state.message == "filter: westbound")
    reduce(&state, .clock(7 * Self.second))
    #expect(state.message == nil)
  }
}
