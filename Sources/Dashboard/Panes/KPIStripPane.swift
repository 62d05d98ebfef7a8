import CorridorSim
import TermRender

/// The KPI strip under the header: label/value pairs that flow onto one or two lines.
///
/// The model holds the figures as numbers (a duration as shown), so the strip's text is built
/// only when a figure changes.
enum KPIStripPane: PaneRenderer {
  struct Model: Equatable {
    var trainsInTransit: Int
    var teuInTransit: Int
    var teuDeliveredToday: Int
    var teuDeliveredThisWeek: Int
    var meanTransitDays: Double?
    var onTimePercent: Double?
    /// `on time ≤1 d late`: the on-time share's definition (`LateRule`).
    var onTimeLabel: String
    /// The station with the longest queue: its name, queue length and wait as shown.
    var worstName: String?
    var worstQueue: Int
    var worstWait: ShownDuration
    var theme: Theme
    var glyphs: DashboardGlyphs
    var ellipsis: String
  }

  /// One KPI: a dim label and an emphasised value.
  struct Item: Equatable {
    var label: String
    var value: String
    var width: Int { DisplayWidth.of(label) + 1 + DisplayWidth.of(value) }
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let k = frame.snapshot.kpis
    let worst = worstStation(frame.snapshot)
    return Model(
      trainsInTransit: k.trainsInTransit, teuInTransit: k.teuInTransit,
      teuDeliveredToday: k.teuDeliveredToday, teuDeliveredThisWeek: k.teuDeliveredThisWeek,
      meanTransitDays: k.meanTransitDays, onTimePercent: k.onTimePercent,
      onTimeLabel: frame.lateRule.onTimeLabel(frame.glyphs),
      worstName: worst?.name, worstQueue: worst?.queueLength ?? 0,
      worstWait: ShownDuration(worst?.longestWaitSeconds ?? 0), theme: frame.theme,
      glyphs: frame.glyphs, ellipsis: frame.ui.ellipsis)
  }

  /// The station with the longest queue (ties: the longest wait), if any has a queue.
  static func worstStation(_ snapshot: SimSnapshot) -> StationSnapshot? {
    snapshot.stations.lazy.filter { $0.queueLength > 0 }.max {
      ($0.queueLength, $0.longestWaitSeconds) < ($1.queueLength, $1.longestWaitSeconds)
    }
  }

  /// The KPIs in display order. Figures are right-aligned in the width of their usual
  /// range, so the strip keeps its layout as they change (easier to read at a glance, and a
  /// frame sends only the digits that changed, not the rest of the line shifted).
  static func items(_ model: Model) -> [Item] {
    let glyphs = model.glyphs
    func figure(_ text: String, _ width: Int) -> String {
      Formatting.rightAligned(text, width: width)
    }
    return [
      Item(
        label: "in transit",
        value: "\(figure(String(model.trainsInTransit), 3)) trains \(glyphs.dot) "
          + "\(figure(Formatting.count(model.teuInTransit), 6)) TEU"),
      Item(
        label: "delivered today",
        value: "\(figure(Formatting.count(model.teuDeliveredToday), 5)) TEU"),
      Item(
        label: "this week",
        value: "\(figure(Formatting.count(model.teuDeliveredThisWeek), 6)) TEU"),
      Item(
        label: "mean transit",
        value: figure(
          model.meanTransitDays.map { "\(Formatting.oneDecimal($0)) d" } ?? glyphs.none, 6)),
      Item(
        label: model.onTimeLabel,
        value: figure(model.onTimePercent.map { "\(Int($0.rounded()))%" } ?? glyphs.none, 4)),
      Item(label: "worst queue", value: worstQueue(model)),
    ]
  }

  /// The worst queue, e.g. `Małaszewicze 3 trains · 41h 00m`, or `none`.
  static func worstQueue(_ model: Model) -> String {
    guard let name = model.worstName else { return "none" }
    let trains = model.worstQueue == 1 ? "1 train" : "\(model.worstQueue) trains"
    return "\(StationNames.base(name)) \(trains) \(model.glyphs.dot) \(model.worstWait.text)"
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    buffer.fill(area, with: .blank(theme[.background]))
    let separator = " \(model.glyphs.bar) "
    let sepWidth = DisplayWidth.of(separator)
    var x = area.x + 1
    var y = area.y
    var first = true
    for item in items(model) {
      let needed = item.width + (first ? 0 : sepWidth)
      if !first, x + needed > area.maxX - 1 {
        if y + 1 < area.maxY {
          y += 1
          x = area.x + 1
          first = true
        } else if area.maxX - 1 - x < sepWidth + DisplayWidth.of(item.label) + 8 {
          // The last line is full: an item with no room for its label and a few figures is
          // left out rather than shown as a label alone.
          break
        }
      }
      if !first {
        x += buffer.put(separator, x: x, y: y, style: theme[.paneBorder], maxWidth: area.maxX - x)
      }
      x += buffer.put(item.label + " ", x: x, y: y, style: theme[.dimText], maxWidth: area.maxX - x)
      let room = area.maxX - 1 - x
      x += buffer.put(
        item.value.truncated(toWidth: room, ellipsis: model.ellipsis), x: x, y: y,
        style: theme[.text].adding(.bold), maxWidth: room)
      first = false
    }
  }
}
