import TermRender

/// The top bar: name, scenario, sim clock, speed and run state, the SIMULATED badge, the seed.
///
/// When the line is narrow the right-hand parts give way, least useful first: the theme name,
/// the seed, then the long clock for a compact one; the clock, speed and badge always stay.
/// The clock moves every frame, so the model is the laid-out line itself.
enum HeaderPane: PaneRenderer {
  struct Model: Equatable {
    var left: [Span]
    var right: [Span]
    /// Columns the left part may take; the right part starts after them.
    var leftWidth: Int
    var style: Style
    var ellipsis: String
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let theme = frame.theme
    let header = theme[.header]
    let state = frame.state
    let snapshot = frame.snapshot
    let glyphs = frame.glyphs
    let runState = state.paused ? "\(glyphs.paused) paused" : "\(glyphs.running) running"
    let left = [
      Span(" railtop ", style: header.adding(.bold)),
      Span(snapshot.scenarioTitle + " ", style: header),
    ]
    let badge = Span(" SIMULATED ", style: theme[.badge])
    let speed = Span(
      " " + Formatting.speed(state.speed, sign: glyphs.times) + " " + runState + " ",
      style: header.adding(.bold))
    let seed = Span(" seed \(snapshot.seed) ", style: header)
    let themeName = Span(" \(state.themes.shownName) ", style: header)
    let clock = Span(" " + frame.clock.header(snapshot.time, dot: glyphs.dot) + " ", style: header)
    // Room for " railtop " and most of the scenario title before optional parts.
    let leftMin = 9 + min(snapshot.scenarioTitle.displayWidth + 1, 30)
    // Most informative first; the first that leaves room for the scenario title wins (the
    // compact clock is built only when the long one does not fit).
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
        " " + frame.clock.header(snapshot.time, dot: glyphs.dot, compact: true) + " ",
        style: header)
      let compactWidth = compactClock.width
      if compactWidth + withSeed <= area.width {
        right = [compactClock, speed, badge, seed]
        rightWidth = compactWidth + withSeed - leftMin
      } else {
        right = [compactClock, speed, badge]
        rightWidth = compactWidth + speed.width + badge.width
      }
    }
    return Model(
      left: left, right: right, leftWidth: max(0, area.width - rightWidth), style: header,
      ellipsis: frame.ui.ellipsis)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(model.style))
    buffer.put(
      spans: model.left, x: area.x, y: area.y, maxWidth: model.leftWidth, base: model.style,
      ellipsis: model.ellipsis)
    buffer.put(
      spans: model.right, x: area.x + model.leftWidth, y: area.y,
      maxWidth: area.maxX - area.x - model.leftWidth, base: model.style,
      ellipsis: model.ellipsis)
  }
}
