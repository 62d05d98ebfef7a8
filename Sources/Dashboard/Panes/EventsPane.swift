import CorridorSim
import TermRender

/// The events pane: newest first, each with a severity glyph and colour, scrollable when
/// focused. A list pane: when a new event arrives every line moves down, but a frame without
/// one changes nothing. Events are data; a row's sentence is made only when the row is drawn
/// (`EventText.message(for:)`), so an unchanged row costs a comparison, not a string.
enum EventsPane: RowsPaneRenderer {
  /// The box and title: the scroll position, and whether there is any event at all.
  struct Frame: Equatable {
    var chrome: PaneChrome
    var scroll: Int
    var empty: Bool
    /// The corridor clock the events' times are shown on.
    var calendar: CorridorCalendar
    /// The names the events' sentences are made of.
    var text: EventText
  }

  /// One event line.
  struct Row: Equatable {
    var event: SimEvent
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let events = frame.snapshot.recentEvents
    let scroll = frame.eventScroll
    // One event per inner row, newest first from `scroll` back.
    let newest = events.count - 1 - scroll
    let lines = max(0, min(area.height - 2, newest + 1))
    let rows = (0..<lines).map { line in
      return Row(event: events[newest - line])
    }
    return Model(
      frame: Frame(
        chrome: PaneChrome(.events, frame), scroll: scroll, empty: events.isEmpty,
        calendar: frame.snapshot.calendar, text: frame.snapshot.eventText),
      rows: rows)
  }

  static func drawFrame(_ frame: Frame, rowCount: Int, into buffer: inout Buffer, area: Rect) {
    let theme = frame.chrome.theme
    let zone = ClockText(epochUnix: frame.calendar.epochUnix, corridor: frame.calendar).zone
    var title = [
      frame.chrome.separator, Span("newest first", style: theme[.dimText]),
      frame.chrome.separator, Span("times \(zone)", style: theme[.dimText]),
    ]
    if frame.scroll > 0 { title.append(Span(" (\(frame.scroll) back)", style: theme[.dimText])) }
    let inner = frame.chrome.draw(title: title, into: &buffer, area: area)
    guard !inner.isEmpty, frame.empty else { return }
    buffer.put("no events yet", x: inner.x + 1, y: inner.y, style: theme[.dimText])
  }

  static func drawRow(
    _ row: Row, at index: Int, frame: Frame, into buffer: inout Buffer, area: Rect
  ) -> Rect {
    let theme = frame.chrome.theme
    let inner = area.inset(by: 1)
    let line = Rect(x: inner.x, y: inner.y + index, width: inner.width, height: 1)
    guard !line.isEmpty, line.y < inner.maxY else { return Rect(x: 0, y: 0, width: 0, height: 0) }
    buffer.fill(line, with: .blank(theme[.background]))
    let event = row.event
    let style = theme[role(event.severity)]
    let clock = ClockText(epochUnix: frame.calendar.epochUnix, corridor: frame.calendar)
    let spans = [
      Span(" " + frame.chrome.glyphs.severity(event.severity) + " ", style: style),
      Span(clock.short(event.time) + "  ", style: theme[.dimText]),
      Span(
        frame.text.message(for: event), style: event.severity >= .warning ? style : theme[.text]),
    ]
    buffer.put(
      spans: spans, x: line.x, y: line.y, maxWidth: line.width,
      ellipsis: frame.chrome.ui.ellipsis)
    return line
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
