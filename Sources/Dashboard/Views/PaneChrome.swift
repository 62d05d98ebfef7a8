import TermRender

/// The bordered box of a pane, styled by the theme and by whether the pane has focus.
enum PaneChrome {
  /// Draws the pane's block with `title` (spans after the pane name) and returns its inner rect.
  static func draw(
    _ pane: Pane, title extra: [Span] = [], into buffer: inout Buffer,
    area: Rect, context: FrameContext
  ) -> Rect {
    let theme = context.theme
    let focused = context.state.focus == pane
    let title = [Span(pane.title, style: theme[.title])] + extra
    let block = Block(
      border: focused ? .heavy : .rounded, title: title,
      borderStyle: focused ? theme[.focusedBorder] : theme[.paneBorder],
      titleStyle: Style(background: theme[.background].background),
      style: theme[.background])
    block.render(into: &buffer, area: area, glyphs: context.ui)
    return block.inner(area)
  }

  /// A dim ` · ` between title parts.
  static func separator(_ context: FrameContext) -> Span {
    Span(" \(context.glyphs.dot) ", style: context.theme[.dimText])
  }
}
