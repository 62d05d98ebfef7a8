import TermRender

/// The box of an overlay (help, legend): double border, centred over the screen, its title
/// followed by how to close it ("any key closes"), and styles for marks drawn on its
/// background.
struct OverlayBox {
  var theme: Theme
  var ui: GlyphSet

  /// Draws a `width` × `height` box centred in `area`, `hint` after its title, and returns
  /// its inner rect.
  func draw(
    title: String, width: Int, height: Int, hint: String = "any key closes",
    into buffer: inout Buffer, area: Rect
  ) -> Rect {
    let glyphs: DashboardGlyphs = .matching(ui)
    let box = area.centered(width: width, height: height)
    let block = Block(
      border: .double,
      title: [
        Span(title, style: theme[.title]),
        Span(" \(glyphs.dot) \(hint)", style: theme[.dimText]),
      ],
      borderStyle: theme[.focusedBorder], style: theme[.background])
    block.render(into: &buffer, area: box, glyphs: ui)
    return block.inner(box)
  }

  /// `role`'s colour and weight on the overlay's background, not the role's own.
  func onBackground(_ role: ThemeRole) -> Style {
    Style(
      foreground: theme[role].foreground, background: theme[.background].background,
      attributes: theme[role].attributes)
  }
}
