import TermRender

/// The bordered box of a pane, styled by the theme and by whether the pane has focus: the part
/// of every bordered pane's model that says how its box looks.
struct PaneChrome: Equatable {
  var pane: Pane
  /// The pane's name as drawn: its caption in the frame's language (a kiosk's; English on
  /// the dashboard) where it has one, else `pane.title`.
  var name: String
  var focused: Bool
  var theme: Theme
  /// Widget symbols (borders); `glyphs` are the domain symbols of the same script.
  var ui: GlyphSet
  /// The words of the frame's language (a kiosk's; English on the dashboard), for panes a
  /// kiosk shows.
  var texts: Translations

  init(_ pane: Pane, _ frame: FrameInputs) {
    self.pane = pane
    let texts = frame.translations
    self.texts = texts
    self.name = Caption.title(of: pane).map { texts[$0] } ?? pane.title
    self.focused = frame.focused(pane)
    self.theme = frame.theme
    self.ui = frame.ui
  }

  var glyphs: DashboardGlyphs { .matching(ui) }

  /// Draws the pane's block with `title` (spans after the pane name) and returns its inner rect.
  @discardableResult
  func draw(title extra: [Span] = [], into buffer: inout Buffer, area: Rect) -> Rect {
    let title = [Span(name, style: theme[.title])] + extra
    let block = Block(
      border: focused ? .heavy : .rounded, title: title,
      borderStyle: focused ? theme[.focusedBorder] : theme[.paneBorder],
      titleStyle: Style(background: theme[.background].background),
      style: theme[.background])
    block.render(into: &buffer, area: area, glyphs: ui)
    return block.inner(area)
  }

  /// A dim ` · ` between title parts.
  var separator: Span { Span(" \(glyphs.dot) ", style: theme[.dimText]) }
}
