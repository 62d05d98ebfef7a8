import CorridorSim
import TermRender

/// Everything the user asked of the dashboard, and nothing the screen derives from it: speed,
/// pause, focus, sort and filter, the selected train, the view and overlays, the theme, the
/// screen size, and transient messages with their expiry in wall time.
///
/// Changed only by `reduce(_:_:lists:)`, so every key press is a testable state transition.
/// What a frame shows (the table's order, the selected row, the scroll position actually
/// used) is computed from it by `FrameInputs`, never stored back.
public struct AppState: Sendable, Hashable {
  /// Sim seconds per wall second.
  public var speed: Int
  /// The speed the dashboard started at (`--speed`), which `0` returns to.
  public let startSpeed: Int
  public var paused: Bool
  /// Sim time `.` asked the paused simulation to step; the live loop runs it and clears it
  /// (`Action.stepTaken`).
  public private(set) var pendingStep: SimDuration
  public var wantsQuit: Bool
  /// The pane that has focus (focused border; arrows scroll the events pane when focused).
  public var focus: Pane
  public var sort: TableSort
  public var sortDescending: Bool
  public var filter: TableFilter
  /// The `/` search's query ("" = no search); the table lists the trains matching it AND
  /// the filter (`TrainSearch`).
  public private(set) var search: String
  /// True while the query is being typed: keys edit it instead of acting (`KeyMap`).
  public private(set) var searchEditing: Bool
  /// The cargo pane's category cursor (a row of its category bars, top first).
  public private(set) var cargoCursor: Int
  /// The category (id) the cargo pane filters the table by: only trains carrying it are listed.
  public private(set) var cargoFilter: String?
  /// The selected train, by id; kept across re-sorts and filter changes.
  public private(set) var selectedTrainID: String?
  /// The row the selection was made at: shown while the selected train is not in the table
  /// (it retired, or the filter hides it), and where the next move starts from then.
  public private(set) var selectedRow: Int
  /// First table row shown when the selection was last moved; the frame scrolls from here
  /// the least that keeps the selected row visible (`Table.scrollOffset`).
  public private(set) var tableScroll: Int
  /// Events scrolled back from the newest (0 = newest at the top).
  public private(set) var eventScroll: Int
  /// Dashboard or a train's detail (shown while its train is listed).
  public var view: View
  /// The train the detail view shows, pinned when it opened: sorting, filtering or the table
  /// moving on never switches it to another train.
  public private(set) var detailTrainID: String?
  public var helpOpen: Bool
  /// The legend overlay (`L`): every mark, colour and id suffix the panes use. Opening or
  /// closing it scrolls it back to the top.
  public var legendOpen: Bool { didSet { legendScroll = 0 } }
  /// The legend's first row shown, where it does not fit (`LegendLayout`).
  public private(set) var legendScroll = 0
  /// The part of Eurasia the map shows.
  public private(set) var mapRegion: MapRegion
  public var themes: ThemeRing
  /// The terminal's size, from the last `.resize` (page sizes and visible panes follow it).
  public private(set) var screen: ScreenSize
  /// Wall time of the last `.clock` action, in nanoseconds of a monotonic clock.
  public private(set) var wallNanos: UInt64
  /// Transient status-line message (theme switched or skipped, filter changed …).
  public private(set) var message: String?
  /// Wall time at which `message` goes (`messageLifetimeNanos` after it was set).
  public private(set) var messageExpiresNanos: UInt64
  /// How long a message stays on the status line.
  public static let messageLifetimeNanos: UInt64 = 4_000_000_000
  /// How far the engine is behind wall time, when it is (sim seconds).
  public var lagSeconds: SimDuration?
  /// The trade-mission screen's loop (`--kiosk`), nil on the normal dashboard.
  public private(set) var kiosk: KioskState?

  public init(
    speed: Int = 3_600, paused: Bool = false, themes: ThemeRing = ThemeRing(.compiledDefault),
    screen: ScreenSize = ScreenSize(width: 120, height: 40), kiosk: KioskSettings? = nil
  ) {
    self.speed = min(SpeedLimits.maximum, max(SpeedLimits.minimum, speed))
    self.startSpeed = self.speed
    self.paused = paused
    self.pendingStep = 0
    self.wantsQuit = false
    self.focus = .trains
    self.sort = .id
    self.sortDescending = false
    self.filter = .all
    self.search = ""
    self.searchEditing = false
    self.cargoCursor = 0
    self.cargoFilter = nil
    self.selectedTrainID = nil
    self.selectedRow = 0
    self.tableScroll = 0
    self.eventScroll = 0
    self.view = .dashboard
    self.detailTrainID = nil
    self.helpOpen = false
    self.legendOpen = false
    self.mapRegion = .corridor
    self.themes = themes
    self.screen = screen
    self.wallNanos = 0
    self.message = nil
    self.messageExpiresNanos = 0
    self.lagSeconds = nil
    self.kiosk = kiosk.map(KioskState.init(settings:))
    if let first = self.kiosk?.view { self.view = first }
  }

  /// The theme to draw with.
  public var theme: Theme { themes.current }

  /// The dashboard's layout at the current size: which panes can take focus, how many rows
  /// a page of the table or the events list holds.
  public var dashboardPlan: LayoutPlan {
    DashboardLayout.plan(width: screen.width, height: screen.height)
  }

  /// The sort keys of the columns the trains table shows at this size, in display order
  /// (none when the screen is too small for the dashboard).
  public var visibleSorts: [TableSort] {
    dashboardPlan[.trains].map { TrainsTablePane.sortKeys(paneWidth: $0.width) } ?? []
  }

  /// `sort: ETA (descending)`.
  var sortMessage: String {
    "sort: \(sort.label)\(sortDescending ? " (descending)" : "")"
  }
}

/// Sim speed bounds in sim seconds per wall second.
public enum SpeedLimits {
  public static let minimum = 1
  public static let maximum = 7 * 86_400
}

extension AppState {
  /// Opens the detail view on the selected train (pinned by id).
  mutating func openDetail(in rows: [String]) {
    guard !rows.isEmpty else { return }
    moveSelection(by: 0, in: rows)
    detailTrainID = selectedTrainID
    view = .detail
  }

  /// The arrow keys inside the detail browse the trains: it moves to the newly selected one.
  mutating func detailFollowsSelection() {
    guard view == .detail, let id = selectedTrainID else { return }
    detailTrainID = id
  }

  /// Back to the dashboard.
  mutating func closeDetail() {
    view = .dashboard
    detailTrainID = nil
  }

  /// The map of `region`, opening the map view when the screen shows no map.
  mutating func showMap(_ region: MapRegion) {
    mapRegion = region
    if view != .map { view = .map }
    setMessage("map: \(region.label)")
  }

  /// The route pane's arrows: the train `delta` places along the line from the selected one
  /// (`line` is the table's rows by corridor km); a selection not on the line starts from the
  /// end it moves away from.
  mutating func moveAlongLine(by delta: Int, line: [String], rows: [String]) {
    guard !line.isEmpty else { return }
    let current =
      selectedTrainID.flatMap { line.firstIndex(of: $0) } ?? (delta > 0 ? -1 : line.count)
    let target = line[min(max(0, current + delta), line.count - 1)]
    select(row: rows.firstIndex(of: target) ?? selectedRow, in: rows)
  }

  /// The cargo pane's arrows: the cursor moves within its `count` category rows.
  mutating func moveCargoCursor(by delta: Int, count: Int) {
    cargoCursor = count == 0 ? 0 : min(max(0, min(cargoCursor, count - 1) + delta), count - 1)
  }

  /// A click on the cargo pane's `row`-th category bar puts the cursor there.
  mutating func pointCargoCursor(at row: Int) {
    cargoCursor = max(0, row)
  }

  /// Enter or Space on the cargo pane: filters the table by the category under the cursor,
  /// or, on the category already filtered by, lists every train again.
  mutating func toggleCargoFilter(_ categories: [CategoryTEU]) {
    guard !categories.isEmpty else { return }
    let picked = categories[min(cargoCursor, categories.count - 1)]
    if cargoFilter == picked.category {
      clearCargoFilter()
    } else {
      cargoFilter = picked.category
      setMessage("trains carrying \(picked.name)")
    }
  }

  /// Every train again, whatever it carries.
  mutating func clearCargoFilter() {
    cargoFilter = nil
    setMessage("cargo filter cleared")
  }

  /// How far `.` steps a paused simulation.
  public static let stepSeconds: SimDuration = 3_600

  /// `.`: one sim hour more for the paused simulation to run; running, it only says so.
  mutating func stepWhilePaused() {
    guard paused else {
      setMessage(". steps one sim hour while paused (space pauses)")
      return
    }
    pendingStep += Self.stepSeconds
    setMessage("stepped \(Formatting.duration(pendingStep))")
  }

  /// The live loop ran the pending step.
  mutating func takeStep() {
    pendingStep = 0
  }

  /// `/`: starts typing a query (the one in use stays, to be refined or replaced).
  mutating func startSearch() {
    searchEditing = true
  }

  /// Edits the query as it is typed: a character is added, nil deletes the last one.
  mutating func editSearch(adding character: Character?) {
    if let character { search.append(character) } else if !search.isEmpty { search.removeLast() }
  }

  /// Enter: stops typing and keeps the query (an empty one is no search).
  mutating func commitSearch() {
    searchEditing = false
    setMessage(search.isEmpty ? "search off" : "search: \(search)")
  }

  /// Esc while typing, or Esc with nothing else to close: the search goes.
  mutating func clearSearch() {
    let had = !search.isEmpty
    search = ""
    searchEditing = false
    if had { setMessage("search cleared") }
  }

  /// Shows `text` in the status line from now on, for `messageLifetimeNanos` (nil clears it).
  mutating func setMessage(_ text: String?) {
    message = text
    messageExpiresNanos = wallNanos &+ Self.messageLifetimeNanos
  }

  /// Moves the wall clock on; a message whose time is up goes; the kiosk's loop moves on.
  mutating func setClock(_ nanos: UInt64) {
    wallNanos = nanos
    if message != nil, nanos >= messageExpiresNanos { message = nil }
    updateKiosk { $0.tick(nanos) }
  }

  /// Changes the kiosk state (when in kiosk mode) and shows the view it now asks for.
  mutating func updateKiosk(_ change: (inout KioskState) -> Void) {
    guard var kiosk else { return }
    change(&kiosk)
    self.kiosk = kiosk
    view = kiosk.view
  }

  /// The unlock chord: the normal dashboard, every key working again.
  mutating func endKiosk() {
    kiosk = nil
    view = .dashboard
    setMessage("kiosk mode ended")
  }

  /// `s`: the next sort key the table shows, in the order that key starts in.
  mutating func cycleSort() {
    guard let key = sort.next(among: visibleSorts) else { return }
    sort = key
    sortDescending = key.startsDescending
    setMessage(sortMessage)
  }

  /// Takes the new screen size; focus leaves a pane the layout no longer shows, and a sort
  /// by a column the table no longer shows falls back to ID, saying so (the table would
  /// otherwise be ordered by something the user cannot see).
  mutating func setScreen(_ size: ScreenSize) {
    screen = size
    let sorts = visibleSorts
    if !sorts.isEmpty, !sorts.contains(sort) {
      let hidden = sort.label
      sort = .id
      sortDescending = false
      setMessage("sort: ID (the \(hidden) column does not fit)")
    }
    let visible = dashboardPlan.visiblePanes
    if !visible.contains(focus) {
      focus = Pane.focusable.first { visible.contains($0) } ?? focus
    }
  }

  /// The row the selection is on in `rows`: its train's row, else the row it was made at,
  /// clamped; nil for an empty table.
  static func row(selecting id: String?, fallback: Int, in rows: [String]) -> Int? {
    guard !rows.isEmpty else { return nil }
    if let id, let row = rows.firstIndex(of: id) { return row }
    return min(max(0, fallback), rows.count - 1)
  }

  /// Moves the selection by `delta` rows of `rows` (the table as last drawn).
  mutating func moveSelection(by delta: Int, in rows: [String]) {
    let current = Self.row(selecting: selectedTrainID, fallback: selectedRow, in: rows) ?? 0
    select(row: current + delta, in: rows)
  }

  /// Selects `row` of `rows`, clamped, and scrolls the least needed to keep it on screen.
  mutating func select(row: Int, in rows: [String]) {
    guard !rows.isEmpty else {
      selectedRow = 0
      selectedTrainID = nil
      tableScroll = 0
      return
    }
    selectedRow = min(max(0, row), rows.count - 1)
    selectedTrainID = rows[selectedRow]
    tableScroll = Table.scrollOffset(
      selected: selectedRow, previous: tableScroll, visibleRows: dashboardPlan.tableRows,
      rowCount: rows.count)
  }

  /// Scrolls the events list by `delta` (positive = older), between newest and oldest.
  mutating func scrollEvents(by delta: Int, eventCount: Int) {
    let furthest = max(0, eventCount - dashboardPlan.eventRows)
    eventScroll = max(0, min(furthest, min(eventScroll, furthest) + delta))
  }

  /// Scrolls the legend by `delta` rows, between its top and `limit` (`LegendLayout.maxScroll`
  /// as last drawn); from past the limit (the screen grew) it moves from the limit.
  mutating func scrollLegend(by delta: Int, limit: Int) {
    let furthest = max(0, limit)
    legendScroll = max(0, min(furthest, min(legendScroll, furthest) + delta))
  }

  /// Moves focus `step` places along the visible focusable panes.
  mutating func moveFocus(_ step: Int) {
    let visible = dashboardPlan.visiblePanes
    let order = Pane.focusable.filter { visible.contains($0) }
    guard !order.isEmpty else { return }
    let current = order.firstIndex(of: focus) ?? 0
    focus = order[((current + step) % order.count + order.count) % order.count]
  }
}
