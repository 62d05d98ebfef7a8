import CorridorSim
import TermRender

/// The events pane: newest first, each with a severity glyph and colour, scrollable when
/// focused.
enum EventsView {
  /// Draws the pane, reusing the last drawing while the events it shows are the same
  /// (`PaneMemo`): new events arrive a few times a sim hour, frames ten times a second.
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let events = context.snapshot.recentEvents
    let scroll = scrollPosition(context)
    // At most one event per inner row is shown, newest first from `scroll` back.
    let newest = events.count - scroll
    let shown = Array(events[max(0, newest - max(0, area.height - 2))..<max(0, newest)])
    let key = PaneMemo.EventsKey(
      shown: shown, scroll: scroll, epochUnix: context.snapshot.epochUnix,
      common: PaneMemo.CommonKey(.events, context: context, area: area))
    PaneMemo.shared.events.draw(
      into: &buffer, area: area, key: key, ledger: context.ledger
    ) { pane, origin in
      drawAfresh(into: &pane, area: origin, context: context)
    }
  }

  /// The scroll position, clamped to the events there are.
  static func scrollPosition(_ context: FrameContext) -> Int {
    min(context.state.eventScroll, max(0, context.snapshot.recentEvents.count - 1))
  }

  static func drawAfresh(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let theme = context.theme
    let events = context.snapshot.recentEvents
    let scroll = scrollPosition(context)
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
