import CorridorSim
import TermRender

/// Something the user (or the live loop) asked for; `reduce` turns it into a new `AppState`.
public enum Action: Hashable, Sendable {
  case quit
  case togglePause
  /// `.`: step the paused simulation one sim hour.
  case stepHour
  /// The live loop ran the step `.` asked for.
  case stepTaken
  case faster
  case slower
  /// Back to the start speed (doubling and halving from odd speeds never get there).
  case resetSpeed
  case focusNext
  case focusPrevious
  case cycleTheme
  case cycleFilter
  case cycleSort
  case reverseSort
  /// Up/down by rows (negative = up), on the focused pane: the table's selection; the events
  /// pane scrolls; the route pane selects the train before or after along the line; the
  /// cargo pane moves its category cursor.
  case move(Int)
  /// A mouse report at a cell of the screen (`MouseHit` says what is there).
  case mouse(MouseEvent)
  /// Enter or Space on the cargo pane: list only the trains carrying the category under the
  /// cursor (again on the same category: all trains).
  case toggleCargoFilter
  case pageUp
  case pageDown
  case home
  case end
  case openDetail
  /// Esc: closes the legend or help overlay, else the detail view, else clears the cargo
  /// pick, else the search.
  case closeOverlay
  case toggleHelp
  /// `L`: shows or hides the legend (and closes the help, whose second page it is).
  case toggleLegend
  /// Arrows, PgUp, PgDn, Home, End with the legend open: scrolls it by this many rows.
  case scrollLegend(Int)
  /// `M`: the map view, or back to the dashboard from it.
  case toggleMap
  /// `m`: the map's next region; `1` `2` `3`: one region.
  case cycleMapRegion
  case showMapRegion(MapRegion)
  /// `/`: type a search query (keys go to it until Enter or Esc).
  case startSearch
  /// A character typed into the query.
  case searchType(Character)
  /// Backspace while typing the query.
  case searchBackspace
  /// Enter while typing: keep the query and go back to the keys.
  case searchCommit
  /// Esc while typing: no search.
  case searchCancel
  case showMessage(String)
  case clearMessage
  /// The engine is behind wall time by this much (nil: caught up).
  case setLag(SimDuration?)
  /// The terminal now has this size.
  case resize(ScreenSize)
  /// The wall clock reads this many nanoseconds (monotonic); messages expire by it, and the
  /// kiosk's loop rotates and shifts by it.
  case clock(UInt64)
  /// Kiosk: a key arrived (the idle time counts from it).
  case kioskKey
  /// Kiosk, interactive: ← → show the previous or next view.
  case kioskStep(Int)
  /// Kiosk: Ctrl-], the first half of the unlock chord (then `q`).
  case kioskArmUnlock
  /// Kiosk: the journey view drew this train (nil: none to follow), arrived or not.
  case kioskFollow(trainID: String?, arrived: Bool)
}

/// What the keys that move through lists act on: the trains table's rows as last drawn (train
/// ids in display order) and how many events the events pane can scroll through.
///
/// Handed to `reduce` by whoever drew the frame (`FrameInputs.lists`), so the state never
/// keeps a copy of what the screen derives from it.
public struct ListContext: Sendable, Hashable {
  public var rowIDs: [String]
  public var eventCount: Int
  /// The table's rows ordered along the line (by corridor km, Zhengzhou first), for the
  /// route pane's arrows; filled only while the route pane has focus (it costs a sort).
  public var alongLine: [String]
  /// The cargo pane's category rows as drawn, top first, for its arrows and Enter.
  public var categories: [CategoryTEU]
  /// The table's first row shown, for mouse clicks on rows.
  public var tableScroll: Int
  /// How far the legend scrolls as drawn (0 when it is closed or fits).
  public var legendMaxScroll: Int

  public init(
    rowIDs: [String] = [], eventCount: Int = 0, alongLine: [String] = [],
    categories: [CategoryTEU] = [], tableScroll: Int = 0, legendMaxScroll: Int = 0
  ) {
    self.tableScroll = tableScroll
    self.legendMaxScroll = legendMaxScroll
    self.rowIDs = rowIDs
    self.eventCount = eventCount
    self.alongLine = alongLine
    self.categories = categories
  }

  /// No rows and no events (actions that move through lists then do nothing).
  public static let empty = ListContext()
}

/// Applies one action to the state. Pure: no I/O, no clock.
///
/// `lists` is the table and events list the user sees: moving the selection, paging and
/// opening the detail act on them.
public func reduce(_ state: inout AppState, _ action: Action, lists: ListContext = .empty) {
  // The kiosk's lock, in one place: a kiosk refuses every action its mode does not list.
  if let kiosk = state.kiosk, !KioskLock.admits(action, kiosk: kiosk, now: state.wallNanos) {
    return
  }
  let rows = lists.rowIDs
  let now = state.wallNanos
  let eventsFocused = state.focus == .events
  // What the arrows move: the focused pane's list (the table's selection unless said here).
  let focus = state.focus
  switch action {
  // In kiosk mode `q` arrives only inside the unlock chord: it ends kiosk mode.
  case .quit: if state.kiosk != nil { state.endKiosk() } else { state.wantsQuit = true }
  case .togglePause: state.paused.toggle()
  case .stepHour: state.stepWhilePaused()
  case .stepTaken: state.takeStep()
  case .faster: state.speed = min(SpeedLimits.maximum, state.speed * 2)
  case .resetSpeed:
    state.speed = state.startSpeed
    state.setMessage("speed ×\(state.startSpeed), as started")
  case .slower: state.speed = max(SpeedLimits.minimum, state.speed / 2)
  case .focusNext: state.moveFocus(1)
  case .focusPrevious: state.moveFocus(-1)
  case .cycleTheme: state.setMessage(state.themes.advance())
  case .cycleFilter:
    state.filter = state.filter.next
    state.setMessage("filter: \(state.filter.label)")
  case .cycleSort: state.cycleSort()
  case .reverseSort:
    state.sortDescending.toggle()
    state.setMessage(state.sortMessage)
  case .move(let delta):
    switch focus {
    case .events: state.scrollEvents(by: delta, eventCount: lists.eventCount)
    case .route: state.moveAlongLine(by: delta, line: lists.alongLine, rows: rows)
    case .cargo: state.moveCargoCursor(by: delta, count: lists.categories.count)
    default: state.moveSelection(by: delta, in: rows)
    }
  case .pageUp, .pageDown:
    let plan = state.dashboardPlan
    let sign = action == .pageUp ? -1 : 1
    if eventsFocused {
      state.scrollEvents(by: sign * max(1, plan.eventRows), eventCount: lists.eventCount)
    } else {
      state.moveSelection(by: sign * plan.tableRows, in: rows)
    }
  case .home:
    switch focus {
    case .events: state.scrollEvents(by: -state.eventScroll, eventCount: lists.eventCount)
    case .route: state.moveAlongLine(by: -lists.alongLine.count, line: lists.alongLine, rows: rows)
    case .cargo: state.moveCargoCursor(by: -lists.categories.count, count: lists.categories.count)
    default: state.select(row: 0, in: rows)
    }
  case .end:
    switch focus {
    case .events: state.scrollEvents(by: lists.eventCount, eventCount: lists.eventCount)
    case .route: state.moveAlongLine(by: lists.alongLine.count, line: lists.alongLine, rows: rows)
    case .cargo: state.moveCargoCursor(by: lists.categories.count, count: lists.categories.count)
    default: state.select(row: rows.count - 1, in: rows)
    }
  case .toggleCargoFilter: state.toggleCargoFilter(lists.categories)
  case .mouse(let event): state.handleMouse(event, lists: lists)
  case .openDetail:
    // The detail shows the selected train: pin the selection to the row the user sees.
    state.openDetail(in: rows)
  case .closeOverlay:
    // The innermost thing open goes: the legend, the help, then the detail or the map, then
    // the cargo pick, then the search.
    if state.legendOpen {
      state.legendOpen = false
    } else if state.helpOpen {
      state.helpOpen = false
    } else if state.view == .detail || state.view == .map {
      state.closeDetail()
    } else if state.cargoFilter != nil {
      state.clearCargoFilter()
    } else {
      state.clearSearch()
    }
  case .toggleHelp:
    state.helpOpen.toggle()
    state.legendOpen = false
  case .toggleLegend:
    state.legendOpen.toggle()
    state.helpOpen = false
  case .scrollLegend(let rows): state.scrollLegend(by: rows, limit: lists.legendMaxScroll)
  case .toggleMap: state.view = state.view == .map ? .dashboard : .map
  case .cycleMapRegion: state.showMap(state.mapRegion.next)
  case .showMapRegion(let region): state.showMap(region)
  case .startSearch: state.startSearch()
  case .searchType(let character): state.editSearch(adding: character)
  case .searchBackspace: state.editSearch(adding: nil)
  case .searchCommit: state.commitSearch()
  case .searchCancel: state.clearSearch()
  case .showMessage(let text): state.setMessage(text)
  case .clearMessage: state.setMessage(nil)
  case .setLag(let lag): state.lagSeconds = lag
  case .resize(let size): state.setScreen(size)
  case .clock(let nanos): state.setClock(nanos)
  case .kioskKey: state.updateKiosk { $0.keyPressed(at: now) }
  case .kioskStep(let delta): state.updateKiosk { $0.step(delta, at: now) }
  case .kioskArmUnlock: state.updateKiosk { $0.armUnlock(at: now) }
  case .kioskFollow(let id, let arrived):
    state.updateKiosk { $0.follow(id, arrived: arrived, at: now) }
  }
  switch action {
  case .move, .pageUp, .pageDown, .home, .end:
    if focus != .events && focus != .cargo { state.detailFollowsSelection() }
  default: break
  }
}
