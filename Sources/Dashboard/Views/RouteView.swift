import CorridorSim
import TermRender

/// The route-progress pane: the corridor line with every train, then progress bars for the
/// selected train and the leading one (furthest along, not arrived).
///
/// The pane is drawn in layers, in this order: the static part (chrome, line, station marks and
/// labels: `drawStatic`), the train markers (`RouteLineView.markers`) and the progress bars
/// (`bars`). The layers after the first touch only their own rows, which lets `RouteMemo`
/// keep the static part and redraw only the rows whose markers or bars changed.
enum RouteView {
  /// Where the dynamic layers go in a pane drawn by `drawStatic`.
  struct Layout: Equatable {
    var line: RouteLineView.Rows
    /// Rows for the progress bars, top first (none, one or two, as the pane's height allows).
    var barRows: [Rect]
  }

  /// Draws the pane, reusing what `RouteMemo` remembers of the last one.
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    RouteMemo.shared.draw(into: &buffer, area: area, context: context)
  }

  /// The pane drawn without the memo: every remembered drawing must equal this.
  static func drawAfresh(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    guard let layout = drawStatic(into: &buffer, area: area, context: context) else { return }
    RouteLineView.markers(rows: layout.line, context: context)
      .draw(into: &buffer, context: context)
    for (bar, row) in zip(bars(layout, context), layout.barRows) {
      bar.draw(into: &buffer, row: row, context: context)
    }
  }

  /// Chrome, title, line, station marks and labels; nil when the pane is too small for more.
  ///
  /// Reads only the corridor, the area's size, the theme, the glyph set and whether the pane
  /// has focus (`RouteMemo.StaticKey`).
  static func drawStatic(into buffer: inout Buffer, area: Rect, context: FrameContext) -> Layout? {
    let theme = context.theme
    let glyphs = context.glyphs
    let corridor = context.snapshot.corridor
    var title: [Span] = []
    let ends = endsTitle(corridor, glyphs)
    if !ends.isEmpty { title += [PaneChrome.separator(context), Span(ends, style: theme[.text])] }
    if area.width >= 110 {
      title += [
        PaneChrome.separator(context),
        Span("\(glyphs.standardGauge) 1435 mm ", style: theme[.routeLine]),
        Span("\(glyphs.broadGauge) 1520 mm ", style: theme[.routeLine]),
        Span("\(glyphs.border) border ", style: theme[.routeBorder]),
        Span("\(glyphs.gaugeChange) gauge change", style: theme[.routeGaugeChange]),
      ]
    }
    let inner = PaneChrome.draw(.route, title: title, into: &buffer, area: area, context: context)
    guard inner.height >= 3, inner.width >= 10 else { return nil }
    let compact = inner.height < 6
    let line = RouteLineView.Rows(
      area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: compact ? 3 : 4),
      compact: compact)
    RouteLineView.drawLine(into: &buffer, rows: line, context: context)
    let barRows = [line.area.maxY, line.area.maxY + 1].filter { $0 < inner.maxY }.map {
      Rect(x: inner.x + 1, y: $0, width: inner.width - 2, height: 1)
    }
    return Layout(line: line, barRows: barRows)
  }

  /// The progress bars to draw, top first: the selected train's, then the leader's. The first
  /// goes on the first bar row, the second on the next (when the pane has one).
  static func bars(_ layout: Layout, _ context: FrameContext) -> [RouteBar] {
    let width = layout.barRows.first?.width ?? 0
    var bars: [RouteBar] = []
    if let row = context.selectedRow {
      let train = context.order[row]
      bars.append(
        RouteBar.showing(
          context.snapshot.trains[train], tag: "sel", rowWidth: width, context: context))
    }
    if let lead = leaderIndex(context) {
      bars.append(
        RouteBar.showing(
          context.snapshot.trains[lead], tag: "lead", rowWidth: width, context: context))
    }
    return bars
  }

  /// `Zhengzhou ⇄ Liège · 10,635 km`.
  static func endsTitle(_ corridor: CorridorLine, _ glyphs: DashboardGlyphs) -> String {
    guard let first = corridor.stops.first, let last = corridor.stops.last else { return "" }
    let memo = FrameMemo.shared  // base names are remembered: this runs every frame
    return "\(memo.baseName(first.name)) \(glyphs.bothWays) \(memo.baseName(last.name))"
      + " \(glyphs.dot) \(Formatting.count(Int(corridor.totalKm.rounded()))) km"
  }

  /// The index in the snapshot's trains of the train furthest along its route that has not
  /// arrived, other than the selected one (an index: no train is copied).
  static func leaderIndex(_ context: FrameContext) -> Int? {
    let trains = context.snapshot.trains
    let selectedID = context.selectedRow.map { trains[context.order[$0]].id }
    var best: Int?
    var bestProgress = 0.0
    for i in trains.indices {
      // Furthest along wins; on a tie the snapshot's (id) order keeps the first. Progress is
      // compared first: it rules out most trains without looking at their ids.
      guard best == nil || trains[i].progress > bestProgress,
        trains[i].arrivedAt == nil, trains[i].id != selectedID
      else { continue }
      best = i
      bestProgress = trains[i].progress
    }
    return best
  }
}
