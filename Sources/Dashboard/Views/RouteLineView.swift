import CorridorSim
import TermRender

/// The corridor drawn as one line: gauge sections (`─` 1435 mm, `═` 1520 mm), stations,
/// borders and gauge changes, with westbound trains above it and eastbound ones below.
///
/// Several trains in one column show as a crowd mark in the colour of the worst status among
/// them; the selected train is always drawn, reversed, on top.
enum RouteLineView {
  /// Draws markers (row y), line (y+1), markers (y+2) and labels (y+3) across `area`.
  static func draw(
    into buffer: inout Buffer, area: Rect, context: FrameContext,
    compact: Bool
  ) {
    let theme = context.theme
    let glyphs = context.glyphs
    let geometry = RouteGeometry(corridor: context.snapshot.corridor, x: area.x, width: area.width)
    let westRow = area.y
    let lineRow = area.y + 1
    let eastRow = compact ? area.y : area.y + 2
    let labelRow = compact ? area.y + 2 : area.y + 3

    // The line, then station marks by rising priority so gauge changes win shared columns.
    let gauges = geometry.gaugeByColumn()
    // Both gauge glyphs become cells once, not once per column.
    let broad = Cell(glyphs.broadGauge, style: theme[.routeLine])
    let standard = Cell(glyphs.standardGauge, style: theme[.routeLine])
    for (i, gauge) in gauges.enumerated() {
      buffer.put(cell: gauge == .broad ? broad : standard, x: area.x + i, y: lineRow)
    }
    let stops = context.snapshot.corridor.stops
    for stop in stops.sorted(by: { markRank($0.kind) < markRank($1.kind) }) {
      let (symbol, role) = mark(stop.kind, glyphs)
      buffer.put(symbol: symbol, x: geometry.column(km: stop.km), y: lineRow, style: theme[role])
    }
    for label in geometry.labels(longest: compact ? 10 : 14, natives: context.ui.isUnicode) {
      let role: ThemeRole =
        switch stops[label.stopIndex].kind {
        case .gaugeChange: .routeGaugeChange
        case .border: .routeBorder
        default: .routeStation
        }
      buffer.put(label.text, x: label.x, y: labelRow, style: theme[role])
    }

    drawTrains(
      into: &buffer, geometry: geometry, westRow: westRow, eastRow: eastRow,
      context: context)
  }

  private static func drawTrains(
    into buffer: inout Buffer, geometry: RouteGeometry,
    westRow: Int, eastRow: Int, context: FrameContext
  ) {
    // Per column and row: how many trains, and the worst class among them.
    struct Slot {
      var count = 0
      var worst = StatusClass.arrived
      /// The slot's train (its marker is drawn when it is alone); an index, so hundreds of
      /// trains cost no string copies.
      var train = 0
    }
    let width = geometry.width
    let trains = context.snapshot.trains
    var slots = Array(repeating: Slot(), count: width * 2)
    // Fields are read in place (`trains[i].…`): binding each train to a local would copy a
    // struct of strings and arrays per train per frame.
    for i in trains.indices {
      let column = geometry.column(km: trains[i].position.corridorKm) - geometry.x
      let index = (trains[i].direction == .westbound ? 0 : width) + column
      let cls = StatusClass(status: trains[i].status, delaySeconds: trains[i].delaySeconds)
      slots[index].count += 1
      slots[index].train = i
      if severity(cls) > severity(slots[index].worst) || slots[index].count == 1 {
        slots[index].worst = cls
      }
    }
    for (index, slot) in slots.enumerated() where slot.count > 0 {
      let row = index < width ? westRow : eastRow
      let symbol =
        slot.count > 1
        ? context.glyphs.crowd
        : context.glyphs.marker(
          status: trains[slot.train].status, direction: trains[slot.train].direction)
      buffer.put(
        symbol: symbol, x: geometry.x + index % width, y: row,
        style: context.theme[slot.worst.role])
    }
    if let selected = context.selected {
      let row = selected.direction == .westbound ? westRow : eastRow
      buffer.put(
        symbol: context.glyphs.marker(for: selected),
        x: geometry.column(km: selected.position.corridorKm), y: row,
        style: context.statusStyle(selected).adding(.reverse))
    }
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

  static func markRank(_ kind: StationKind) -> Int {
    switch kind {
    case .junction, .hub: 0
    case .origin, .destination: 1
    case .border: 2
    case .gaugeChange: 3
    }
  }

  static func mark(_ kind: StationKind, _ glyphs: DashboardGlyphs) -> (String, ThemeRole) {
    switch kind {
    case .gaugeChange: (glyphs.gaugeChange, .routeGaugeChange)
    case .border: (glyphs.border, .routeBorder)
    case .origin, .destination, .hub, .junction: (glyphs.station, .routeStation)
    }
  }
}
