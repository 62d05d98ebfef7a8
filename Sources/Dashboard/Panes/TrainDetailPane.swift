import CorridorSim
import TermRender

/// The detail of the selected train (Enter opens it, Esc closes it): its state and consist by
/// cargo category on the left, the stop-by-stop timeline of planned vs actual times on the right.
enum TrainDetailPane: PaneRenderer {
  /// The train and everything its lines are written with.
  struct Model: Equatable {
    /// Nil only if planned with no train selected (the layout never does): a blank pane.
    var train: TrainSnapshot?
    var now: SimTime
    var theme: Theme
    var ui: GlyphSet
    var names: NameTables
    /// The corridor, for the stops' native names.
    var corridor: CorridorLine
    /// Cargo category ids in transit, which fix each category's colour.
    var categoryIDs: [String]
    /// The corridor clock every time is shown on.
    var calendar: CorridorCalendar

    var glyphs: DashboardGlyphs { .matching(ui) }
    var clock: ClockText { ClockText(epochUnix: calendar.epochUnix, corridor: calendar) }

  }

  /// The pinned train's model; the detail view is planned only while that train is listed.
  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let snapshot = frame.snapshot
    return Model(
      train: frame.detailTrain, now: snapshot.time, theme: frame.theme,
      ui: frame.ui, names: frame.names, corridor: snapshot.corridor,
      categoryIDs: snapshot.kpis.teuInTransitByCategory.map(\.category),
      calendar: snapshot.calendar)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    guard let train = model.train else {
      buffer.fill(area, with: .blank(theme[.background]))
      return
    }
    let glyphs = model.glyphs
    let separator = Span(" \(glyphs.dot) ", style: theme[.dimText])
    let block = Block(
      border: .heavy,
      title: [
        Span("Train \(train.id)", style: theme[.title]), separator,
        Span(train.serviceName, style: theme[.text]), separator,
        Span(
          TrainText.direction(train.direction, glyphs) + " " + train.direction.rawValue,
          style: theme[.text]),
        separator, Span("Esc closes", style: theme[.dimText]),
      ],
      borderStyle: theme[.focusedBorder], style: theme[.background])
    block.render(into: &buffer, area: area, glyphs: model.ui)
    let inner = block.inner(area)
    guard inner.width >= 40, inner.height >= 6 else { return }
    let leftWidth = max(36, inner.width * 9 / 20)
    let left = Rect(x: inner.x + 1, y: inner.y, width: leftWidth - 2, height: inner.height)
    let right = Rect(
      x: inner.x + leftWidth + 1, y: inner.y, width: inner.width - leftWidth - 2,
      height: inner.height)
    drawSummary(model, train, into: &buffer, area: left)
    drawTimeline(model, train, into: &buffer, area: right)
  }

  static func drawSummary(
    _ model: Model, _ train: TrainSnapshot, into buffer: inout Buffer, area: Rect
  ) {
    let theme = model.theme
    let clock = model.clock
    let glyphs = model.glyphs
    let stationNames = model.names.stationNames
    let lines: [(String, [Span])] = [
      (
        "status",
        [
          Span(
            glyphs.marker(for: train) + " " + TrainText.status(train.status),
            style: model.theme.statusStyle(train))
        ]
      ),
      (
        "location",
        [Span(TrainText.location(train.position, names: stationNames, glyphs: glyphs))]
      ),
      ("next stop", [Span(train.nextStop.map { stationNames[$0] ?? $0 } ?? glyphs.none)]),
      ("departed", [Span(clock.zoned(train.departedAt))]),
      ("planned", [Span(clock.zoned(train.plannedArrival))]),
      (
        train.arrivedAt == nil ? "predicted" : "arrived",
        [
          Span(clock.zoned(train.arrivedAt ?? train.predictedArrival)),
          Span("  " + Formatting.delay(train.delaySeconds), style: model.theme.statusStyle(train)),
        ]
      ),
      (
        "load",
        [
          Span(
            "\(train.consist.feu) FEU \(glyphs.dot) \(train.consist.teu) TEU \(glyphs.dot) "
              + "\(Formatting.count(Int(train.consist.tonnes.rounded()))) t \(glyphs.dot) "
              + Formatting.money(train.consist.valueUSD))
        ]
      ),
    ]
    var y = area.y
    for (label, spans) in lines where y < area.maxY {
      buffer.put(label.padded(toWidth: 10), x: area.x, y: y, style: theme[.dimText])
      buffer.put(
        spans: spans, x: area.x + 10, y: y, maxWidth: area.width - 10,
        base: theme[.text], ellipsis: model.ui.ellipsis)
      y += 1
    }
    if y < area.maxY {
      buffer.put("progress".padded(toWidth: 10), x: area.x, y: y, style: theme[.dimText])
      ProgressBar(
        ratio: train.progress, filledStyle: theme[.progressFill],
        trackStyle: theme[.progressTrack], labelStyle: theme[.text]
      )
      .render(
        into: &buffer, area: Rect(x: area.x + 10, y: y, width: area.width - 10, height: 1),
        glyphs: model.ui)
      y += 2
    }
    guard y + 2 <= area.maxY else { return }
    let consist = train.consist
    let table = Table(
      columns: [
        TableColumn("Cargo", width: .min(10)),
        TableColumn("FEU", width: .length(4), alignment: .right),
        TableColumn("Parcels", width: .length(8), alignment: .right),
        TableColumn("t", width: .length(5), alignment: .right),
        TableColumn("Value", width: .length(7), alignment: .right),
      ],
      headerStyle: theme[.tableHeader], selectedStyle: theme[.text], showsScrollbar: false)
    let palette = CargoPane.paletteIndex(ids: model.categoryIDs)
    var rows = consist.byCategory.map { c in
      TableRow(
        [
          [
            Span(
              model.names.categoryNames[c.category] ?? c.category,
              style: theme[ThemeRole.cargo(palette[c.category] ?? 0)])
          ],
          [Span("\(c.containers)")], [Span(Formatting.count(c.parcels))],
          [Span(Formatting.count(Int(c.tonnes.rounded())))], [Span(Formatting.money(c.valueUSD))],
        ], style: theme[.text])
    }
    rows.append(
      TableRow(
        texts: [
          "total", "\(consist.feu)", Formatting.count(consist.parcels),
          Formatting.count(Int(consist.tonnes.rounded())), Formatting.money(consist.valueUSD),
        ], style: theme[.text].adding(.bold)))
    table.render(
      into: &buffer,
      area: Rect(
        x: area.x, y: y, width: area.width,
        height: area.maxY - y),
      glyphs: model.ui, rows: rows)
  }

  static func drawTimeline(
    _ model: Model, _ train: TrainSnapshot, into buffer: inout Buffer, area: Rect
  ) {
    let theme = model.theme
    let stationNames = model.names.stationNames
    // Native names (郑州, Достық) only where the terminal can show them.
    let natives = Dictionary(
      model.corridor.stops.compactMap { s in
        s.nativeName.flatMap { model.ui.showsNative($0) ? (s.id, $0) : nil }
      },
      uniquingKeysWith: { a, _ in a })
    let wide = area.width >= 72
    // Narrow (the 80×24 detail), the planned arrival gives way so stop names stay whole: the
    // ± column still says how far from plan each arrival was.
    let narrow = area.width < 56
    var columns = [
      TableColumn("Stop \(model.glyphs.dot) times \(model.clock.zone)", width: .min(12))
    ]
    if !narrow { columns.append(TableColumn("Planned", width: .length(11))) }
    columns.append(TableColumn("Actual", width: .length(11)))
    if wide {
      columns += [
        TableColumn("Dep plan", width: .length(11)),
        TableColumn("Dep actual", width: .length(11)),
      ]
    }
    columns.append(TableColumn(model.glyphs.plusMinus, width: .length(8), alignment: .right))
    let clock = model.clock
    // The Stop column's width: what the fixed columns, their gaps and the scrollbar leave.
    let fixed = columns.dropFirst().reduce(0) { sum, column in
      if case .length(let n) = column.width { return sum + n + 1 }
      return sum + 1
    }
    let stopWidth = area.width - 1 - fixed
    let rows = train.timeline.map { stop -> TableRow in
      var name = stationNames[stop.station] ?? stop.station
      // The native name (Уфа) where it fits beside the Latin one, never at its expense.
      if let native = natives[stop.station], native != name,
        DisplayWidth.of(name) + 1 + DisplayWidth.of(native) <= stopWidth
      {
        name += " " + native
      }
      let late = stop.actualArrival.map { $0 - stop.plannedArrival }
      var cells: [[Span]] = [[Span(name)]]
      if !narrow {
        cells.append([Span(clock.short(stop.plannedArrival), style: theme[.dimText])])
      }
      cells.append([Span(stop.actualArrival.map(clock.short) ?? model.glyphs.none)])
      if wide {
        cells += [
          [Span(clock.short(stop.plannedDeparture), style: theme[.dimText])],
          [Span(stop.actualDeparture.map(clock.short) ?? model.glyphs.none)],
        ]
      }
      let lateStyle =
        (late ?? 0) > train.lateAfterSeconds
        ? theme[.statusDelayed] : theme[.text]
      cells.append([Span(late.map(Formatting.delay) ?? "", style: lateStyle)])
      return TableRow(cells, style: theme[.text])
    }
    // Keep the next stop in view: scroll so the last reached stop is near the top.
    let reached = train.timeline.lastIndex { $0.actualArrival != nil } ?? 0
    let table = Table(
      columns: columns, headerStyle: theme[.tableHeader],
      selectedStyle: theme[.selection], selected: reached,
      offset: max(0, reached - 2), scrollTrackStyle: theme[.progressTrack],
      scrollThumbStyle: theme[.progressFill])
    table.render(into: &buffer, area: area, glyphs: model.ui, rows: rows)
  }
}
