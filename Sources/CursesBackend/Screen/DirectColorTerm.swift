/// The direct-colour terminfo entry to try when the environment asks for 24-bit colour.
///
/// ncurses can only send 24-bit colours through a direct-colour entry (`xterm-direct`,
/// `tmux-direct`, … from Debian's ncurses-term); `TERM` usually names the 256-colour one. When
/// `COLORTERM` says `truecolor`/`24bit` (and `NO_COLOR` is not set) the screen first tries
/// `<family>-direct`; if that entry is not installed it opens `TERM` as given and the colours
/// degrade to the nearest xterm-256 (docs/DECISIONS.md D7).
public enum DirectColorTerm {
  /// The entry to try first, or nil to open `TERM` as it is.
  public static func candidate(term: String?, environment: [String: String]) -> String? {
    guard let term, !term.isEmpty, !term.contains("direct") else { return nil }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return nil }
    let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
    guard colorTerm == "truecolor" || colorTerm == "24bit" else { return nil }
    let family = term.split(separator: "-", maxSplits: 1).first.map(String.init) ?? term
    // Families whose terminfo has a -direct variant in ncurses-term; others (screen, linux)
    // cannot show 24-bit colour through curses.
    let known: Set<String> = [
      "xterm", "tmux", "konsole", "st", "alacritty", "foot", "kitty", "iterm2", "mlterm", "vte",
      "contour", "wezterm",
    ]
    return known.contains(family) ? "\(family)-direct" : nil
  }
}
