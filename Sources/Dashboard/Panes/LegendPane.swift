import TermRender

/// The `L` overlay: what every mark, colour and train-id suffix on the screen means
/// (`LegendLines`), over the middle of the screen, its lines wrapped to the box
/// (`LegendLayout`). Where it does not fit, ↑ ↓ PgUp PgDn Home End scroll it and its last row
/// says which rows show; any other key closes it.
enum LegendPane: PaneRenderer {
  struct Model: Equatable {
    var layout: LegendLayout
    var scroll: Int
    var theme: Theme
    var ui: GlyphSet
  }

  static var isOverlay: Bool { true }

  static func lines(_ frame: FrameInputs) -> [LegendLines.Line] {
    LegendLines.lines(
      glyphs: frame.glyphs, corridor: frame.snapshot.corridor, late: frame.lateRule)
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let layout = LegendLayout(lines: lines(frame), area: area)
    return Model(
      layout: layout, scroll: layout.clamped(frame.state.legendScroll), theme: frame.theme,
      ui: frame.ui)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    let layout = model.layout
    let overlay = OverlayBox(theme: theme, ui: model.ui)
    let glyphs: DashboardGlyphs = .matching(model.ui)
    let inner = overlay.draw(
      title: Pane.legend.title, width: layout.box.width, height: layout.box.height,
      hint: layout.fits ? "any key closes" : "\(glyphs.upDownKeys) scroll, other keys close",
      into: &buffer, area: area)
    let shown = layout.rows[model.scroll..<min(layout.rows.count, model.scroll + layout.shown)]
    for (i, row) in shown.enumerated() {
      let spans: [Span]
      if row.isHeading {
        // In the pane titles' colour: the header role's is made for its own bar (white on
        // blue in the light theme), and on the box's background it vanished.
        spans = [Span(" " + row.text, style: overlay.onBackground(.title))]
      } else {
        // Only the mark in its role's style: an underlined role (held, in monochrome) must
        // not underline the gap after it.
        let gap = String(repeating: " ", count: layout.markWidth - row.mark.displayWidth + 2)
        spans = [
          Span(" ", style: theme[.text]),
          Span(row.mark, style: overlay.onBackground(row.role ?? .text)),
          Span(gap, style: theme[.text]),
          Span(row.text, style: theme[.text]),
        ]
      }
      buffer.put(
        spans: spans, x: inner.x, y: inner.y + 1 + i, maxWidth: inner.width,
        ellipsis: model.ui.ellipsis)
    }
    if !layout.fits, layout.room > 0 {
      let first = model.scroll + 1
      let last = model.scroll + shown.count
      buffer.put(
        " rows \(first)–\(last) of \(layout.rows.count)",
        x: inner.x, y: inner.y + 1 + layout.shown, style: theme[.dimText], maxWidth: inner.width)
    }
  }
}
