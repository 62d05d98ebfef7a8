/// How many colours the terminal can show, from none to 24-bit.
///
/// Decided once when the screen opens; every theme colour is then degraded to this depth by
/// `ColorMapping.terminalColor(_:depth:)`, never at draw time.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable {
  /// No colour: `NO_COLOR` is set or the terminal has none; the dashboard uses its
  /// monochrome theme.
  case none
  /// The 8 basic ANSI colours.
  case ansi8
  /// The 16 ANSI colours (8 plus their bright variants).
  case ansi16
  /// The xterm-256 palette.
  case xterm256
  /// Direct (24-bit) colour: the terminfo entry has the `RGB` flag and ~16.7 M colours, so
  /// ncurses colour numbers are packed 0xRRGGBB values.
  case direct

  /// The depth for a terminal, from what terminfo and the environment say. Pure.
  ///
  /// `COLORTERM=truecolor|24bit` alone is not enough for 24-bit output: ncurses can emit
  /// 24-bit colour only through a direct-colour terminfo entry (e.g. `xterm-direct`). With a
  /// 256-colour entry we therefore use the nearest xterm-256 colour, which is the honest
  /// fallback (and what tmux itself does for a 256-colour client).
  /// - Parameters:
  ///   - environment: the process environment (`NO_COLOR`, `COLORTERM`).
  ///   - hasColors: ncurses' `has_colors()`.
  ///   - colors: ncurses' `COLORS` after `start_color()`.
  ///   - directColorFlag: terminfo's boolean `RGB` capability.
  public static func detect(
    environment: [String: String], hasColors: Bool, colors: Int,
    directColorFlag: Bool
  ) -> ColorDepth {
    // https://no-color.org: any non-empty value disables colour.
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
    guard hasColors else { return .none }
    let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
    let wantsTrueColor = colorTerm == "truecolor" || colorTerm == "24bit"
    if colors >= 0x100_0000 && (directColorFlag || wantsTrueColor) { return .direct }
    if colors >= 256 { return .xterm256 }
    if colors >= 16 { return .ansi16 }
    if colors >= 8 { return .ansi8 }
    return .none
  }
}
