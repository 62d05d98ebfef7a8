import CorridorSim
import TermRender

/// The KPI strip under the header: label/value pairs that flow onto one or two lines.
enum KPIStripView {
  /// One KPI: a dim label and an emphasised value.
  struct Item: Equatable {
    var label: String
    var value: String
    var width: Int { DisplayWidth.of(label) + 1 + DisplayWidth.of(value) }
  }

  /// The KPIs in display order. Figures are right-aligned in the width of their usual
  /// range, so the strip keeps its layout as they change (easier to read at a glance, and a
  /// frame sends only the digits that changed, not the rest of the line shifted).
  static func items(_ snapshot: SimSnapshot, glyphs: DashboardGlyphs) -> [Item] {
    let k = snapshot.kpis
    func figure(_ text: String, _ width: Int) -> String {
      Formatting.rightAligned(text, width: width)
    }
    var items = [
      Item(
        label: "in transit",
        value: "\(figure(String(k.trainsInTransit), 3)) trains \(glyphs.dot) "
          + "\(figure(Formatting.count(k.teuInTransit), 6)) TEU"),
      Item(
        label: "delivered today",
        value: "\(figure(Formatting.count(k.teuDeliveredToday), 5)) TEU"),
      Item(
        label: "this week",
        value: "\(figure(Formatting.count(k.teuDeliveredThisWeek), 6)) TEU"),
      Item(
        label: "mean transit",
        value: figure(k.meanTransitDays.map { "\(Formatting.oneDecimal($0)) d" } ?? glyphs.none, 6)),
      Item(
        label: "on time",
        value: figure(k.onTimePercent.map { "\(Int($0.rounded()))%" } ?? glyphs.none, 4)),
    ]
    items.append(Item(label: "worst queue", value: worstQueue(snapshot, glyphs: glyphs)))
    return items
  }

  /// The station with the longest queue (ties: the longest wait), e.g. `Małaszewicze 3 · 41h 00m`.
  static func worstQueue(_ snapshot: SimSnapshot, glyphs: DashboardGlyphs) -> String {
    guard let worst = worstStation(snapshot) else { return "none" }
    let trains = worst.queueLength == 1 ? "1 train" : "\(worst.queueLength) trains"
    return
      "\(FrameMemo.shared.baseName(worst.name)) \(trains) \(glyphs.dot) \(Formatting.duration(worst.longestWaitSeconds))"
  }

  /// The station `worstQueue` names, if any station has a queue.
  static func worstStation(_ snapshot: SimSnapshot) -> StationSnapshot? {
    snapshot.stations.lazy.filter { $0.queueLength > 0 }.max {
      ($0.queueLength, $0.longestWaitSeconds) < ($1.queueLength, $1.longestWaitSeconds)
    }
  }

  /// Draws the strip, reusing the last drawing while every figure reads the same
  /// (`PaneMemo`); the items' text is built only when one does not.
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let key = PaneMemo.KPIKey(
      figures: PaneMemo.KPIFigures(context.snapshot),
      common: PaneMemo.CommonKey(nil, context: context, area: area))
    PaneMemo.shared.kpis.draw(
      into: &buffer, area: area, key: key, ledger: context.ledger
    ) { pane, origin in
      draw(
        items(context.snapshot, glyphs: context.glyphs), into: &pane, area: origin,
        context: context)
    }
  }

  static func draw(
    _ items: [Item], into buffer: inout Buffer, area: Rect, context: FrameContext
  ) {
    let theme = context.theme
    buffer.fill(area, with: .blank(theme[.background]))
    let separator = " \(context.glyphs.bar) "
    let sepWidth = DisplayWidth.of(separator)
    var x = area.x + 1
    var y = area.y
    var first = true
    for item in items {
      let needed = item.width + (first ? 0 : sepWidth)
      if !first, x + needed > area.maxX - 1 {
        guard y + 1 < area.maxY else { break }
        y += 1
        x = area.x + 1
        first = true
      }
      if !first {
        x += buffer.put(separator, x: x, y: y, style: theme[.paneBorder], maxWidth: area.maxX - x)
      }
      x += buffer.put(item.label + " ", x: x, y: y, style: theme[.dimText], maxWidth: area.maxX - x)
      x += buffer.put(
        item.value, x: x, y: y, style: theme[.text].adding(.bold),
        maxWidth: area.maxX - x)
      first = false
    }
  }
}
