import TermRender

/// The `?` overlay: every key from `KeyMap.bindings` (the same table the README lists), over
/// the middle of the screen. Any key closes it.
enum HelpOverlay {
  static func draw(into buffer: inout Buffer, screen: Rect, context: FrameContext) {
    let theme = context.theme
    let rows = KeyMap.bindings
    let keysWidth = rows.map { context.glyphs.keys($0.keys).displayWidth }.max() ?? 0
    let textWidth = rows.map { $0.summary.displayWidth }.max() ?? 0
    let wanted = Rect(x: 0, y: 0, width: keysWidth + textWidth + 7, height: rows.count + 4)
    let box = screen.centered(width: wanted.width, height: wanted.height)
    let block = Block(
      border: .double,
      title: [
        Span("Keys", style: theme[.title]),
        Span(" \(context.glyphs.dot) any key closes", style: theme[.dimText]),
      ],
      borderStyle: theme[.focusedBorder], style: theme[.background])
    block.render(into: &buffer, area: box, glyphs: context.ui)
    let inner = block.inner(box)
    // Key hints' colour and weight on the overlay's background, not the status bar's.
    let keyStyle = Style(
      foreground: theme[.keyHint].foreground,
      background: theme[.background].background,
      attributes: theme[.keyHint].attributes)
    for (i, binding) in rows.enumerated() where i + 1 < inner.height {
      let spans = [
        Span(
          " " + context.glyphs.keys(binding.keys).padded(toWidth: keysWidth) + "  ", style: keyStyle
        ),
        Span(binding.summary, style: theme[.text]),
      ]
      buffer.put(
        spans: spans, x: inner.x, y: inner.y + 1 + i, maxWidth: inner.width,
        ellipsis: context.ui.ellipsis)
    }
  }
}
