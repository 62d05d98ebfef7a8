import CorridorSim
import Foundation
import TermRender

/// Remembers the last drawing of the trains table and repaints only the cells that changed.
///
/// At ×3600 and ten frames a second each frame moves the sim six minutes: a few ETAs tick
/// and now and then a train's progress or location moves, but most rows show what they showed
/// last frame. The pane key holds every input of the chrome, header, scrollbar and layout; a
/// row key holds every value its cells show (as displayed, e.g. the ETA's shown minutes or
/// hours, not its seconds). A change of the pane key redraws the pane; otherwise only the
/// cells whose shown values changed are repainted, so a frame equals one drawn afresh (tested
/// by `TableMemoTests` and the screen goldens; docs/DECISIONS.md D16).
final class TableMemo: @unchecked Sendable {
  static let shared = TableMemo()

  /// Everything the pane reads apart from the visible rows' trains.
  struct PaneKey: Equatable {
    var width: Int
    var height: Int
    var theme: Theme
    var focused: Bool
    var glyphs: GlyphSet
    var sort: TableSort
    var descending: Bool
    var filter: TableFilter
    /// With `rowCount`, `scroll` and the height, fixes the title's position, the rows shown
    /// and which of them is highlighted.
    var selectedRow: Int?
    var rowCount: Int
    var scroll: Int
    /// Picks the message of an empty table.
    var noTrains: Bool
    /// Fixed for a scenario: `FrameMemo` hands out the same dictionaries, which compare in O(1).
    var stationNames: [String: String]
    var categoryNames: [String: String]

    init(context: FrameContext, area: Rect) {
      let state = context.state
      width = area.width
      height = area.height
      theme = context.theme
      focused = state.focus == .trains
      glyphs = context.ui
      sort = state.sort
      descending = state.sortDescending
      filter = state.filter
      selectedRow = context.selectedRow
      rowCount = context.order.count
      scroll = state.tableScroll
      noTrains = context.snapshot.trains.isEmpty
      stationNames = context.stationNames
      categoryNames = context.categoryNames
    }
  }

  /// What one row shows, whichever columns fit: every cell's value as displayed and its style
  /// (status class, late delay); the row's own style, selected or not, is fixed by the pane
  /// key. Strings are the snapshot's own, compared without building any text.
  struct RowKey: Equatable {
    var id: String
    var direction: Direction
    var status: TrainStatus
    var statusClass: StatusClass
    var late: Bool
    var from: String
    var to: String
    var percent: Int
    var eta: Int64
    var delay: Int64
    var feu: Int
    var mainCategory: String?
    var service: String

    /// The key of `trains[index]` shown at time `now`. Takes the parts of the frame it reads,
    /// not the whole `FrameContext`, which would be copied for each row.
    init(_ trains: [TrainSnapshot], _ index: Int, now: SimTime) {
      id = trains[index].id
      direction = trains[index].direction
      status = trains[index].status
      let delaySeconds = trains[index].delaySeconds
      statusClass = StatusClass(status: status, delaySeconds: delaySeconds)
      late = delaySeconds > StatusClass.delayThresholdSeconds
      from = trains[index].position.fromStation
      to = trains[index].position.toStation
      percent = Formatting.percentKey(trains[index].progress)
      eta =
        trains[index].arrivedAt == nil
        ? Formatting.durationKey(trains[index].predictedArrival - now) : -1
      delay = Formatting.delayKey(delaySeconds)
      feu = trains[index].consist.feu
      mainCategory = trains[index].consist.byCategory.first?.category
      service = trains[index].serviceName
    }

    /// True when `column`'s cell shows the same text in the same style for both keys.
    func sameCell(_ column: TrainsTableView.Column, as other: RowKey) -> Bool {
      switch column {
      case .id: id == other.id
      case .direction: direction == other.direction
      case .status:
        status == other.status && direction == other.direction
          && statusClass == other.statusClass
      case .location: from == other.from && to == other.to
      case .progress: percent == other.percent
      case .eta: eta == other.eta
      case .delay: delay == other.delay && late == other.late && statusClass == other.statusClass
      case .load: feu == other.feu
      case .cargo: mainCategory == other.mainCategory
      case .service: service == other.service
      }
    }
  }

  /// The last drawing: the pane at the origin of a pane-sized buffer, how its rows were laid
  /// out, and the key of each visible row (index 0 is the first visible row).
  private struct Drawing {
    var key: PaneKey
    var pane: Buffer
    var rows: TrainsTableView.DrawnRows?
    var rowKeys: [RowKey]
    /// Where the pane was last passed on to the live screen's buffer (`FrameLedger`).
    var stamp: FrameLedger.Stamp?
  }

  private let lock = NSLock()
  private var last: Drawing?
  private var fullDraws = 0
  private var repaintedCells = 0

  /// How often the pane was drawn whole and how many single cells were repainted, so tests
  /// can tell that a run of frames took the cell path.
  var counts: (fullDraws: Int, repaintedCells: Int) {
    lock.lock()
    defer { lock.unlock() }
    return (fullDraws, repaintedCells)
  }

  /// Blits the trains pane into `area`, repainting in the remembered drawing whatever changed.
  /// Into the live screen's buffer, where last frame's pane still is, only the repainted
  /// cells are passed on (`FrameLedger`).
  func trains(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let key = PaneKey(context: context, area: area)
    lock.lock()
    defer { lock.unlock() }
    if var drawing = last, drawing.key == key {
      last = nil  // `drawing` alone holds the pane: repainting rows copies nothing
      var repainted: [Rect] = []
      if let rows = drawing.rows {
        repaintChangedCells(of: &drawing, rows, context: context, repainted: &repainted)
      }
      drawing.stamp = context.ledger.pass(
        drawing.pane, redrawn: repainted, into: &buffer, area: area, stamp: drawing.stamp)
      last = drawing
      return
    }
    let stamp = last?.stamp
    // The pane paints every cell of its area (its block fills it first), so last drawing's
    // buffer of the same size is drawn over rather than allocated anew.
    var pane = last?.pane ?? Buffer(width: 0, height: 0)
    last = nil  // `pane` alone holds the storage: drawing over it copies nothing
    if pane.width != area.width || pane.height != area.height {
      pane = Buffer(width: area.width, height: area.height)
    }
    let rows = TrainsTableView.drawPane(
      into: &pane, area: Rect(x: 0, y: 0, width: area.width, height: area.height),
      context: context)
    let trains = context.snapshot.trains
    let rowKeys =
      rows.map { drawn in
        drawn.geometry.rows.map { row in
          RowKey(trains, context.order[row], now: context.snapshot.time)
        }
      } ?? []
    fullDraws += 1
    last = Drawing(
      key: key, pane: pane, rows: rows, rowKeys: rowKeys,
      stamp: context.ledger.pass(
        pane, redrawn: [pane.area], into: &buffer, area: area, stamp: stamp))
  }

  /// Forgets the last drawing (the next frame draws the pane afresh).
  func reset() {
    lock.lock()
    defer { lock.unlock() }
    last = nil
  }

  /// Repaints the cells of the visible rows whose shown values changed since they were drawn,
  /// adding each cell's rectangle (widened by the column each side a fill may repair) to
  /// `repainted`.
  private func repaintChangedCells(
    of drawing: inout Drawing, _ rows: TrainsTableView.DrawnRows, context: FrameContext,
    repainted: inout [Rect]
  ) {
    let trains = context.snapshot.trains
    let order = context.order
    let now = context.snapshot.time
    let visible = rows.geometry.rows
    for row in visible {
      let slot = row - visible.lowerBound
      let key = RowKey(trains, order[row], now: now)
      let old = drawing.rowKeys[slot]
      guard key != old else { continue }
      drawing.rowKeys[slot] = key
      for (column, shown) in rows.shown.enumerated() where !key.sameCell(shown, as: old) {
        rows.table.renderCell(
          row, column: column, span: TrainsTableView.cell(shown, trains[order[row]], context),
          into: &drawing.pane, geometry: rows.geometry, glyphs: context.ui,
          rowStyle: rows.rowStyle)
        let cell = rows.geometry.columns[column]
        repainted.append(
          Rect(x: cell.x - 1, y: rows.geometry.y(ofRow: row), width: cell.width + 2, height: 1))
        repaintedCells += 1
      }
    }
  }
}
