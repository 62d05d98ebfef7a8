import CorridorSim
import TermRender

/// The cargo-volumes pane: TEU delivered per day over the last 30 sim days (braille chart,
/// westbound and eastbound series), TEU in transit westbound vs eastbound, and TEU in transit
/// by cargo category as bars.
enum CargoView {
  /// Draws the pane, reusing the last drawing while its inputs are unchanged (`PaneMemo`).
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let key = PaneMemo.CargoKey(context: context, area: area)
    PaneMemo.shared.cargo.draw(
      into: &buffer, area: area, key: key, ledger: context.ledger
    ) { pane, origin in
      drawAfresh(into: &pane, area: origin, context: context)
    }
  }

  static func drawAfresh(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let theme = context.theme
    let kpis = context.snapshot.kpis
    let inner = PaneChrome.draw(
      .cargo,
      title: [
        PaneChrome.separator(context), Span("TEU", style: theme[.dimText]),
      ], into: &buffer, area: area, context: context)
    guard inner.height >= 6, inner.width >= 20 else { return }

    let categories = Array(kpis.teuInTransitByCategory.prefix(8))
    let barsHeight = min(categories.count, max(0, inner.height - 12))
    // Chart, a blank, the W/E split (heading + 2 bars), categories (heading + bars).
    let lowerHeight = 3 + (barsHeight > 0 ? barsHeight + 1 : 0)
    let chartHeight = inner.height - lowerHeight - 1
    let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    var y = content.y
    if chartHeight >= 5 {
      drawChart(
        into: &buffer,
        area: Rect(
          x: content.x, y: y, width: content.width,
          height: chartHeight), context: context)
      y += chartHeight + 1
    }

    heading(
      "in transit by direction", into: &buffer, x: content.x, y: y, width: content.width,
      context: context)
    y += 1
    let glyphs = context.glyphs
    HorizontalBarChart(
      items: [
        BarItem(
          label: "west \(glyphs.westbound)", value: Double(kpis.teuInTransitWestbound),
          valueText: Formatting.count(kpis.teuInTransitWestbound), style: theme[.chartWest]),
        BarItem(
          label: "east \(glyphs.eastbound)", value: Double(kpis.teuInTransitEastbound),
          valueText: Formatting.count(kpis.teuInTransitEastbound), style: theme[.chartEast]),
      ], labelStyle: theme[.text], valueStyle: theme[.text]
    )
    .render(
      into: &buffer, area: Rect(x: content.x, y: y, width: content.width, height: 2),
      glyphs: context.ui)
    y += 2
    guard barsHeight > 0, y < content.maxY else { return }
    heading(
      "in transit by category", into: &buffer, x: content.x, y: y, width: content.width,
      context: context)
    y += 1
    let palette = paletteIndex(kpis.teuInTransitByCategory)
    let items = categories.prefix(barsHeight).map { c in
      BarItem(
        label: c.name, value: Double(c.teu), valueText: Formatting.count(c.teu),
        style: theme[ThemeRole.cargo(palette[c.category] ?? 0)])
    }
    HorizontalBarChart(items: Array(items), labelStyle: theme[.text], valueStyle: theme[.text])
      .render(
        into: &buffer,
        area: Rect(
          x: content.x, y: y, width: content.width,
          height: min(barsHeight, content.maxY - y)),
        glyphs: context.ui)
  }

  /// Stable colours: categories in id order take the palette in turn.
  static func paletteIndex(_ categories: [CategoryTEU]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, id) in categories.map(\.category).sorted().enumerated() { index[id] = i }
    return index
  }

  static func heading(
    _ text: String, into buffer: inout Buffer, x: Int, y: Int, width: Int,
    context: FrameContext
  ) {
    buffer.put(text, x: x, y: y, style: context.theme[.dimText], maxWidth: width)
  }

  /// TEU delivered per day, last 30 days: westbound and eastbound lines, oldest left.
  static func drawChart(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let theme = context.theme
    let kpis = context.snapshot.kpis
    let days = max(
      chartDays, kpis.teuDeliveredPerDayWestbound.count,
      kpis.teuDeliveredPerDayEastbound.count)
    // Today is always the right edge: shorter histories (the first days) are padded on the left.
    let west = padded(kpis.teuDeliveredPerDayWestbound, to: days)
    let east = padded(kpis.teuDeliveredPerDayEastbound, to: days)
    let top = max(10, (west + east).max() ?? 0)
    let rounded = niceCeiling(top)
    let glyphs = context.glyphs
    let legend = [
      Span("delivered per day, last \(days) d  ", style: theme[.dimText]),
      Span("\(glyphs.westbound) west ", style: theme[.chartWest]),
      Span("\(glyphs.eastbound) east", style: theme[.chartEast]),
    ]
    buffer.put(
      spans: legend, x: area.x, y: area.y, maxWidth: area.width,
      ellipsis: context.ui.ellipsis)
    let chart = BrailleChart(
      series: [
        ChartSeries(values: west, kind: .line, style: theme[.chartWest]),
        ChartSeries(values: east, kind: .line, style: theme[.chartEast]),
      ],
      xAxis: ChartAxis(
        range: 0...Double(days - 1),
        labels: ["-\(days - 1)d", "-\((days - 1) / 2)d", "today"]),
      yAxis: ChartAxis(
        range: 0...rounded,
        labels: ["0", Formatting.count(Int(rounded / 2)), Formatting.count(Int(rounded))]),
      axisStyle: theme[.chartAxis], labelStyle: theme[.chartAxis])
    chart.render(
      into: &buffer,
      area: Rect(
        x: area.x, y: area.y + 1, width: area.width,
        height: area.height - 1), glyphs: context.ui)
  }

  /// Days the delivery chart spans.
  static let chartDays = 30

  /// `values` with zeros in front up to `count` entries.
  static func padded(_ values: [Int], to count: Int) -> [Double] {
    Array(repeating: 0, count: max(0, count - values.count)) + values.map(Double.init)
  }

  /// The smallest of 1, 2, 5 × 10ⁿ at or above `value` (even axis labels).
  static func niceCeiling(_ value: Double) -> Double {
    guard value.isFinite, value > 0 else { return 1 }
    var magnitude = 1.0
    while magnitude * 10 <= value { magnitude *= 10 }
    for step in [1.0, 2, 5, 10] where step * magnitude >= value { return step * magnitude }
    return 10 * magnitude
  }
}
