import CorridorSim
import TermRender

/// The route-progress pane: the corridor line with every train, then progress bars for the
/// selected train and the leading one (furthest along, not arrived).
enum RouteView {
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
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
    guard inner.height >= 3, inner.width >= 10 else { return }
    let compact = inner.height < 6
    let line = Rect(
      x: inner.x + 1, y: inner.y, width: inner.width - 2,
      height: compact ? 3 : 4)
    RouteLineView.draw(into: &buffer, area: line, context: context, compact: compact)

    var barRow = line.maxY
    if let selected = context.selected, barRow < inner.maxY {
      drawBar(
        for: selected, tag: "sel", into: &buffer,
        row: Rect(
          x: inner.x + 1, y: barRow, width: inner.width - 2, height: 1), context: context)
      barRow += 1
    }
    if let lead = leader(context), barRow < inner.maxY {
      drawBar(
        for: lead, tag: "lead", into: &buffer,
        row: Rect(
          x: inner.x + 1, y: barRow, width: inner.width - 2, height: 1), context: context)
    }
  }

  /// `Zhengzhou ⇄ Liège · 10,635 km`.
  static func endsTitle(_ corridor: CorridorLine, _ glyphs: DashboardGlyphs) -> String {
    guard let first = corridor.stops.first, let last = corridor.stops.last else { return "" }
    let memo = FrameMemo.shared  // base names are remembered: this runs every frame
    return "\(memo.baseName(first.name)) \(glyphs.bothWays) \(memo.baseName(last.name))"
      + " \(glyphs.dot) \(Formatting.count(Int(corridor.totalKm.rounded()))) km"
  }

  /// The train furthest along its route that has not arrived, other than the selected one.
  static func leader(_ context: FrameContext) -> TrainSnapshot? {
    let trains = context.snapshot.trains
    let selectedID = context.selected?.id
    var best: Int?
    for i in trains.indices where trains[i].arrivedAt == nil && trains[i].id != selectedID {
      // Furthest along wins; on a tie the snapshot's (id) order keeps the first.
      if best.map({ trains[i].progress > trains[$0].progress }) ?? true { best = i }
    }
    return best.map { trains[$0] }
  }

  /// `sel  X8044-0305W ▶ ████████░░░░ 42%  next Petukhovo · ETA 6d 02h · +3h 00m`.
  static func drawBar(
    for train: TrainSnapshot, tag: String, into buffer: inout Buffer,
    row: Rect, context: FrameContext
  ) {
    let theme = context.theme
    var x = row.x
    x += buffer.put(tag.padded(toWidth: 5), x: x, y: row.y, style: theme[.dimText])
    x += buffer.put(
      train.id + " ", x: x, y: row.y, style: theme[.text].adding(.bold),
      maxWidth: row.maxX - x)
    x += buffer.put(
      context.glyphs.marker(for: train) + " ", x: x, y: row.y,
      style: context.statusStyle(train), maxWidth: row.maxX - x)
    let barWidth = min(40, max(10, row.width / 4))
    guard x + barWidth + 5 <= row.maxX else { return }
    ProgressBar(
      ratio: train.progress, placement: .beside,
      filledStyle: theme[.progressFill], trackStyle: theme[.progressTrack],
      labelStyle: theme[.text]
    )
    .render(
      into: &buffer, area: Rect(x: x, y: row.y, width: barWidth + 5, height: 1),
      glyphs: context.ui)
    x += barWidth + 5
    let dot = context.glyphs.dot
    let next = train.nextStop.map { context.stationNames[$0] ?? $0 } ?? context.glyphs.none
    let spans = [
      Span("  next ", style: theme[.dimText]), Span(next, style: theme[.text]),
      Span(" \(dot) ETA ", style: theme[.dimText]),
      Span(TrainText.eta(train, now: context.snapshot.time), style: theme[.text]),
      Span(" \(dot) ", style: theme[.dimText]),
      Span(Formatting.delay(train.delaySeconds), style: context.statusStyle(train)),
    ]
    buffer.put(
      spans: spans, x: x, y: row.y, maxWidth: row.maxX - x,
      ellipsis: context.ui.ellipsis)
  }
}
