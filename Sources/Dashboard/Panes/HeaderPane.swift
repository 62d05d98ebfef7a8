import TermRender

/// The top bar: name, scenario, sim clock, speed and run state, the SIMULATED badge, the seed.
///
/// When the line is narrow the right-hand parts give way, least useful first (`rightParts`):
/// the theme name, the seed, the year, the run word, then the day count; the clock, speed and
/// badge always stay, and the scenario title is cut only when no form leaves it whole.
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
    let header = frame.theme[.header]
    let title = frame.snapshot.scenarioTitle
    let left = [
      Span(" railtop ", style: header.adding(.bold)),
      Span(title + " ", style: header),
    ]
    func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.width } }
    let forms = rightParts(frame, style: header)
    // The day count outranks the end of the title: the first form with the day count that
    // leaves the whole title, else its first 20 columns; only then the compact clock.
    let mostOfTitle = 9 + min(title.displayWidth + 1, 20)
    let withDay = forms.dropLast()
    let compact = forms.suffix(1)
    let right =
      withDay.first { width($0) + width(left) <= area.width }
      ?? withDay.first { width($0) + mostOfTitle <= area.width }
      ?? compact.first { width($0) + width(left) <= area.width } ?? forms.last ?? []
    return Model(
      left: left, right: right, leftWidth: max(0, area.width - width(right)), style: header,
      ellipsis: frame.ui.ellipsis)
  }

  /// The right-hand parts, most informative first: each step gives up the least useful part
  /// left (theme name, seed, the year, the words after the run glyph, the day count), so a
  /// wider screen never shows less. The badge, a clock and the speed always stay.
  static func rightParts(_ frame: FrameInputs, style header: Style) -> [[Span]] {
    let theme = frame.theme
    let glyphs = frame.glyphs
    let state = frame.state
    let time = frame.snapshot.time
    let runGlyph = state.paused ? glyphs.paused : glyphs.running
    let runWord = state.paused ? "paused" : "running"
    let speedText = Formatting.speed(state.speed, sign: glyphs.times)
    let speed = Span(" \(speedText) \(runGlyph) \(runWord) ", style: header.adding(.bold))
    let shortSpeed = Span(" \(speedText) \(runGlyph) ", style: header.adding(.bold))
    let badge = Span(" SIMULATED ", style: theme[.badge])
    let seed = Span(" seed \(frame.snapshot.seed) ", style: header)
    let themeName = Span(" \(state.themes.shownName) ", style: header)
    func clock(_ form: ClockText.HeaderForm) -> Span {
      Span(" " + frame.clock.header(time, dot: glyphs.dot, form: form) + " ", style: header)
    }
    let full = clock(.full)
    let withoutYear = clock(.withoutYear)
    return [
      [full, speed, badge, seed, themeName],
      [full, speed, badge, seed],
      [full, speed, badge],
      [withoutYear, speed, badge],
      [withoutYear, shortSpeed, badge],
      // Last, and only last, without the day count.
      [clock(.compact), shortSpeed, badge],
    ]
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
