import TermRender

/// The `L` overlay: what every mark, colour and train-id suffix on the screen means
/// (`LegendLines`), over the middle of the screen. Any key closes it.
enum LegendPane: PaneRenderer {
  struct Model: Equatable {
    var lines: [LegendLines.Line]
    var theme: Theme
    var ui: GlyphSet
  }

  static var isOverlay: Bool { true }

  static func lines(_ frame: FrameInputs) -> [LegendLines.Line] {
    LegendLines.lines(
      glyphs: frame.glyphs, corridor: frame.snapshot.corridor, late: frame.lateRule)
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    Model(lines: lines(frame), theme: frame.theme, ui: frame.ui)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    let markWidth = model.lines.map { $0.mark.displayWidth }.max() ?? 0
    let textWidth = model.lines.map { line in
      line.isHeading ? line.text.displayWidth - markWidth - 2 : line.text.displayWidth
    }.max() ?? 0
    let overlay = OverlayBox(theme: theme, ui: model.ui)
    let inner = overlay.draw(
      title: Pane.legend.title, width: markWidth + textWidth + 7, height: model.lines.count + 4,
      into: &buffer, area: area)
    let rows = max(0, inner.height - 2)
    // Cut short, the last row says how much is left out.
    let cut = model.lines.count > rows
    let shown = cut ? max(0, rows - 1) : rows
    for (i, line) in model.lines.prefix(shown).enumerated() {
      let spans: [Span]
      if line.isHeading {
        spans = [Span(" " + line.text, style: overlay.onBackground(.header))]
      } else {
        spans = [
          Span(" " + line.mark.padded(toWidth: markWidth) + "  ", style: overlay.onBackground(line.role ?? .text)),
          Span(line.text, style: theme[.text]),
        ]
      }
      buffer.put(
        spans: spans, x: inner.x, y: inner.y + 1 + i, maxWidth: inner.width,
        ellipsis: model.ui.ellipsis)
    }
    if cut, rows > 0 {
      buffer.put(
        " \(model.lines.count - shown) more lines on a taller terminal",
        x: inner.x, y: inner.y + 1 + shown, style: theme[.dimText], maxWidth: inner.width)
    }
  }
}
