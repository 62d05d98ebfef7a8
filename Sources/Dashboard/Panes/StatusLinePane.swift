import CorridorSim
import TermRender

/// The bottom line: key hints on the left (the focused pane's keys; the query being typed
/// while searching); the search in use, engine lag and the transient message on the right.
///
/// The message and lag win the space: hints are cut first, since `?` lists every key anyway.
enum StatusLinePane: PaneRenderer {
  /// One key and the word for what it does.
  struct Hint: Equatable {
    var key: String
    var word: String
    init(_ key: String, _ word: String) {
      self.key = key
      self.word = word
    }
  }

  struct Model: Equatable {
    var hints: [Hint]
    /// The query while it is typed (drawn first, with a cursor), else nil.
    var typing: String?
    /// The query in use once typed ("" for none).
    var search: String
    var lagSeconds: SimDuration?
    var message: String?
    var theme: Theme
    var glyphs: DashboardGlyphs
  }

  /// Key and word pairs for the pane with focus, between the keys that always work, cut from
  /// the end when the line is short; the full list is the help overlay (`KeyMap.bindings`).
  static func hints(focus: Pane, typing: Bool, _ glyphs: DashboardGlyphs) -> [Hint] {
    let upDown = glyphs.upDownKeys
    if typing {
      return [Hint("Enter", "keep"), Hint("Esc", "clear"), Hint(upDown, "select")]
    }
    let paneKeys: [Hint] =
      switch focus {
      case .detail: [Hint(upDown, "next train"), Hint("Esc", "back")]
      case .route: [Hint(upDown, "along the line"), Hint("Enter", "detail"), Hint("/", "search")]
      case .cargo: [Hint(upDown, "category"), Hint("Enter", "list its trains"), Hint("Esc", "all")]
      case .events:
        [Hint(upDown, "scroll"), Hint("PgUp/PgDn", "page"), Hint("Home/End", "newest/oldest")]
      default:
        [
          Hint(upDown, "select"), Hint("Enter", "detail"), Hint("s", "sort"), Hint("f", "filter"),
          Hint("/", "search"),
        ]
      }
    // `? help` second: cut from the end on a short line, it stays at every width.
    return [
      Hint("q", "quit"), Hint("?", "help"), Hint("space", "pause"), Hint("+/-", "speed"),
      Hint("Tab", "focus"),
    ] + paneKeys + [Hint("t", "theme"), Hint("M", "map"), Hint("L", "legend")]
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let state = frame.state
    let focus = frame.view == .detail ? Pane.detail : state.focus
    return Model(
      hints: hints(focus: focus, typing: state.searchEditing, frame.glyphs),
      typing: state.searchEditing ? state.search : nil,
      search: state.searchEditing ? "" : state.search,
      lagSeconds: state.lagSeconds, message: state.message, theme: frame.theme,
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
    if !model.search.isEmpty {
      right.append((" search \"\(model.search)\" ", theme[.statusBar]))
    }
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
    if let query = model.typing {
      x += buffer.put(" /", x: x, y: area.y, style: theme[.keyHint])
      x += buffer.put(
        " search: \(query)_ ", x: x, y: area.y, style: theme[.statusBar].adding(.bold),
        maxWidth: max(0, rightStart - x))
    }
    for hint in model.hints {
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
