import CorridorSim
import TermRender

/// The detail of the selected train (Enter opens it, Esc closes it): its state and consist by
/// cargo category on the left, the stop-by-stop timeline of planned vs actual times on the right.
enum TrainDetailView {
  static func draw(
    into buffer: inout Buffer, area: Rect, train: TrainSnapshot,
    context: FrameContext
  ) {
    let theme = context.theme
    let glyphs = context.glyphs
    let block = Block(
      border: .heavy,
      title: [
        Span("Train \(train.id)", style: theme[.title]), PaneChrome.separator(context),
        Span(train.serviceName, style: theme[.text]), PaneChrome.separator(context),
        Span(
          TrainText.direction(train.direction, glyphs) + " " + train.direction.rawValue,
          style: theme[.text]),
        PaneChrome.separator(context), Span("Esc closes", style: theme[.dimText]),
      ],
      borderStyle: theme[.focusedBorder], style: theme[.background])
    block.render(into: &buffer, area: area, glyphs: context.ui)
    let inner = block.inner(area)
    guard inner.width >= 40, inner.height >= 6 else { return }
    let leftWidth = max(36, inner.width * 9 / 20)
    let left = Rect(x: inner.x + 1, y: inner.y, width: leftWidth - 2, height: inner.height)
    let right = Rect(
      x: inner.x + leftWidth + 1, y: inner.y, width: inner.width - leftWidth - 2,
      height: inner.height)
    drawSummary(into: &buffer, area: left, train: train, context: context)
    drawTimeline(into: &buffer, area: right, train: train, context: context)
  }

  static func drawSummary(
    into buffer: inout Buffer, area: Rect, train: TrainSnapshot,
    context: FrameContext
  ) {
    let theme = context.theme
    let clock = context.clock
    let glyphs = context.glyphs
    let lines: [(String, [Span])] = [
      (
        "status",
        [
          Span(
            context.glyphs.marker(for: train) + " " + TrainText.status(train.status),
            style: context.statusStyle(train))
        ]
      ),
      (
        "location",
        [Span(TrainText.location(train.position, names: context.stationNames, glyphs: glyphs))]
      ),
      ("next stop", [Span(train.nextStop.map { context.stationNames[$0] ?? $0 } ?? glyphs.none)]),
      ("departed", [Span(clock.short(train.departedAt))]),
      ("planned", [Span(clock.short(train.plannedArrival))]),
      (
        train.arrivedAt == nil ? "predicted" : "arrived",
        [
          Span(clock.short(train.arrivedAt ?? train.predictedArrival)),
          Span("  " + Formatting.delay(train.delaySeconds), style: context.statusStyle(train)),
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
        base: theme[.text], ellipsis: context.ui.ellipsis)
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
        glyphs: context.ui)
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
    let palette = CargoView.paletteIndex(context.snapshot.kpis.teuInTransitByCategory)
    var rows = consist.byCategory.map { c in
      TableRow(
        [
          [
            Span(
              context.categoryNames[c.category] ?? c.category,
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
      glyphs: context.ui, rows: rows)
  }

  static func drawTimeline(
    into buffer: inout Buffer, area: Rect, train: TrainSnapshot,
    context: FrameContext
  ) {
    let theme = context.theme
    // Native names (郑州, Достық) only where the terminal can show them.
    let natives =
      !context.ui.isUnicode
      ? [:]
      : Dictionary(
        context.snapshot.corridor.stops.compactMap { s in s.nativeName.map { (s.id, $0) } },
        uniquingKeysWith: { a, _ in a })
    let wide = area.width >= 72
    var columns = [
      TableColumn("Stop", width: .min(12)),
      TableColumn("Planned", width: .length(11)), TableColumn("Actual", width: .length(11)),
    ]
    if wide {
      columns += [
        TableColumn("Dep plan", width: .length(11)),
        TableColumn("Dep actual", width: .length(11)),
      ]
    }
    columns.append(TableColumn(context.glyphs.plusMinus, width: .length(8), alignment: .right))
    let clock = context.clock
    let rows = train.timeline.map { stop -> TableRow in
      var name = context.stationNames[stop.station] ?? stop.station
      if let native = natives[stop.station], native != name { name += " " + native }
      let late = stop.actualArrival.map { $0 - stop.plannedArrival }
      var cells: [[Span]] = [
        [Span(name)], [Span(clock.short(stop.plannedArrival), style: theme[.dimText])],
        [Span(stop.actualArrival.map(clock.short) ?? context.glyphs.none)],
      ]
      if wide {
        cells += [
          [Span(clock.short(stop.plannedDeparture), style: theme[.dimText])],
          [Span(stop.actualDeparture.map(clock.short) ?? context.glyphs.none)],
        ]
      }
      let lateStyle =
        (late ?? 0) > StatusClass.delayThresholdSeconds
        ? theme[.statusDelayed] : theme[.text]
      cells.append([Span(late.map(Formatting.delay) ?? "", style: lateStyle)])
      return TableRow(cells, style: theme[.text])
    }
    // Keep the next stop in view: scroll so the last reached stop is near the top.
    let reached = train.timeline.lastIndex { $0.actualArrival != nil } ?? 0
    let table = Table(
      columns: columns, headerStyle: theme[.tableHeader],
      selectedStyle: theme[.selection], selected: reached,
      offset: max(0, reached - 2))
    table.render(into: &buffer, area: area, glyphs: context.ui, rows: rows)
  }
}
