import CorridorSim
import TermRender

/// The cargo-volumes pane: TEU delivered per day over the last 30 sim days (braille chart,
/// westbound and eastbound series), TEU in transit westbound vs eastbound, and TEU in transit
/// by cargo category as bars.
enum CargoPane: PaneRenderer {
  struct Model: Equatable {
    var byCategory: [CategoryTEU]
    var west: Int
    var east: Int
    var perDayWest: [Int]
    var perDayEast: [Int]
    /// The category row under the cursor, while the pane has focus.
    var cursor: Int?
    /// The name of the category the table is filtered by, if any.
    var filtering: String?
    var chrome: PaneChrome
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let kpis = frame.snapshot.kpis
    let state = frame.state
    let rows = shownCategories(kpis.teuInTransitByCategory, area: area).count
    return Model(
      byCategory: kpis.teuInTransitByCategory, west: kpis.teuInTransitWestbound,
      east: kpis.teuInTransitEastbound, perDayWest: kpis.teuDeliveredPerDayWestbound,
      perDayEast: kpis.teuDeliveredPerDayEastbound,
      cursor: frame.focused(.cargo) && rows > 0 ? min(state.cargoCursor, rows - 1) : nil,
      filtering: state.cargoFilter.map { frame.names.categoryNames[$0] ?? $0 },
      chrome: PaneChrome(.cargo, frame))
  }

  /// Rows for category bars in a pane at `area`, below the chart and the direction bars.
  static func barRows(_ area: Rect) -> Int {
    let inner = area.inset(by: 1)
    guard inner.height >= 6, inner.width >= 20 else { return 0 }
    return max(0, inner.height - 12)
  }

  /// The categories a pane at `area` shows as bars of their own, top first (the "others" bar
  /// that may end them is not one to pick): the cursor and `ListContext.categories` use it.
  static func shownCategories(_ byCategory: [CategoryTEU], area: Rect) -> [CategoryTEU] {
    let ids = categoryRows(byCategory, rows: barRows(area), texts: .english).compactMap(\.category)
    return ids.compactMap { id in byCategory.first { $0.category == id } }
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let chrome = model.chrome
    let theme = chrome.theme
    var title = [chrome.separator, Span(chrome.texts[.unitTEU], style: theme[.dimText])]
    if let filtering = model.filtering {
      title += [chrome.separator, Span("listing \(filtering)", style: theme[.text].adding(.bold))]
    }
    let inner = chrome.draw(title: title, into: &buffer, area: area)
    guard inner.height >= 6, inner.width >= 20 else { return }

    let texts = chrome.texts
    let categories = categoryRows(model.byCategory, rows: barRows(area), texts: texts)
    let barsHeight = categories.count
    // Chart, a blank, the W/E split (heading + 2 bars), categories (heading + bars).
    let lowerHeight = 3 + (barsHeight > 0 ? barsHeight + 1 : 0)
    let chartHeight = inner.height - lowerHeight - 1
    let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    var y = content.y
    if chartHeight >= 5 {
      drawChart(
        model, into: &buffer,
        area: Rect(x: content.x, y: y, width: content.width, height: chartHeight))
      y += chartHeight + 1
    }

    heading(
      texts[.cargoByDirection], into: &buffer, x: content.x, y: y, width: content.width,
      style: theme[.dimText])
    y += 1
    let glyphs = chrome.glyphs
    bars(
      [
        BarItem(
          label: "\(texts[.cargoWest]) \(glyphs.westbound)", value: Double(model.west),
          valueText: Formatting.count(model.west), style: theme[.chartWest]),
        BarItem(
          label: "\(texts[.cargoEast]) \(glyphs.eastbound)", value: Double(model.east),
          valueText: Formatting.count(model.east), style: theme[.chartEast]),
      ], theme
    )
    .render(
      into: &buffer, area: Rect(x: content.x, y: y, width: content.width, height: 2),
      glyphs: chrome.ui)
    y += 2
    guard barsHeight > 0, y < content.maxY else { return }
    heading(
      texts[.cargoByCategory], into: &buffer, x: content.x, y: y, width: content.width,
      style: theme[.dimText])
    y += 1
    let palette = paletteIndex(model.byCategory)
    let items = categories.map { row in
      BarItem(
        label: row.name, value: Double(row.teu), valueText: Formatting.count(row.teu),
        style: row.category.map { theme[ThemeRole.cargo(palette[$0] ?? 0)] } ?? theme[.dimText])
    }
    bars(items, theme)
      .render(
        into: &buffer,
        area: Rect(
          x: content.x, y: y, width: content.width, height: min(barsHeight, content.maxY - y)),
        glyphs: chrome.ui)
    // The cursor's row in the selection colours, the bar's cells included (it is a row to
    // pick, as a table row is).
    if let cursor = model.cursor, y + cursor < content.maxY {
      buffer.setStyle(
        theme[.selection], in: Rect(x: inner.x, y: y + cursor, width: inner.width, height: 1))
    }
  }

  /// One bar of "in transit by category": a category, or the rest summed (`category` nil).
  struct CategoryRow: Equatable {
    var category: String?
    var name: String
    var teu: Int
  }

  /// The categories in `rows` bars, largest first: all of them when they fit, else the
  /// largest `rows − 1` and an "other" bar with the rest, so the bars always add up to the
  /// TEU in transit.
  static func categoryRows(_ byCategory: [CategoryTEU], rows: Int, texts: Translations)
    -> [CategoryRow]
  {
    guard rows > 0 else { return [] }
    let all = byCategory.map { CategoryRow(category: $0.category, name: $0.name, teu: $0.teu) }
    guard all.count > rows else { return all }
    let rest = all[(rows - 1)...]
    let other = CategoryRow(
      category: nil,
      name: rest.count == 1
        ? texts[.cargoOneOther] : texts.text(.cargoOthers, filling: ["{count}": "\(rest.count)"]),
      teu: rest.reduce(0) { $0 + $1.teu })
    return Array(all.prefix(rows - 1)) + [other]
  }

  /// Bars with labels and values in `text` and the unfilled track blank in the pane's
  /// background (left to the terminal's colours, it showed as a black block on light screens).
  static func bars(_ items: [BarItem], _ theme: Theme) -> HorizontalBarChart {
    HorizontalBarChart(
      items: items, labelStyle: theme[.text], valueStyle: theme[.text],
      trackStyle: theme[.background])
  }

  /// Stable colours: categories in id order take the palette in turn.
  static func paletteIndex(_ categories: [CategoryTEU]) -> [String: Int] {
    paletteIndex(ids: categories.map(\.category))
  }

  /// `paletteIndex` from the category ids alone.
  static func paletteIndex(ids: [String]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, id) in ids.sorted().enumerated() { index[id] = i }
    return index
  }

  static func heading(
    _ text: String, into buffer: inout Buffer, x: Int, y: Int, width: Int, style: Style
  ) {
    buffer.put(text, x: x, y: y, style: style, maxWidth: width)
  }

  /// TEU delivered per day, last 30 days: westbound and eastbound lines, oldest left.
  static func drawChart(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.chrome.theme
    let days = max(chartDays, model.perDayWest.count, model.perDayEast.count)
    // Today is always the right edge: shorter histories (the first days) are padded on the left.
    let west = padded(model.perDayWest, to: days)
    let east = padded(model.perDayEast, to: days)
    let top = max(10, (west + east).max() ?? 0)
    let rounded = niceCeiling(top)
    let glyphs = model.chrome.glyphs
    let texts = model.chrome.texts
    func daysAgo(_ count: Int) -> String { texts.text(.cargoDaysAgo, filling: ["{days}": "\(count)"]) }
    let legend = [
      Span(texts.text(.cargoPerDay, filling: ["{days}": "\(days)"]) + "  ", style: theme[.dimText]),
      Span("\(glyphs.westbound) \(texts[.cargoWest]) ", style: theme[.chartWest]),
      Span("\(glyphs.eastbound) \(texts[.cargoEast])", style: theme[.chartEast]),
    ]
    buffer.put(
      spans: legend, x: area.x, y: area.y, maxWidth: area.width,
      ellipsis: model.chrome.ui.ellipsis)
    let chart = BrailleChart(
      series: [
        ChartSeries(values: west, kind: .line, style: theme[.chartWest]),
        ChartSeries(
          values: east, kind: .line, style: theme[.chartEast],
          mark: eastMark(theme, glyphs)),
      ],
      xAxis: ChartAxis(
        range: 0...Double(days - 1),
        labels: [daysAgo(days - 1), daysAgo((days - 1) / 2), texts[.cargoToday]]),
      yAxis: ChartAxis(
        range: 0...rounded,
        labels: ["0", Formatting.count(Int(rounded / 2)), Formatting.count(Int(rounded))]),
      axisStyle: theme[.chartAxis], labelStyle: theme[.chartAxis])
    chart.render(
      into: &buffer,
      area: Rect(
        x: area.x, y: area.y + 1, width: area.width,
        height: area.height - 1), glyphs: model.chrome.ui)
  }

  /// The symbol eastbound points are drawn with when the theme gives both series one colour
  /// (monochrome, `NO_COLOR`): the legend's eastbound arrow, so the two lines differ by shape
  /// and the legend still says which is which. Nil (braille like westbound) otherwise.
  static func eastMark(_ theme: Theme, _ glyphs: DashboardGlyphs) -> String? {
    theme[.chartWest].foreground == theme[.chartEast].foreground ? glyphs.eastbound : nil
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
