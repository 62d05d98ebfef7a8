import TermRender

/// The top bar: name, scenario, sim clock, speed and run state, the SIMULATED badge, the seed.
///
/// When the line is narrow the right-hand parts give way, least useful first: the theme name,
/// the seed, then the long clock for a compact one; the clock, speed and badge always stay.
enum HeaderView {
  static func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let theme = context.theme
    let header = theme[.header]
    let state = context.state
    let snapshot = context.snapshot
    buffer.fill(area, with: .blank(header))
    let runState =
      state.paused
      ? "\(context.glyphs.paused) paused" : "\(context.glyphs.running) running"
    let left = [
      Span(" railtop ", style: header.adding(.bold)),
      Span(snapshot.scenarioTitle + " ", style: header),
    ]
    let badge = Span(" SIMULATED ", style: theme[.badge])
    let speed = Span(
      " " + Formatting.speed(state.speed, sign: context.glyphs.times) + " "
        + runState + " ", style: header.adding(.bold))
    let seed = Span(" seed \(snapshot.seed) ", style: header)
    let themeName = Span(" theme \(theme.name) ", style: header)
    let dot = context.glyphs.dot
    let clock = Span(" " + context.clock.header(snapshot.time, dot: dot) + " ", style: header)
    // Room for " railtop " and most of the scenario title before optional parts.
    let leftMin = 9 + min(snapshot.scenarioTitle.displayWidth + 1, 30)
    // Most informative first; the first that leaves room for the scenario title wins (the
    // compact clock is built only when the long one does not fit).
    // Widths are measured once each (measuring scans the text).
    let withSeed = speed.width + badge.width + seed.width + leftMin
    let clockWidth = clock.width
    let right: [Span]
    let rightWidth: Int
    if clockWidth + withSeed + themeName.width <= area.width {
      right = [clock, speed, badge, seed, themeName]
      rightWidth = clockWidth + withSeed - leftMin + themeName.width
    } else if clockWidth + withSeed <= area.width {
      right = [clock, speed, badge, seed]
      rightWidth = clockWidth + withSeed - leftMin
    } else {
      let compactClock = Span(
        " " + context.clock.header(snapshot.time, dot: dot, compact: true) + " ", style: header)
      let compactWidth = compactClock.width
      if compactWidth + withSeed <= area.width {
        right = [compactClock, speed, badge, seed]
        rightWidth = compactWidth + withSeed - leftMin
      } else {
        right = [compactClock, speed, badge]
        rightWidth = compactWidth + speed.width + badge.width
      }
    }
    let leftWidth = max(0, area.width - rightWidth)
    buffer.put(
      spans: left, x: area.x, y: area.y, maxWidth: leftWidth, base: header,
      ellipsis: context.ui.ellipsis)
    buffer.put(
      spans: right, x: area.x + leftWidth, y: area.y, maxWidth: area.maxX - area.x - leftWidth,
      base: header, ellipsis: context.ui.ellipsis)
  }
}
