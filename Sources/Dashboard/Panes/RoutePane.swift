import CorridorSim
import TermRender

/// The route-progress pane: the corridor line with every train, then progress bars for the
/// selected train and the leading one (furthest along, not arrived).
///
/// Drawn in two layers. The base (box, title, line, station marks and labels) depends only on
/// the corridor, the theme, the glyphs and focus, and stays drawn for as long as they hold;
/// the top layer (train markers and the two bars) is drawn over it when it changes.
enum RoutePane: LayeredPaneRenderer {
  /// What the base layer shows.
  struct Base: Equatable {
    var chrome: PaneChrome
    var corridor: CorridorLine
  }

  /// What is drawn over the base: the markers and the bars, as shown.
  struct Top: Equatable {
    var markers: RouteMarkers?
    var bars: [RouteBar]
  }

  /// Where the line and the bars go in a pane drawn at `area`.
  struct Layout: Equatable {
    var line: RouteLine.Rows
    /// Rows for the progress bars, top first (none, one or two, as the pane's height allows).
    var barRows: [Rect]
  }

  /// The layout of a pane at `area`; nil when it is too small for the line.
  static func layout(_ area: Rect) -> Layout? {
    let inner = area.inset(by: 1)
    guard inner.height >= 3, inner.width >= 10 else { return nil }
    let compact = inner.height < 6
    let line = RouteLine.Rows(
      area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: compact ? 3 : 4),
      compact: compact)
    let barRows = [line.area.maxY, line.area.maxY + 1].filter { $0 < inner.maxY }.map {
      Rect(x: inner.x + 1, y: $0, width: inner.width - 2, height: 1)
    }
    return Layout(line: line, barRows: barRows)
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let base = Base(chrome: PaneChrome(.route, frame), corridor: frame.snapshot.corridor)
    guard let layout = layout(area) else {
      return Model(base: base, top: Top(markers: nil, bars: []))
    }
    let width = layout.barRows.first?.width ?? 0
    var bars: [RouteBar] = []
    if let selected = frame.selected {
      bars.append(RouteBar.showing(selected, tag: "sel", rowWidth: width, frame: frame))
    }
    if let lead = leaderIndex(frame) {
      bars.append(
        RouteBar.showing(frame.snapshot.trains[lead], tag: "lead", rowWidth: width, frame: frame))
    }
    return Model(
      base: base,
      top: Top(
        markers: RouteLine.markers(rows: layout.line, frame: frame),
        bars: Array(bars.prefix(layout.barRows.count))))
  }

  static func drawBase(_ base: Base, into buffer: inout Buffer, area: Rect) {
    let chrome = base.chrome
    let theme = chrome.theme
    let glyphs = chrome.glyphs
    var title: [Span] = []
    let ends = endsTitle(base.corridor, glyphs)
    if !ends.isEmpty { title += [chrome.separator, Span(ends, style: theme[.text])] }
    if area.width >= 110 {
      title += [
        chrome.separator,
        // The gauge marks in the line's colour, their words as secondary text: a line only
        // has to be seen (3:1 against the background), words have to be read (4.5:1).
        Span(glyphs.standardGauge, style: theme[.routeLine]),
        Span(" 1435 mm ", style: theme[.dimText]),
        Span(glyphs.broadGauge, style: theme[.routeLine]),
        Span(" 1520 mm ", style: theme[.dimText]),
        Span("\(glyphs.border) border ", style: theme[.routeBorder]),
        Span("\(glyphs.gaugeChange) gauge change", style: theme[.routeGaugeChange]),
      ]
      // The branch only when it fits whole: cut, "┬ branc…" says nothing (the legend has it).
      if let branch = branchText(base.corridor, glyphs) {
        let span = Span(" \(branch)", style: theme[.routeStation])
        let used = DisplayWidth.of(chrome.pane.title) + title.reduce(0) { $0 + $1.width }
        if used + span.width <= area.width - 4 { title.append(span) }
      }
    }
    chrome.draw(title: title, into: &buffer, area: area)
    guard let layout = layout(area) else { return }
    RouteLine.drawLine(base.corridor, into: &buffer, rows: layout.line, chrome: chrome)
  }

  static func drawTop(_ top: Top, base: Base, into buffer: inout Buffer, area: Rect) {
    guard let layout = layout(area) else { return }
    top.markers?.draw(into: &buffer, chrome: base.chrome)
    for (bar, row) in zip(top.bars, layout.barRows) {
      bar.draw(into: &buffer, row: row, chrome: base.chrome)
    }
  }

  /// `┬ Berlin–Hamburg`: the branches off the line, each from its junction, or nil when the
  /// corridor has none. Trains on a branch are drawn at its junction's `┬`.
  static func branchText(_ corridor: CorridorLine, _ glyphs: DashboardGlyphs) -> String? {
    guard !corridor.branches.isEmpty else { return nil }
    let names = Dictionary(
      corridor.stops.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let parts = corridor.branches.map { branch in
      let junction = StationNames.base(names[branch.junction] ?? branch.junction)
      let ends = branch.names.map { StationNames.base($0) }.joined(separator: ", ")
      return "\(junction)\(glyphs.between)\(ends)"
    }
    return "\(glyphs.branch) branch \(parts.joined(separator: ", "))"
  }

  /// `Zhengzhou ⇄ Liège · 10,635 km`.
  static func endsTitle(_ corridor: CorridorLine, _ glyphs: DashboardGlyphs) -> String {
    guard let first = corridor.stops.first, let last = corridor.stops.last else { return "" }
    return
      "\(StationNames.base(first.name)) \(glyphs.bothWays) \(StationNames.base(last.name))"
      + " \(glyphs.dot) \(Formatting.count(Int(corridor.totalKm.rounded()))) km"
  }

  /// The index in the snapshot's trains of the train furthest along its route that has not
  /// arrived, other than the selected one (an index: no train is copied).
  static func leaderIndex(_ frame: FrameInputs) -> Int? {
    let trains = frame.snapshot.trains
    let selected = frame.selectedRow.map { frame.order[$0] }
    var best: Int?
    var bestProgress = 0.0
    for i in trains.indices {
      // Furthest along wins; on a tie the snapshot's (id) order keeps the first. Progress is
      // compared first: it rules out most trains at once.
      guard best == nil || trains[i].progress > bestProgress,
        trains[i].arrivedAt == nil, i != selected
      else { continue }
      best = i
      bestProgress = trains[i].progress
    }
    return best
  }
}
