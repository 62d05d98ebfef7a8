import CorridorSim
import TermRender

/// The map of the corridor: Natural Earth's land, coasts and borders in the corridor frame
/// (`CorridorFrame`), the corridor as a line through its stations with borders and gauge
/// changes marked, key places labelled, and every train on the line at its km, in the route
/// pane's glyphs and status colours.
///
/// Drawn in two layers: the base (box, raster, marks, labels) is rasterised only when the
/// size, region, theme, glyphs or corridor change; the trains are the top layer.
enum MapPane: LayeredPaneRenderer {
  /// What the base layer shows.
  struct Base: Equatable {
    var chrome: PaneChrome
    var region: MapRegion
    /// The region's name in the title, in the frame's language (a kiosk's; English on the
    /// dashboard).
    var regionName: String
    var corridor: CorridorLine
    /// The corridor's stops in the frame, in route order (`NameTables.mapPoints`: projected
    /// once per scenario, not per frame).
    var points: [MapPoint]
    var keys: KeysHint
  }

  /// What the title says about keys.
  enum KeysHint: Equatable {
    /// The map view (`M`): its region keys.
    case regions
    /// A pane of the dashboard: `M` opens the full view (where `1 2 3 m` then work).
    case fullView
    /// A kiosk, which refuses them.
    case none

    init(_ frame: FrameInputs) {
      if frame.state.kiosk != nil {
        self = .none
      } else {
        self = frame.view == .map ? .regions : .fullView
      }
    }
  }

  /// The trains as drawn: one mark per occupied cell (a crowd where several share it), the
  /// selected train reversed on top.
  struct Top: Equatable {
    var marks: [RouteMarker]
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let base = Base(
      chrome: PaneChrome(.map, frame), region: frame.state.mapRegion,
      regionName: frame.translations[.region(frame.state.mapRegion)],
      corridor: frame.snapshot.corridor, points: frame.names.mapPoints, keys: KeysHint(frame))
    let inner = area.inset(by: 1)
    guard !inner.isEmpty else { return Model(base: base, top: Top(marks: [])) }
    let placement = Placement(base, inner: inner)
    return Model(base: base, top: Top(marks: marks(frame, placement)))
  }

  /// The train marks: per cell the worst status class there, a crowd mark for several.
  static func marks(_ frame: FrameInputs, _ placement: Placement) -> [RouteMarker] {
    // Per cell of the pane, flat (no hashing): trains there, the worst severity and the first
    // train that had it. Fields are read in place (`trains[i].…`): binding a train to a local
    // would copy a struct of strings and arrays per train per frame.
    let inner = placement.inner
    var count = Array(repeating: 0, count: inner.width * inner.height)
    var worst = Array(repeating: 0, count: count.count)
    var shown = Array(repeating: 0, count: count.count)
    let trains = frame.snapshot.trains
    let cells = CellTable(placement)
    for i in trains.indices {
      guard let k = cells.cellIndex(km: trains[i].position.corridorKm) else { continue }
      let severity = RouteLine.severity(
        StatusClass(
          status: trains[i].status, delaySeconds: trains[i].delaySeconds,
          lateAfterSeconds: trains[i].lateAfterSeconds))
      if count[k] == 0 || severity > worst[k] {
        worst[k] = severity
        shown[k] = i
      }
      count[k] += 1
    }
    // Row by row, left to right.
    var marks: [RouteMarker] = []
    for k in count.indices where count[k] > 0 {
      let train = trains[shown[k]]
      marks.append(
        RouteMarker(
          x: inner.x + k % inner.width, y: inner.y + k / inner.width,
          symbol: count[k] > 1 ? frame.glyphs.crowd : frame.glyphs.marker(for: train),
          style: frame.statusStyle(train)))
    }
    if let selected = frame.selected, let p = placement.point(km: selected.position.corridorKm),
      let cell = placement.cell(p)
    {
      marks.append(
        RouteMarker(
          x: cell.x, y: cell.y, symbol: frame.glyphs.marker(for: selected),
          style: frame.statusStyle(selected).adding(.reverse)))
    }
    return marks
  }

  static func drawBase(_ base: Base, into buffer: inout Buffer, area: Rect) {
    let chrome = base.chrome
    let theme = chrome.theme
    var title = [chrome.separator, Span(base.regionName, style: theme[.text])]
    switch base.keys {
    case .regions: title += [chrome.separator, Span("1 2 3 m views", style: theme[.dimText])]
    case .fullView: title += [chrome.separator, Span("M full view", style: theme[.dimText])]
    case .none: break
    }
    let inner = chrome.draw(title: title, into: &buffer, area: area)
    guard !inner.isEmpty else { return }
    let placement = Placement(base, inner: inner)
    var raster = MapRaster(
      region: base.region, columns: inner.width, rows: inner.height, dots: placement.dots)
    raster.drawLand(.eurasia)
    raster.drawRoute(placement.route.map(\.point))
    drawRaster(raster, into: &buffer, inner: inner, theme: theme, dots: placement.dots)

    let (marks, labels, _) = annotations(base, raster: raster, placement: placement)
    for (x, y, mark) in marks {
      buffer.put(symbol: mark.symbol(chrome.glyphs), x: x, y: y, style: theme[mark.role])
    }
    for label in labels {
      buffer.put(label.text, x: inner.x + label.x, y: inner.y + label.y, style: theme[.text])
    }
  }

  /// What goes over the raster: station marks where they matter (ends, borders, gauge
  /// changes; the route pane's, so its legend explains the map's too), at screen cells, and
  /// the labels placed around them (`MapLabels`, at cells of the inner area), with the cells
  /// the labels had to leave visible (the line and the marks).
  static func annotations(_ base: Base, raster: MapRaster, placement: Placement) -> (
    marks: [(x: Int, y: Int, mark: RouteLine.Mark)], labels: [MapLabels.Label], blocked: [Bool]
  ) {
    let inner = placement.inner
    var blocked = [Bool](repeating: false, count: inner.width * inner.height)
    for row in 0..<inner.height {
      for column in 0..<inner.width where raster.cell(column: column, row: row).layer == .route {
        blocked[row * inner.width + column] = true
      }
    }
    let stops = base.corridor.stops
    let cells = placement.route.map { placement.cell($0.point) }
    var marks: [(x: Int, y: Int, mark: RouteLine.Mark)] = []
    for (stop, cell) in zip(stops, cells) {
      guard let cell else { continue }
      switch stop.kind {
      case .gaugeChange, .border, .origin, .destination: break
      case .hub, .junction: continue
      }
      marks.append((cell.x, cell.y, RouteLine.Mark(stop.kind)))
      blocked[(cell.y - inner.y) * inner.width + cell.x - inner.x] = true
    }
    let local = cells.map { $0.map { (x: $0.x - inner.x, y: $0.y - inner.y) } }
    let labels = MapLabels.place(
      stops: stops, cells: local, width: inner.width, height: inner.height, blocked: blocked,
      unicode: base.chrome.ui.isUnicode)
    return (marks, labels, blocked)
  }

  /// The raster's cells in the layer's role: braille dots; half blocks, land-only cells a
  /// light shade `░` (a texture under the lines, as braille's sparse dots are); or ASCII
  /// characters, one per layer.
  static func drawRaster(
    _ raster: MapRaster, into buffer: inout Buffer, inner: Rect, theme: Theme, dots: DotCells
  ) {
    let ascii: [MapRaster.Layer: Unicode.Scalar] = [
      .land: ".", .coast: "~", .border: ":", .route: "=",
    ]
    let halves: [Unicode.Scalar] = [" ", "▀", "▄", "█"]
    for row in 0..<raster.rows {
      for column in 0..<raster.columns {
        let (layer, bits) = raster.cell(column: column, row: row)
        guard layer != .sea else { continue }
        let role: ThemeRole =
          switch layer {
          case .sea, .land: .mapLand
          case .coast: .mapCoast
          case .border: .mapBorder
          case .route: .routeStation
          }
        let scalar: Unicode.Scalar =
          switch dots {
          case .braille: Unicode.Scalar(0x2800 + UInt32(bits)) ?? " "
          case .halfBlocks: layer == .land ? "░" : halves[Int(bits & 0x03)]
          case .characters: ascii[layer] ?? " "
          }
        buffer.put(scalar: scalar, x: inner.x + column, y: inner.y + row, style: theme[role])
      }
    }
  }

  static func drawTop(_ top: Top, base: Base, into buffer: inout Buffer, area: Rect) {
    for mark in top.marks { mark.draw(into: &buffer) }
  }
}
