import TermRender

@testable import Dashboard

/// What the contrast tests measure: theme colours, as roles pair them and as frames draw them.
enum ThemeContrast {
  /// The terminal's own colours, which `default` stands for.
  ///
  /// Themes that keep the terminal's background (default, monochrome) are dark themes, so
  /// they are measured on black (xterm's, and what term-shot shows) and on a dark grey
  /// (#1c1c1c, about what dark terminal profiles use); the worse of the two counts. The
  /// terminal's own text on its own background is the terminal's business: not measured.
  static let terminals: [(foreground: WCAG.RGB, background: WCAG.RGB)] = [
    (WCAG.RGB(r: 0xd3, g: 0xd3, b: 0xd3), WCAG.RGB(r: 0, g: 0, b: 0)),
    (WCAG.RGB(r: 0xd0, g: 0xd0, b: 0xd0), WCAG.RGB(r: 0x1c, g: 0x1c, b: 0x1c)),
  ]

  /// The contrast of `foreground` on `background` (the worst over `terminals` where either
  /// is the terminal's own), or nil when both are the terminal's.
  static func ratio(_ foreground: Color, on background: Color) -> Double? {
    let fg = WCAG.rgb(foreground)
    let bg = WCAG.rgb(background)
    if fg == nil && bg == nil { return nil }
    return terminals.map { terminal in
      WCAG.ratio(fg ?? terminal.foreground, bg ?? terminal.background)
    }.min()
  }

  /// One measured pair: where it was seen, what it is, and how far it reaches.
  struct Measurement: CustomStringConvertible {
    var label: String
    var kind: WCAG.Kind
    var foreground: Color
    var background: Color
    var ratio: Double

    var passes: Bool { ratio >= kind.minimum }
    /// The ratio over the one needed: below 1 fails; the lowest is a theme's worst pair.
    var margin: Double { ratio / kind.minimum }

    var description: String {
      "\(label): \(kind.rawValue) \(name(foreground)) on \(name(background)) = "
        + "\((ratio * 100).rounded() / 100):1 (needs \(kind.minimum):1)"
    }
  }

  /// `#rrggbb`, or `terminal` for the terminal's own colour.
  static func name(_ color: Color) -> String {
    WCAG.rgb(color).map(\.description) ?? "terminal"
  }

  static func measure(
    _ label: String, _ kind: WCAG.Kind, _ foreground: Color, on background: Color
  ) -> Measurement? {
    ratio(foreground, on: background).map {
      Measurement(
        label: label, kind: kind, foreground: foreground, background: background, ratio: $0)
    }
  }

  // MARK: Roles

  /// Roles that are only seen, never read: borders, the route line, bars and their tracks,
  /// and the event marks of info and notice (their sentences are drawn in `text`). Every other
  /// role colours some text somewhere, so it is held to the text ratio.
  static let graphicRoles: Set<ThemeRole> = [
    .paneBorder, .focusedBorder, .routeLine, .progressFill, .progressTrack,
    .severityInfo, .severityNotice, .mapLand, .mapCoast, .mapBorder,
  ]

  /// The roles a table row draws its cells in, which the selection is laid over.
  static let rowRoles: [ThemeRole] = [
    .text, .dimText, .statusOnTime, .statusDelayed, .statusHeld, .statusArrived,
  ]

  /// Every pair of colours the dashboard draws a role in.
  ///
  /// Each role on its own background (the screen's unless it sets one); the key hints'
  /// colour on the screen's background (the help overlay); each row role inside the
  /// selection (the selection's colours win where it sets them: `Table.selectedStyle`).
  static func rolePairs(_ theme: Theme) -> [Measurement] {
    var pairs = ThemeRole.allCases.compactMap { role in
      measure(
        role.key, graphicRoles.contains(role) ? .graphic : .text, theme[role].foreground,
        on: theme[role].background)
    }
    pairs += [
      measure(
        "key_hint on background", .text, theme[.keyHint].foreground,
        on: theme[.background].background)
    ].compactMap { $0 }
    let selection = theme[.selection]
    pairs += rowRoles.compactMap { role in
      let cell = theme[role].patched(with: selection)
      return measure("\(role.key) in selection", .text, cell.foreground, on: cell.background)
    }
    return pairs
  }

  // MARK: Frames

  /// Letters and digits are read; every other symbol (box drawing, blocks, braille, marks,
  /// punctuation) is seen.
  static func kind(of cell: Cell) -> WCAG.Kind {
    let properties = cell.scalar.properties
    return properties.isAlphabetic || properties.numericType != nil ? .text : .graphic
  }

  /// Every drawn (non-blank) cell of `frame`, measured.
  static func cells(_ frame: ThemeSamples.Frame) -> [Measurement] {
    var found: [Measurement] = []
    let buffer = frame.buffer
    for y in 0..<buffer.height {
      for x in 0..<buffer.width {
        let cell = buffer[x, y]
        guard !cell.isContinuation, cell.scalar != " " else { continue }
        // Reversed or not, a cell shows the same two colours, and the ratio is symmetric.
        if let m = measure(
          "\(frame.label) (\(x),\(y)) '\(cell.symbol)'", kind(of: cell), cell.style.foreground,
          on: cell.style.background)
        {
          found.append(m)
        }
      }
    }
    return found
  }
}
