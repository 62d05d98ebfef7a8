import CorridorSim
import TermRender

/// The trains-in-transit table: sortable, filterable, scrolled to keep the selection visible.
///
/// Columns give way by priority when the pane is narrow; only visible rows are built, so 500
/// trains cost what 20 do.
enum TrainsTableView {
  /// A table column and what it shows (raw values index per-column arrays).
  enum Column: Int, CaseIterable {
    case id, direction, status, location, progress, eta, delay, load, cargo, service

    var title: String {
      switch self {
      case .id: "ID"
      case .direction: "Dir"
      case .status: "Status"
      case .location: "Location"
      case .progress: "Prog"
      case .eta: "ETA"
      case .delay: "Delay"
      case .load: "FEU/TEU"
      case .cargo: "Main cargo"
      case .service: "Service"
      }
    }

    /// Columns needed, room for the title's sort mark included (location stretches beyond).
    var width: Int { max(contentWidth, title.count + 1) }

    /// Columns the cells need.
    private var contentWidth: Int {
      switch self {
      case .id: 12
      case .direction: 3
      case .status: 13
      case .location: 12
      case .progress: 4
      case .eta: 7
      case .delay: 8
      case .load: 7
      case .cargo: 12
      case .service: 24
      }
    }

    /// Lower is kept longer when the pane narrows.
    var priority: Int {
      switch self {
      case .id: 0
      case .status: 1
      case .direction: 2
      case .progress: 3
      case .delay: 4
      case .eta: 5
      case .location: 6
      case .load: 7
      case .cargo: 8
      case .service: 9
      }
    }

    var alignment: TextAlignment {
      switch self {
      case .progress, .eta, .delay, .load: .right
      default: .left
      }
    }

    /// The sort key this column shows, for the ▲/▼ mark.
    var sortKey: TableSort? {
      switch self {
      case .id: .id
      case .progress: .progress
      case .eta: .eta
      case .delay: .delay
      case .load: .teu
      case .status: .status
      default: nil
      }
    }
  }

  /// Columns from the one kept longest to the first to go, for `columns(fitting:)`.
  private static let byPriority = Column.allCases.sorted { $0.priority < $1.priority }

  /// The columns that fit in `width` (one column kept for the scrollbar), in display order.
  static func columns(fitting width: Int) -> [Column] {
    var kept = [Bool](repeating: false, count: Column.allCases.count)
    var used = 0
    var any = false
    for column in byPriority {
      let extra = column.width + (any ? 1 : 0)
      if used + extra <= width - 1 {
        kept[column.rawValue] = true
        any = true
        used += extra
      }
    }
    return Column.allCases.filter { kept[$0.rawValue] }
  }

  /// Draws the pane, repainting only what changed since the last frame (`TableMemo`).
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    TableMemo.shared.trains(into: &buffer, area: area, context: context)
  }

  /// Draws the whole pane from its inputs, without the memo.
  static func drawAfresh(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    _ = drawPane(into: &buffer, area: area, context: context)
  }

  /// What repainting cells of an already drawn table needs.
  struct DrawnRows {
    var table: Table
    var geometry: TableGeometry
    var shown: [Column]
    var rowStyle: Style
  }

  /// Draws the whole pane; returns how its rows were laid out, or nil when it shows no rows.
  static func drawPane(into buffer: inout Buffer, area: Rect, context: FrameContext) -> DrawnRows? {
    let theme = context.theme
    let state = context.state
    let rowCount = context.order.count
    let selectedIndex = context.selectedRow
    let arrow = state.sortDescending ? context.ui.arrowDown : context.ui.arrowUp
    let title = [
      PaneChrome.separator(context),
      Span(
        Table.positionText(selected: selectedIndex, rowCount: rowCount),
        style: theme[.text]),
      PaneChrome.separator(context),
      Span("sort \(state.sort.label) \(arrow)", style: theme[.text]),
      PaneChrome.separator(context),
      Span("filter \(state.filter.label)", style: theme[.text]),
    ]
    let inner = PaneChrome.draw(
      .trains, title: title, into: &buffer, area: area,
      context: context)
    guard !inner.isEmpty else { return nil }
    if rowCount == 0 {
      let text =
        context.snapshot.trains.isEmpty
        ? "no trains in transit yet" : "no train matches the filter (f changes it)"
      Label(text, alignment: .center, style: theme[.dimText])
        .render(into: &buffer, area: inner.row(inner.height / 2), glyphs: context.ui)
      return nil
    }
    let shown = columns(fitting: inner.width)
    let tableColumns = shown.map { column in
      let title = column.sortKey == state.sort ? column.title + arrow : column.title
      let width: Constraint = column == .location ? .min(column.width) : .length(column.width)
      return TableColumn(title, width: width, alignment: column.alignment)
    }
    let table = Table(
      columns: tableColumns, columnSpacing: 1, headerStyle: theme[.tableHeader],
      selectedStyle: theme[.selection], selected: selectedIndex, offset: state.tableScroll)
    let geometry = table.render(
      into: &buffer, area: inner, glyphs: context.ui, rowCount: rowCount, rowStyle: theme[.text]
    ) { i, spans in
      let train = context.row(i)
      for column in shown { spans.append(cell(column, train, context)) }
    }
    return DrawnRows(table: table, geometry: geometry, shown: shown, rowStyle: theme[.text])
  }

  /// One cell of a train's row: its text and style (`TableMemo.RowKey` names what it reads).
  static func cell(_ column: Column, _ train: TrainSnapshot, _ context: FrameContext) -> Span {
    let theme = context.theme
    switch column {
    case .id: return Span(train.id)
    case .direction: return Span(TrainText.direction(train.direction, context.glyphs))
    case .status:
      return Span(
        context.glyphs.marker(for: train) + " " + TrainText.status(train.status),
        style: context.statusStyle(train))
    case .location:
      return Span(
        TrainText.location(train.position, names: context.stationNames, glyphs: context.glyphs))
    case .progress: return Span(Formatting.percent(ratio: train.progress))
    case .eta: return Span(TrainText.eta(train, now: context.snapshot.time))
    case .delay:
      let late = train.delaySeconds > StatusClass.delayThresholdSeconds
      return Span(
        Formatting.delay(train.delaySeconds),
        style: late ? context.statusStyle(train) : theme[.text])
    case .load: return Span(TrainText.load(train.consist))
    case .cargo:
      return Span(
        TrainText.mainCargo(
          train.consist, names: context.categoryNames,
          glyphs: context.glyphs))
    case .service: return Span(train.serviceName, style: theme[.dimText])
    }
  }
}
