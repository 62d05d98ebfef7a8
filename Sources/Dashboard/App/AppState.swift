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
  public var wantsQuit: Bool
  /// The pane that has focus (focused border; arrows scroll the events pane when focused).
  public var focus: Pane
  public var sort: TableSort
  public var sortDescending: Bool
  public var filter: TableFilter
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
  /// The legend overlay (`L`): every mark, colour and id suffix the panes use.
  public var legendOpen: Bool
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
    self.wantsQuit = false
    self.focus = .trains
    self.sort = .id
    self.sortDescending = false
    self.filter = .all
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

  /// Takes the new screen size; focus leaves a pane the layout no longer shows.
  mutating func setScreen(_ size: ScreenSize) {
    screen = size
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

  /// Moves focus `step` places along the visible focusable panes.
  mutating func moveFocus(_ step: Int) {
    let visible = dashboardPlan.visiblePanes
    let order = Pane.focusable.filter { visible.contains($0) }
    guard !order.isEmpty else { return }
    let current = order.firstIndex(of: focus) ?? 0
    focus = order[((current + step) % order.count + order.count) % order.count]
  }
}
