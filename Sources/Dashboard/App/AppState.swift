import CorridorSim

/// Everything about the dashboard that is not the simulation: speed, focus, table selection,
/// overlays, theme and transient messages.
///
/// Changed only by `reduce(_:_:)`, so every key press is a testable state transition.
/// The trains table's row ids arrive each frame through `Action.syncTable` (see
/// `AppState.sync(with:width:height:)`): selection follows a train by id while rows re-sort.
public struct AppState: Sendable, Hashable {
  /// Sim seconds per wall second.
  public var speed: Int
  public var paused: Bool
  public var wantsQuit: Bool
  /// The pane that has focus (focused border; arrows scroll the events pane when focused).
  public var focus: Pane
  /// Panes the current layout shows; focus skips the others.
  public var visiblePanes: Set<Pane>
  public var sort: TableSort
  public var sortDescending: Bool
  public var filter: TableFilter
  /// Row ids of the trains table as last synced, in display order.
  public private(set) var rowIDs: [String]
  /// The synced snapshot's train indices in table order (a frame reuses them instead of
  /// sorting again when they still name `rowIDs`).
  public private(set) var rowOrder: [Int]
  /// Rows the table shows at once (PgUp / PgDn step).
  public private(set) var pageSize: Int
  /// Index into `rowIDs` of the selected row (0 when the table is empty).
  public private(set) var selectedRow: Int
  /// The selected train; kept across re-sorts and filter changes when still present.
  public private(set) var selectedTrainID: String?
  /// First table row drawn.
  public private(set) var tableScroll: Int
  /// Events scrolled back from the newest (0 = newest at the top).
  public private(set) var eventScroll: Int
  /// The furthest the events list can scroll back (from the last sync).
  public private(set) var maxEventScroll: Int
  /// The train detail view is open (it shows the selected train).
  public var detailOpen: Bool
  public var helpOpen: Bool
  public var themes: ThemeRing
  /// Transient status-line message (theme switched or skipped, filter changed …); set through
  /// `Action.showMessage` and gone after `messageLifetimeFrames` frames.
  public private(set) var message: String?
  /// Frames (table syncs) the current message has been shown for.
  public private(set) var messageFrames: Int
  /// How many frames a message stays: 4 s at the default 10 fps. The live loop may set it
  /// from its own frame rate; a paused, idle screen draws no frames, so the message waits for
  /// the next key rather than vanishing unseen.
  public var messageLifetimeFrames: Int
  /// How far the engine is behind wall time, when it is (sim seconds).
  public var lagSeconds: SimDuration?

  public init(
    speed: Int = 3_600, paused: Bool = false, themes: ThemeRing = ThemeRing(.compiledDefault)
  ) {
    self.speed = min(SpeedLimits.maximum, max(SpeedLimits.minimum, speed))
    self.paused = paused
    self.wantsQuit = false
    self.focus = .trains
    self.visiblePanes = Set(Pane.allCases)
    self.sort = .id
    self.sortDescending = false
    self.filter = .all
    self.rowIDs = []
    self.rowOrder = []
    self.pageSize = 10
    self.selectedRow = 0
    self.selectedTrainID = nil
    self.tableScroll = 0
    self.eventScroll = 0
    self.maxEventScroll = 0
    self.detailOpen = false
    self.helpOpen = false
    self.themes = themes
    self.message = nil
    self.messageFrames = 0
    self.messageLifetimeFrames = 40
    self.lagSeconds = nil
  }

  /// The theme to draw with.
  public var theme: Theme { themes.current }

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

/// What the reducer needs to know about the table each frame.
public struct TableSync: Sendable, Hashable {
  public var rowIDs: [String]
  /// Indices into the synced snapshot's trains, row by row (the same order as `rowIDs`).
  public var rowOrder: [Int]
  public var pageSize: Int
  public var visiblePanes: Set<Pane>
  /// Events in the snapshot's log and event lines on screen (bounds the events scroll).
  public var eventCount: Int
  public var eventRows: Int
  public init(
    rowIDs: [String], rowOrder: [Int] = [], pageSize: Int, visiblePanes: Set<Pane>,
    eventCount: Int = 0, eventRows: Int = 0
  ) {
    self.rowIDs = rowIDs
    self.rowOrder = rowOrder
    self.pageSize = pageSize
    self.visiblePanes = visiblePanes
    self.eventCount = eventCount
    self.eventRows = eventRows
  }
}

extension AppState {
  /// Re-reads the table rows from `snapshot` under the current sort and filter, and the visible
  /// panes and page size from the layout at this size. Call once per frame before rendering.
  public mutating func sync(with snapshot: SimSnapshot, width: Int, height: Int) {
    let trains = snapshot.trains
    // Last frame's order is kept when it still is the sorted order (the usual case).
    let order = TrainOrdering.order(
      trains, sort: sort, descending: sortDescending, filter: filter, reusing: rowOrder)
    let layout = LayoutMemo.shared.layout(width: width, height: height)
    reduce(
      &self,
      .syncTable(
        TableSync(
          rowIDs: Self.ids(of: order, in: trains, reusing: rowIDs), rowOrder: order,
          pageSize: layout.plan.tableRows,
          visiblePanes: layout.visiblePanes,
          eventCount: snapshot.recentEvents.count, eventRows: layout.plan.eventRows)))
  }

  /// The ids of `order`'s trains; `previous` itself when it already lists them (no new array
  /// of strings every frame while the rows stay put).
  static func ids(of order: [Int], in trains: [TrainSnapshot], reusing previous: [String])
    -> [String]
  {
    if previous.count == order.count,
      order.indices.allSatisfy({ trains[order[$0]].id == previous[$0] })
    {
      return previous
    }
    return order.map { trains[$0].id }
  }

  /// Shows `text` in the status line from now on (nil clears it).
  mutating func setMessage(_ text: String?) {
    message = text
    messageFrames = 0
  }

  /// Applies a table sync (once per frame): selection follows its train id, else stays at its
  /// row clamped; an old message ages out.
  mutating func applySync(_ sync: TableSync) {
    if message != nil {
      messageFrames += 1
      if messageFrames > messageLifetimeFrames { setMessage(nil) }
    }
    rowIDs = sync.rowIDs
    rowOrder = sync.rowOrder
    pageSize = max(1, sync.pageSize)
    visiblePanes = sync.visiblePanes
    maxEventScroll = max(0, sync.eventCount - sync.eventRows)
    eventScroll = min(eventScroll, maxEventScroll)
    if !visiblePanes.contains(focus) {
      focus = Pane.focusable.first { visiblePanes.contains($0) } ?? focus
    }
    if let id = selectedTrainID, let row = rowIDs.firstIndex(of: id) {
      selectedRow = row
    } else {
      select(row: selectedRow)
    }
    keepSelectionVisible()
  }

  /// Selects `row` clamped to the rows present.
  mutating func select(row: Int) {
    guard !rowIDs.isEmpty else {
      selectedRow = 0
      selectedTrainID = nil
      tableScroll = 0
      return
    }
    selectedRow = min(max(0, row), rowIDs.count - 1)
    selectedTrainID = rowIDs[selectedRow]
    keepSelectionVisible()
  }

  /// Scrolls the least needed to keep the selected row on screen.
  mutating func keepSelectionVisible() {
    if selectedRow < tableScroll { tableScroll = selectedRow }
    if selectedRow >= tableScroll + pageSize { tableScroll = selectedRow - pageSize + 1 }
    tableScroll = max(0, min(tableScroll, max(0, rowIDs.count - pageSize)))
  }

  /// Scrolls the events list by `delta` (positive = older), between newest and oldest.
  mutating func scrollEvents(by delta: Int) {
    eventScroll = max(0, min(maxEventScroll, eventScroll + delta))
  }

  /// Moves focus `step` places along the visible focusable panes.
  mutating func moveFocus(_ step: Int) {
    let order = Pane.focusable.filter { visiblePanes.contains($0) }
    guard !order.isEmpty else { return }
    let current = order.firstIndex(of: focus) ?? 0
    focus = order[((current + step) % order.count + order.count) % order.count]
  }
}
