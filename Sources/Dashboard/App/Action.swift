import CorridorSim

/// Something the user (or the live loop) asked for; `reduce` turns it into a new `AppState`.
public enum Action: Hashable, Sendable {
  case quit
  case togglePause
  case faster
  case slower
  case focusNext
  case focusPrevious
  case cycleTheme
  case cycleFilter
  case cycleSort
  case reverseSort
  /// Up/down by rows (negative = up); scrolls the events pane instead when it has focus.
  case move(Int)
  case pageUp
  case pageDown
  case home
  case end
  case openDetail
  /// Esc: closes the help overlay, else the detail view.
  case closeOverlay
  case toggleHelp
  /// The live loop's per-frame table rows (see `AppState.sync`).
  case syncTable(TableSync)
  case showMessage(String)
  case clearMessage
  /// The engine is behind wall time by this much (nil: caught up).
  case setLag(SimDuration?)
}

/// Applies one action to the state. Pure: no I/O, no clock.
public func reduce(_ state: inout AppState, _ action: Action) {
  switch action {
  case .quit: state.wantsQuit = true
  case .togglePause:
    state.paused.toggle()
  case .faster: state.speed = min(SpeedLimits.maximum, state.speed * 2)
  case .slower: state.speed = max(SpeedLimits.minimum, state.speed / 2)
  case .focusNext: state.moveFocus(1)
  case .focusPrevious: state.moveFocus(-1)
  case .cycleTheme: state.setMessage(state.themes.advance())
  case .cycleFilter:
    state.filter = state.filter.next
    state.setMessage("filter: \(state.filter.label)")
  case .cycleSort:
    state.sort = state.sort.next
    state.setMessage(state.sortMessage)
  case .reverseSort:
    state.sortDescending.toggle()
    state.setMessage(state.sortMessage)
  case .move(let rows):
    if state.focus == .events {
      state.scrollEvents(by: rows)
    } else {
      state.select(row: state.selectedRow + rows)
    }
  case .pageUp:
    if state.focus == .events {
      state.scrollEvents(by: -state.pageSize)
    } else {
      state.select(row: state.selectedRow - state.pageSize)
    }
  case .pageDown:
    if state.focus == .events {
      state.scrollEvents(by: state.pageSize)
    } else {
      state.select(row: state.selectedRow + state.pageSize)
    }
  case .home:
    if state.focus == .events {
      state.scrollEvents(by: -state.eventScroll)
    } else {
      state.select(row: 0)
    }
  case .end:
    if state.focus == .events {
      state.scrollEvents(by: state.maxEventScroll)
    } else {
      state.select(row: state.rowIDs.count - 1)
    }
  case .openDetail:
    if state.selectedTrainID != nil { state.detailOpen = true }
  case .closeOverlay:
    if state.helpOpen { state.helpOpen = false } else { state.detailOpen = false }
  case .toggleHelp: state.helpOpen.toggle()
  case .syncTable(let sync): state.applySync(sync)
  case .showMessage(let text): state.setMessage(text)
  case .clearMessage: state.setMessage(nil)
  case .setLag(let lag): state.lagSeconds = lag
  }
}
