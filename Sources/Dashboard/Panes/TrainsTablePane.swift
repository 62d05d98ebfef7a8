import CorridorSim
import TermRender

/// The trains-in-transit table: sortable, filterable, scrolled to keep the selection visible.
///
/// Columns give way by priority when the pane is narrow; only visible rows are built, so 500
/// trains cost what 20 do.
enum TrainsTablePane: RowsPaneRenderer {
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

    /// Columns beyond `width` worth giving this column when the pane has room to spare: the
    /// longest usual cell (a segment of two long station names, a cargo category, a service
    /// name); what is left after every column has this goes to the last column, as trailing space.
    var comfortableWidth: Int {
      switch self {
      case .location: 30
      case .cargo: 22
      case .service: 28
      default: width
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

    /// The sort key of this column (every column has one), for `s` and the ▲/▼ mark.
    var sortKey: TableSort {
      switch self {
      case .id: .id
      case .direction: .direction
      case .status: .status
      case .location: .location
      case .progress: .progress
      case .eta: .eta
      case .delay: .delay
      case .load: .teu
      case .cargo: .cargo
      case .service: .service
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

  /// Each shown column's width in a table `width` columns wide (one kept for the scrollbar):
  /// spare columns go first to Location, then Main cargo, then Service, up to what their cells
  /// usually need; anything left is trailing space in the last column, so a wide screen
  /// spreads its room where names are cut instead of widening one column of blanks.
  static func widths(of columns: [Column], fitting width: Int) -> [Int] {
    var widths = columns.map(\.width)
    var spare = width - 1 - widths.reduce(0, +) - max(0, columns.count - 1)
    for grown in [Column.location, .cargo, .service] {
      guard spare > 0, let i = columns.firstIndex(of: grown) else { continue }
      let extra = min(spare, grown.comfortableWidth - widths[i])
      widths[i] += max(0, extra)
      spare -= max(0, extra)
    }
    if spare > 0, !widths.isEmpty { widths[widths.count - 1] += spare }
    return widths
  }

  /// The sort keys of the columns a trains pane `paneWidth` wide shows, in display order.
  static func sortKeys(paneWidth: Int) -> [TableSort] {
    columns(fitting: max(0, paneWidth - 2)).map(\.sortKey)
  }

  /// Everything but the rows: box, title, column layout, selection and scroll.
  struct Frame: Equatable {
    var chrome: PaneChrome
    var sort: TableSort
    var descending: Bool
    var filter: TableFilter
    /// The `/` query in use ("" for none), and whether it is being typed.
    var search: String
    var searchEditing: Bool
    /// The cargo pane's pick, by name: only trains carrying it are listed.
    var carrying: String?
    var selectedRow: Int?
    var rowCount: Int
    /// First table row shown.
    var scroll: Int
    /// Picks the message of an empty table.
    var noTrains: Bool
    /// What the listed rows are: the title says it, so it adds up to the rows and, with no
    /// filter, its "in transit" is the KPI's.
    var listed: Listed
    /// Whether the title shows the sort and filter: not on a kiosk, whose keys cannot change them.
    var showsControls: Bool
    /// The columns that fit the pane's width, in display order.
    var columns: [Column]
    /// Their widths (`widths(of:fitting:)`).
    var widths: [Int]
  }

  /// The listed trains by what they are doing: the snapshot lists trains loading at their
  /// origin, in transit (departed, boxes not yet handed off — the KPI's count) and arrived
  /// (handed off, kept for a day after arrival).
  struct Listed: Equatable {
    var loading = 0
    var inTransit = 0
    var arrived = 0

    init(loading: Int, inTransit: Int, arrived: Int) {
      self.loading = loading
      self.inTransit = inTransit
      self.arrived = arrived
    }

    /// The table's rows, counted.
    init(_ frame: FrameInputs) {
      let trains = frame.snapshot.trains
      for index in frame.order {
        switch trains[index].status {
        case .loading: loading += 1
        case .arrived: arrived += 1
        default: inTransit += 1
        }
      }
    }

    /// `99 in transit, 6 loading, 6 arrived` in `texts`' language; the parts that are zero are
    /// left out.
    func text(_ texts: Translations) -> String {
      func part(_ caption: Caption, _ count: Int) -> String {
        texts.text(caption, filling: ["{count}": String(count)])
      }
      var parts = [part(.trainsInTransit, inTransit)]
      if loading > 0 { parts.append(part(.trainsLoading, loading)) }
      if arrived > 0 { parts.append(part(.trainsArrived, arrived)) }
      return parts.joined(separator: texts[.trainsSeparator])
    }
  }

  /// One train's row, every value as shown (an ETA or delay to the minute or hour its text
  /// shows), so a row that reads the same compares equal.
  struct Row: Equatable {
    var id: String
    var direction: Direction
    var status: TrainStatus
    var statusClass: StatusClass
    var from: String
    /// Nil when the train stands at `from`.
    var to: String?
    var percent: Int
    /// Nil once arrived.
    var eta: ShownDuration?
    var delay: ShownDelay
    var late: Bool
    var feu: Int
    var teu: Int
    var mainCargo: String?
    var service: String
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let state = frame.state
    let rowCount = frame.order.count
    let inner = area.inset(by: 1)
    let visible = Table.visibleRowCount(height: inner.height)
    let shownRows = rowCount == 0 || inner.isEmpty
      ? 0..<0 : frame.tableScroll..<min(rowCount, frame.tableScroll + visible)
    let names = frame.names
    let now = frame.snapshot.time
    let shown = columns(fitting: inner.width)
    let rows = shownRows.map { index -> Row in
      let train = frame.row(index)
      let position = train.position
      return Row(
        id: train.id, direction: train.direction, status: train.status,
        statusClass: StatusClass(train),
        from: names.stationNames[position.fromStation] ?? position.fromStation,
        to: position.fromStation == position.toStation
          ? nil : names.stationNames[position.toStation] ?? position.toStation,
        percent: Formatting.percentKey(train.progress),
        eta: train.arrivedAt == nil ? ShownDuration(train.predictedArrival - now) : nil,
        delay: ShownDelay(train.delaySeconds),
        late: train.isLate,
        feu: train.consist.feu, teu: train.consist.teu,
        mainCargo: train.consist.byCategory.first.map {
          names.categoryNames[$0.category] ?? $0.category
        },
        service: train.serviceName)
    }
    return Model(
      frame: Frame(
        chrome: PaneChrome(.trains, frame), sort: state.sort, descending: state.sortDescending,
        filter: state.filter, search: state.search, searchEditing: state.searchEditing,
        carrying: state.cargoFilter.map { names.categoryNames[$0] ?? $0 },
        selectedRow: frame.selectedRow, rowCount: rowCount,
        scroll: frame.tableScroll, noTrains: frame.snapshot.trains.isEmpty,
        listed: Listed(frame), showsControls: state.kiosk == nil,
        columns: shown, widths: widths(of: shown, fitting: inner.width)),
      rows: rows)
  }

  static func drawFrame(_ frame: Frame, rowCount: Int, into buffer: inout Buffer, area: Rect) {
    let chrome = frame.chrome
    let theme = chrome.theme
    let title = titleParts(frame, room: area.width - 4 - DisplayWidth.of(chrome.pane.title))
    let inner = chrome.draw(title: title, into: &buffer, area: area)
    guard !inner.isEmpty else { return }
    guard frame.rowCount > 0 else {
      let text =
        frame.noTrains
        ? "no trains in transit yet"
        : frame.search.isEmpty && frame.carrying == nil
          ? "no train matches the filter (f changes it)"
          : "no train matches the search, cargo and filter (Esc clears, f changes the filter)"
      Label(text, alignment: .center, style: theme[.dimText])
        .render(into: &buffer, area: inner.row(inner.height / 2), glyphs: chrome.ui)
      return
    }
    // Header and scrollbar; the rows are drawn by `drawRow`.
    table(frame).render(
      into: &buffer, area: inner, glyphs: chrome.ui, rowCount: frame.rowCount,
      rowStyle: theme[.text]
    ) { _, _ in }
  }

  static func drawRow(
    _ row: Row, at index: Int, frame: Frame, into buffer: inout Buffer, area: Rect
  ) -> Rect {
    let inner = area.inset(by: 1)
    let table = table(frame)
    let geometry = table.geometry(area: inner, rowCount: frame.rowCount)
    let glyphs = frame.chrome.glyphs
    let spans = frame.columns.map { cell($0, row, frame.chrome, glyphs) }
    return table.renderRow(
      frame.scroll + index, spans: spans, into: &buffer, geometry: geometry,
      glyphs: frame.chrome.ui, rowStyle: frame.chrome.theme[.text])
      ?? Rect(x: 0, y: 0, width: 0, height: 0)
  }

  /// The title after the pane's name: position, what is listed, sort, filter, and the search or
  /// cargo pick narrowing the rows. When that is wider than `room`, the sort goes first (the
  /// column header marks it too), then what is listed, so what narrows the rows stays readable.
  static func titleParts(_ frame: Frame, room: Int) -> [Span] {
    let chrome = frame.chrome
    let theme = chrome.theme
    func part(_ text: String) -> [Span] { [chrome.separator, Span(text, style: theme[.text])] }
    let position = part(Table.positionText(selected: frame.selectedRow, rowCount: frame.rowCount))
    let listed = part(frame.listed.text(chrome.texts))
    let sort = part("sort \(frame.sort.label) \(arrow(frame))")
    let filter = part("filter \(frame.filter.label)")
    // What narrows the rows now (a search, a cargo pick) always shows.
    let narrowing =
      searchTitle(frame) + (frame.carrying.map { part("carrying \($0)") } ?? [])
    func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.width } }
    let forms =
      frame.showsControls
      ? [
        position + listed + sort + filter + narrowing, position + listed + filter + narrowing,
        position + filter + narrowing,
      ] : [position + listed + narrowing, position + narrowing]
    return forms.first { width($0) <= room } ?? forms[forms.count - 1]
  }

  /// `· search "query"` in the title while there is a query (with a cursor while typed).
  static func searchTitle(_ frame: Frame) -> [Span] {
    guard !frame.search.isEmpty || frame.searchEditing else { return [] }
    let theme = frame.chrome.theme
    let cursor = frame.searchEditing ? "_" : ""
    return [
      frame.chrome.separator,
      Span("search \"\(frame.search)\(cursor)\"", style: theme[.text].adding(.bold)),
    ]
  }

  /// `▲` or `▼`, for the sort column.
  static func arrow(_ frame: Frame) -> String {
    frame.descending ? frame.chrome.ui.arrowDown : frame.chrome.ui.arrowUp
  }

  /// The table widget for the shown columns, selection and scroll.
  static func table(_ frame: Frame) -> Table {
    let theme = frame.chrome.theme
    let arrow = arrow(frame)
    let tableColumns = zip(frame.columns, frame.widths).map { column, width in
      let heading = frame.chrome.texts[Caption.heading(of: column)]
      let title = column.sortKey == frame.sort && frame.showsControls ? heading + arrow : heading
      return TableColumn(title, width: .length(width), alignment: column.alignment)
    }
    return Table(
      columns: tableColumns, columnSpacing: 1, headerStyle: theme[.tableHeader],
      selectedStyle: theme[.selection], selected: frame.selectedRow, offset: frame.scroll,
      scrollTrackStyle: theme[.progressTrack], scrollThumbStyle: theme[.progressFill])
  }

  /// One cell of a train's row: its text and style.
  static func cell(
    _ column: Column, _ row: Row, _ chrome: PaneChrome, _ glyphs: DashboardGlyphs
  ) -> Span {
    let theme = chrome.theme
    let statusStyle = theme[row.statusClass.role]
    switch column {
    case .id: return Span(row.id)
    case .direction: return Span(TrainText.direction(row.direction, glyphs, texts: chrome.texts))
    case .status:
      return Span(
        glyphs.marker(status: row.status, direction: row.direction) + " "
          + chrome.texts[Caption.status(row.status)], style: statusStyle)
    case .location:
      return Span(row.to.map { "\(row.from)\(glyphs.between)\($0)" } ?? row.from)
    case .progress: return Span("\(row.percent)%")
    case .eta: return Span(row.eta?.text ?? chrome.texts[.statusArrived])
    // Late in the late colour whatever the status (held and arrived trains can be late too):
    // exactly the trains the `late` filter lists.
    case .delay:
      return Span(row.delay.text, style: row.late ? theme[StatusClass.delayed.role] : theme[.text])
    case .load: return Span("\(row.feu)/\(row.teu)")
    case .cargo: return Span(row.mainCargo ?? glyphs.none)
    case .service: return Span(row.service, style: theme[.dimText])
    }
  }
}
