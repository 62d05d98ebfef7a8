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

  static func items(_ snapshot: SimSnapshot, glyphs: DashboardGlyphs) -> [Item] {
    let k = snapshot.kpis
    var items = [
      Item(
        label: "in transit",
        value: "\(k.trainsInTransit) trains \(glyphs.dot) "
          + "\(Formatting.count(k.teuInTransit)) TEU"),
      Item(label: "delivered today", value: "\(Formatting.count(k.teuDeliveredToday)) TEU"),
      Item(label: "this week", value: "\(Formatting.count(k.teuDeliveredThisWeek)) TEU"),
      Item(
        label: "mean transit",
        value: k.meanTransitDays.map { "\(Formatting.oneDecimal($0)) d" } ?? glyphs.none),
      Item(
        label: "on time",
        value: k.onTimePercent.map { "\(Int($0.rounded()))%" } ?? glyphs.none),
    ]
    items.append(Item(label: "worst queue", value: worstQueue(snapshot, glyphs: glyphs)))
    return items
  }

  /// The station with the longest queue (ties: the longest wait), e.g. `Małaszewicze 3 · 41h 00m`.
  static func worstQueue(_ snapshot: SimSnapshot, glyphs: DashboardGlyphs) -> String {
    let worst = snapshot.stations.lazy.filter { $0.queueLength > 0 }.max {
      ($0.queueLength, $0.longestWaitSeconds) < ($1.queueLength, $1.longestWaitSeconds)
    }
    guard let worst else { return "none" }
    let trains = worst.queueLength == 1 ? "1 train" : "\(worst.queueLength) trains"
    return
      "\(FrameMemo.shared.baseName(worst.name)) \(trains) \(glyphs.dot) \(Formatting.duration(worst.longestWaitSeconds))"
  }

  /// Draws the strip, reusing the last drawing while every item reads the same (`PaneMemo`).
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let items = items(context.snapshot, glyphs: context.glyphs)
    let key = PaneMemo.KPIKey(
      items: items, common: PaneMemo.CommonKey(nil, context: context, area: area))
    PaneMemo.shared.kpis.draw(into: &buffer, area: area, key: key) { pane, origin in
      draw(items, into: &pane, area: origin, context: context)
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
