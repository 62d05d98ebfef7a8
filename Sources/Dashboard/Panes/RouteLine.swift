import CorridorSim
import TermRender

/// The corridor drawn as one line: gauge sections (`─` 1435 mm, `═` 1520 mm), stations,
/// borders and gauge changes, with westbound trains above it and eastbound ones below.
///
/// Several trains in one column show as a crowd mark in the colour of the worst status among
/// them; the selected train is always drawn, reversed, on top.
///
/// Drawn in two parts, the route pane's two layers: the line with its marks and labels
/// (`drawLine`, fixed per corridor, width, theme and glyph set) and the train markers
/// (`markers`, computed every frame as compact slots and drawn by `RouteMarkers.draw`).
enum RouteLine {
  /// Where the parts of a line drawn across `area` go: markers (y), line (y+1), markers (y+2)
  /// and labels (y+3); a compact line puts both marker rows on y and labels on y+2.
  struct Rows: Equatable {
    var area: Rect
    var compact: Bool
    var west: Int { area.y }
    var line: Int { area.y + 1 }
    var east: Int { compact ? area.y : area.y + 2 }
    var labels: Int { compact ? area.y + 2 : area.y + 3 }
  }

  /// The line, station marks and labels: everything but the trains.
  static func drawLine(
    _ corridor: CorridorLine, into buffer: inout Buffer, rows: Rows, chrome: PaneChrome
  ) {
    let theme = chrome.theme
    let glyphs = chrome.glyphs
    let area = rows.area
    let geometry = RouteGeometry(corridor: corridor, x: area.x, width: area.width)

    // The line, then station marks by rising priority so gauge changes win shared columns.
    let gauges = geometry.gaugeByColumn()
    // Both gauge glyphs become cells once, not once per column.
    let broad = Cell(glyphs.broadGauge, style: theme[.routeLine])
    let standard = Cell(glyphs.standardGauge, style: theme[.routeLine])
    for (i, gauge) in gauges.enumerated() {
      buffer.put(cell: gauge == .broad ? broad : standard, x: area.x + i, y: rows.line)
    }
    let stops = corridor.stops
    let junctions = Set(corridor.branches.map(\.junction))
    let ranked = stops.map { stop in
      (stop, junctions.contains(stop.id) ? Mark.branch : Mark(stop.kind))
    }
    for (stop, mark) in ranked.sorted(by: { $0.1.rawValue < $1.1.rawValue }) {
      buffer.put(
        symbol: mark.symbol(glyphs), x: geometry.column(km: stop.km), y: rows.line,
        style: theme[mark.role])
    }
    for label in geometry.labels(natives: chrome.ui.showsNative, ellipsis: chrome.ui.ellipsis) {
      let role: ThemeRole =
        switch stops[label.stopIndex].kind {
        case .gaugeChange: .routeGaugeChange
        case .border: .routeBorder
        default: .routeStation
        }
      buffer.put(label.text, x: label.x, y: rows.labels, style: theme[role])
    }
  }

  /// The train markers of the line across `rows`.
  static func markers(rows: Rows, frame: FrameInputs) -> RouteMarkers {
    let geometry = RouteGeometry(
      corridor: frame.snapshot.corridor, x: rows.area.x, width: rows.area.width)
    let width = geometry.width
    let trains = frame.snapshot.trains
    var slots = Array(repeating: RouteMarkers.Slot(), count: width * 2)
    // The severity of each slot's worst class, beside it: a crowd compares two numbers, not
    // a switch over the class in the slot (an indirect jump, mispredicted train after train).
    var worstSeverity = Array(repeating: 0, count: width * 2)
    // Fields are read in place (`trains[i].…`): binding each train to a local would copy a
    // struct of strings and arrays per train per frame.
    for i in trains.indices {
      let column = geometry.column(km: trains[i].position.corridorKm) - geometry.x
      let index = (trains[i].direction == .westbound ? 0 : width) + column
      let cls = StatusClass(
        status: trains[i].status, delaySeconds: trains[i].delaySeconds,
        lateAfterSeconds: trains[i].lateAfterSeconds)
      let clsSeverity = severity(cls)
      if slots[index].count == 0 {
        slots[index] = RouteMarkers.Slot(
          count: 1, worst: cls, status: trains[i].status, direction: trains[i].direction)
        worstSeverity[index] = clsSeverity
      } else {
        // A crowd shows neither status nor direction: they are reset so equal crowds compare
        // equal.
        slots[index].count = 2
        slots[index].status = .loading
        slots[index].direction = .westbound
        if clsSeverity > worstSeverity[index] {
          slots[index].worst = cls
          worstSeverity[index] = clsSeverity
        }
      }
    }
    var selected: RouteMarker?
    if let train = frame.selected {
      selected = RouteMarker(
        x: geometry.column(km: train.position.corridorKm),
        y: train.direction == .westbound ? rows.west : rows.east,
        symbol: frame.glyphs.marker(for: train),
        style: frame.statusStyle(train).adding(.reverse))
    }
    return RouteMarkers(rows: rows, width: width, slots: slots, selected: selected)
  }

  /// Which class a shared column shows: the one that most needs attention.
  static func severity(_ cls: StatusClass) -> Int {
    switch cls {
    case .arrived: 0
    case .onTime: 1
    case .delayed: 2
    case .held: 3
    }
  }

  /// What a stop shows on the line, in rising priority: a later mark wins a shared column.
  enum Mark: Int, CaseIterable {
    case station, branch, border, gaugeChange

    init(_ kind: StationKind) {
      switch kind {
      case .junction, .hub, .origin, .destination: self = .station
      case .border: self = .border
      case .gaugeChange: self = .gaugeChange
      }
    }

    func symbol(_ glyphs: DashboardGlyphs) -> String {
      switch self {
      case .station: glyphs.station
      case .branch: glyphs.branch
      case .border: glyphs.border
      case .gaugeChange: glyphs.gaugeChange
      }
    }

    var role: ThemeRole {
      switch self {
      case .station, .branch: .routeStation
      case .border: .routeBorder
      case .gaugeChange: .routeGaugeChange
      }
    }
  }
}

/// The train markers of a route line as drawn: per column and direction none, one train (its
/// status and direction give the glyph) or a crowd, in the colour of the worst class there;
/// then the selected train's marker on top. Equal values draw equal cells.
struct RouteMarkers: Equatable {
  /// One column of one direction; four bytes, so comparing a frame's slots is cheap.
  struct Slot: Equatable {
    /// 0, 1, or 2 for two or more (a crowd).
    var count: UInt8 = 0
    var worst = StatusClass.arrived
    var status = TrainStatus.loading
    var direction = Direction.westbound
  }

  var rows: RouteLine.Rows
  var width: Int
  /// Westbound columns, then eastbound ones.
  var slots: [Slot]
  var selected: RouteMarker?

  /// Draws every occupied slot (westbound, then eastbound, left to right), then the selected
  /// train reversed.
  func draw(into buffer: inout Buffer, chrome: PaneChrome) {
    let glyphs = chrome.glyphs
    for index in slots.indices where slots[index].count > 0 {
      drawSlot(index, into: &buffer, glyphs: glyphs, theme: chrome.theme)
    }
    selected?.draw(into: &buffer)
  }

  /// The cell of slot `index`.
  func position(ofSlot index: Int) -> (x: Int, y: Int) {
    (rows.area.x + index % width, index < width ? rows.west : rows.east)
  }

  /// Draws slot `index` when a train is there.
  func drawSlot(
    _ index: Int, into buffer: inout Buffer, glyphs: DashboardGlyphs, theme: Theme
  ) {
    let slot = slots[index]
    guard slot.count > 0 else { return }
    let (x, y) = position(ofSlot: index)
    buffer.put(
      symbol: slot.count > 1
        ? glyphs.crowd : glyphs.marker(status: slot.status, direction: slot.direction),
      x: x, y: y, style: theme[slot.worst.role])
  }
}

/// One marker as drawn: where, which glyph, which style.
struct RouteMarker: Equatable {
  var x: Int
  var y: Int
  var symbol: String
  var style: Style

  func draw(into buffer: inout Buffer) {
    buffer.put(symbol: symbol, x: x, y: y, style: style)
  }
}
