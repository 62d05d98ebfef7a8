import CorridorSim
import TermRender

/// The bottom line: key hints on the left; engine lag and the transient message on the right.
///
/// The message and lag win the space: hints are cut first, since `?` lists every key anyway.
enum StatusLinePane: PaneRenderer {
  struct Model: Equatable {
    var lagSeconds: SimDuration?
    var message: String?
    var theme: Theme
    var glyphs: DashboardGlyphs
  }

  /// Key and word pairs, cut from the end when the line is short; the full list is the help
  /// overlay (`KeyMap.bindings`), so `? help` comes second and stays at every width.
  static func hints(_ glyphs: DashboardGlyphs) -> [(key: String, word: String)] {
    [
      ("q", "quit"), ("?", "help"), ("space", "pause"), ("+/-", "speed"), ("Tab", "focus"),
      (glyphs.upDownKeys, "select"), ("Enter", "detail"), ("s", "sort"), ("f", "filter"),
      ("t", "theme"),
    ]
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    Model(
      lagSeconds: frame.state.lagSeconds, message: frame.state.message, theme: frame.theme,
      glyphs: frame.glyphs)
  }

  /// The engine-lag warning: `severity.warning` as a chip that stands out from the bar.
  ///
  /// Reversed (the screen's background on the warning colour), its contrast is the warning's
  /// own against the background, which every theme keeps readable, whatever colour the bar
  /// is (the warning's colour on wallonia's yellow bar was yellow on yellow). On a bar that is
  /// itself reversed (monochrome) the warning unreversed is what stands out.
  static func lagStyle(_ theme: Theme) -> Style {
    let warning = theme[.severityWarning].adding(.bold)
    return theme[.statusBar].attributes.contains(.reverse) ? warning : warning.adding(.reverse)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    let theme = model.theme
    buffer.fill(area, with: .blank(theme[.statusBar]))
    var right: [(String, Style)] = []
    if let lag = model.lagSeconds, lag > 0 {
      right.append(
        (
          " \(model.glyphs.severityWarning) behind by \(Formatting.duration(lag)) ",
          lagStyle(theme)
        ))
    }
    if let message = model.message {
      right.append((" \(message) ", theme[.statusBar].adding(.bold)))
    }
    let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.0) }
    let rightStart = max(area.x, area.maxX - rightWidth)
    var x = area.x
    for hint in hints(model.glyphs) {
      let width = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.word) + 3
      if x + width > rightStart { break }
      x += buffer.put(" " + hint.key, x: x, y: area.y, style: theme[.keyHint])
      x += buffer.put(" " + hint.word + " ", x: x, y: area.y, style: theme[.statusBar])
    }
    var rx = rightStart
    for (text, style) in right {
      rx += buffer.put(text, x: rx, y: area.y, style: style, maxWidth: area.maxX - rx)
    }
  }
}
