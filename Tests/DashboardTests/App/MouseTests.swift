import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Mouse reports through the key map and the reducer, hit-tested against the layout plan of
/// the frame the state draws (160×45: every pane shown).
@Suite("Mouse")
struct MouseTests {
  static let plan = DashboardLayout.plan(width: 160, height: 45)

  static func state() -> AppState { AppState(screen: ScreenSize(width: 160, height: 45)) }

  /// `state` after a press (and release) at `x`, `y`, or a wheel notch.
  static func mouse(_ kind: MouseEvent.Kind, x: Int, y: Int, _ state: AppState) -> AppState {
    SearchTests.typed([.mouse(MouseEvent(kind, x: x, y: y))], state)
  }

  static func click(x: Int, y: Int, _ state: AppState) -> AppState {
    mouse(.release, x: x, y: y, mouse(.press, x: x, y: y, state))
  }

  /// The screen row of the table's `row`-th data row (border, header, then the rows).
  static func tableY(_ row: Int) -> Int { (plan[.trains]?.y ?? 0) + 2 + row }

  @Test("a click selects the row under it; a second click opens its detail")
  func clickSelectsThenOpens() {
    let x = (Self.plan[.trains]?.x ?? 0) + 4
    var state = Self.click(x: x, y: Self.tableY(2), Self.state())
    let ids = SearchTests.listed(state)
    #expect(state.selectedTrainID == ids[2])
    #expect(state.view == View.dashboard)
    state = Self.click(x: x, y: Self.tableY(4), state)
    #expect(state.selectedTrainID == ids[4])
    state = Self.click(x: x, y: Self.tableY(4), state)
    #expect(state.view == View.detail && state.detailTrainID == ids[4])
  }

  @Test("the header row, the border and the blank rows below the table select nothing")
  func clicksOffRows() {
    let x = (Self.plan[.trains]?.x ?? 0) + 4
    for y in [Self.tableY(-1), Self.tableY(-2), Self.tableY(6), Self.tableY(12)] {
      #expect(Self.click(x: x, y: y, Self.state()).selectedTrainID == nil, "y \(y)")
    }
  }

  @Test("a click focuses the pane under it", arguments: [Pane.route, .cargo, .events, .trains])
  func clickFocuses(pane: Pane) throws {
    let rect = try #require(Self.plan[pane])
    var start = Self.state()
    if pane == .trains { reduce(&start, .focusNext) }  // away from the table first
    let state = Self.click(x: rect.x + rect.width / 2, y: rect.y, start)
    #expect(state.focus == pane)
  }

  @Test("a click on a cargo bar moves the cursor there; again, lists its trains")
  func clickCargo() throws {
    let rect = try #require(Self.plan[.cargo])
    // The four fixture categories are the pane's last rows inside its border.
    let y = rect.maxY - 1 - 4 + 2  // "machinery"
    var state = Self.click(x: rect.x + 4, y: y, Self.state())
    #expect(state.focus == .cargo && state.cargoCursor == 2)
    state = Self.click(x: rect.x + 4, y: y, state)
    #expect(state.cargoFilter == "machinery")
    let text = FixtureFrame.text(160, 45) { driver in driver.state = state }
    let line = text.split(separator: "\n", omittingEmptySubsequences: false)[y]
    #expect(line.contains("Machinery & steel"), "\(line)")
  }

  @Test("the wheel moves the list under the pointer, whichever pane has focus")
  func wheel() throws {
    let trains = try #require(Self.plan[.trains])
    let events = try #require(Self.plan[.events])
    var state = Self.mouse(.wheelDown, x: trains.x + 3, y: trains.y + 5, Self.state())
    #expect(state.selectedRow == 3)
    state = Self.mouse(.wheelUp, x: trains.x + 3, y: trains.y + 5, state)
    #expect(state.selectedRow == 0)
    #expect(state.focus == .trains)
    state = Self.mouse(.wheelDown, x: events.x + 3, y: events.y + 2, state)
    #expect(state.eventScroll == 3)
    #expect(state.selectedRow == 0)  // the table's selection stayed
  }

  @Test("with the help open a click closes it and does nothing else")
  func helpCloses() {
    var state = Self.state()
    reduce(&state, .toggleHelp)
    state = Self.click(x: 4, y: Self.tableY(2), state)
    #expect(!state.helpOpen)
    #expect(state.selectedTrainID == nil)
  }
}
