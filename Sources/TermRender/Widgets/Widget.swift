/// Anything that draws itself into a rect of a buffer with a glyph set.
///
/// Widgets are values holding their data and styles; drawing is pure (no I/O), so panes can
/// be composed, tested as text, and rendered headless exactly as on screen.
public protocol Widget: Sendable {
  /// Draws into `area` of `buffer`, never outside it; an empty area draws nothing.
  func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet)
}

extension Label: Widget {}
extension Paragraph: Widget {}
extension Block: Widget {}
extension Scrollbar: Widget {}
extension ProgressBar: Widget {}
extension HorizontalBarChart: Widget {}
extension Sparkline: Widget {}
extension BrailleChart: Widget {}
