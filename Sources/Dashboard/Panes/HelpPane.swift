import TermRender

/// The `?` overlay: every key from `KeyMap.bindings` (the same table the README lists), over
/// the middle of the screen. Any key closes it. An overlay: it paints only its box, so the
/// panes stay visible around it.
enum HelpPane: PaneRenderer {
  struct Model: Equatable {
    var theme: Theme
    var ui: GlyphSet
  }

  static var isOverlay: Bool { true }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    Model(theme: frame.theme, ui: frame.ui)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    let glyphs: DashboardGlyphs = .matching(model.ui)
    let rows = KeyMap.bindings
    let keysWidth = rows.map { glyphs.keys($0.keys).displayWidth }.max() ?? 0
    let textWidth = rows.map { $0.summary.displayWidth }.max() ?? 0
    // A blank row above and below the keys when the screen has room; at 80×24 every key
    // row matters more.
    let margin = rows.count + 4 <= area.height ? 1 : 0
    let overlay = OverlayBox(theme: theme, ui: model.ui)
    let inner = overlay.draw(
      title: Pane.help.title, width: keysWidth + textWidth + 7,
      height: rows.count + 2 + 2 * margin, into: &buffer, area: area)
    // Key hints' colour and weight on the overlay's background, not the status bar's.
    let keyStyle = overlay.onBackground(.keyHint)
    for (i, binding) in rows.enumerated() where i + margin < inner.height {
      let spans = [
        Span(" " + glyphs.keys(binding.keys).padded(toWidth: keysWidth) + "  ", style: keyStyle),
        Span(binding.summary, style: theme[.text]),
      ]
      buffer.put(
        spans: spans, x: inner.x, y: inner.y + margin + i, maxWidth: inner.width,
        ellipsis: model.ui.ellipsis)
    }
  }
}
