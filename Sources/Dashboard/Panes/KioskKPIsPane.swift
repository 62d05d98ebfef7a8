import CorridorSim
import TermRender

/// The kiosk's big KPIs beside the map: trains in transit, TEU delivered this week, mean
/// transit days (the KPI strip's figures, from the same snapshot), each figure drawn by
/// `KioskFigures` in the box it gets, and the Zhengzhou (CST) and Liège (corridor) clocks.
enum KioskKPIsPane: PaneRenderer {
  struct Model: Equatable {
    /// Each KPI's figure as shown and its label.
    var figures: [Figure]
    /// Each clock's place and time with its zone.
    var clocks: [Figure]
    var theme: Theme
    var ui: GlyphSet
  }

  /// A value and what it is.
  struct Figure: Equatable {
    var value: String
    var label: String
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let k = frame.snapshot.kpis
    let texts = frame.translations
    let clocks = frame.clock.clocks(frame.snapshot.time)
    return Model(
      figures: [
        Figure(value: String(k.trainsInTransit), label: texts[.kpiTrainsInTransit]),
        Figure(value: Formatting.count(k.teuDeliveredThisWeek), label: texts[.kpiTEUThisWeek]),
        Figure(
          value: k.meanTransitDays.map(Formatting.oneDecimal) ?? frame.glyphs.none,
          label: texts[.kpiMeanTransitDays]),
      ],
      clocks: [
        Figure(value: clocks.china, label: texts[.clockChina]),
        Figure(value: clocks.corridor, label: texts[.clockLiege]),
      ],
      theme: frame.theme, ui: frame.ui)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    let block = Block(
      border: .rounded, borderStyle: theme[.paneBorder], style: theme[.background])
    block.render(into: &buffer, area: area, glyphs: model.ui)
    let box = block.inner(area)
    let inner = Rect(x: box.x + 1, y: box.y, width: max(0, box.width - 2), height: box.height)
    guard inner.width > 0, inner.height > 0 else { return }
    // The clocks take a row each at the bottom, under a blank row; the figures share the rest.
    let clockRows = min(inner.height, model.clocks.count + 1)
    let figureHeight = inner.height - clockRows
    let each = model.figures.isEmpty ? 0 : figureHeight / model.figures.count
    for (i, figure) in model.figures.enumerated() where each >= 2 {
      let top = inner.y + i * each
      // The figure fills its box but the last row, which holds its label.
      KioskFigures.draw(
        figure.value, into: &buffer,
        area: Rect(x: inner.x, y: top, width: inner.width, height: each - 1),
        style: theme[.title], unicode: model.ui.hasUnicodeSymbols)
      centre(figure.label, in: inner, y: top + each - 1, style: theme[.dimText], into: &buffer)
    }
    for (i, clock) in model.clocks.enumerated() {
      let y = inner.maxY - model.clocks.count + i
      guard y >= inner.y + figureHeight else { continue }
      let label = clock.label
      buffer.put(label, x: inner.x, y: y, style: theme[.dimText], maxWidth: inner.width)
      let x = max(inner.x + label.displayWidth + 1, inner.maxX - clock.value.displayWidth)
      buffer.put(
        clock.value, x: x, y: y, style: theme[.text].adding(.bold), maxWidth: inner.maxX - x)
    }
  }

  /// `text` centred on row `y` of `area`, cut to its width.
  static func centre(_ text: String, in area: Rect, y: Int, style: Style, into buffer: inout Buffer)
  {
    let width = min(area.width, text.displayWidth)
    buffer.put(
      text, x: area.x + (area.width - width) / 2, y: y, style: style, maxWidth: area.width)
  }
}
