import CorridorSim
import TermRender

/// The events pane: newest first, each with a severity glyph and colour, scrollable when
/// focused.
enum EventsView {
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let theme = context.theme
    let events = context.snapshot.recentEvents
    let scroll = min(context.state.eventScroll, max(0, events.count - 1))
    var title = [
      PaneChrome.separator(context),
      Span("newest first", style: theme[.dimText]),
    ]
    if scroll > 0 { title.append(Span(" (\(scroll) back)", style: theme[.dimText])) }
    let inner = PaneChrome.draw(
      .events, title: title, into: &buffer, area: area,
      context: context)
    guard !inner.isEmpty else { return }
    if events.isEmpty {
      buffer.put("no events yet", x: inner.x + 1, y: inner.y, style: theme[.dimText])
      return
    }
    // Newest first: walk the log backwards from the scroll position, one line per event.
    let newest = events.count - 1 - scroll
    for row in 0..<inner.height {
      let index = newest - row
      guard index >= 0 else { break }
      let event = events[index]
      let style = theme[role(event.severity)]
      let spans = [
        Span(" " + context.glyphs.severity(event.severity) + " ", style: style),
        Span(context.clock.short(event.time) + "  ", style: theme[.dimText]),
        Span(event.message, style: event.severity >= .warning ? style : theme[.text]),
      ]
      buffer.put(
        spans: spans, x: inner.x, y: inner.y + row, maxWidth: inner.width,
        ellipsis: context.ui.ellipsis)
    }
  }

  static func role(_ severity: SimEvent.Severity) -> ThemeRole {
    switch severity {
    case .info: .severityInfo
    case .notice: .severityNotice
    case .warning: .severityWarning
    case .critical: .severityCritical
    }
  }
}
