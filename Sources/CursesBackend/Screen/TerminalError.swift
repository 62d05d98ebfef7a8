import SafeText

/// Why the live screen could not start. The executable prints `message` and exits with 2.
public enum TerminalError: Error, Equatable, Sendable {
  /// stdin or stdout is not a terminal (piped, redirected, run from a script).
  case notATerminal(stream: String)
  /// `TERM` is unset or names no terminfo entry that ncurses can load.
  case unusableTerm(term: String?)
  /// The terminal cannot move the cursor (`TERM=dumb` and similar: no `cup` capability).
  case cannotAddressCursor(term: String)

  /// A one-paragraph explanation with the headless alternatives.
  public var message: String {
    let hint =
      "The live dashboard needs an interactive terminal; for plain output use "
      + "`railtop simulate` (daily KPIs) or `railtop snapshot` (one frame as text)."
    switch self {
    case .notATerminal(let stream):
      return "railtop: \(stream) is not a terminal. \(hint)"
    case .unusableTerm(let term?):
      return "railtop: TERM=\(term.terminalSafe()) is not a terminal type ncurses knows (no terminfo entry). "
        + "Try TERM=xterm-256color. \(hint)"
    case .unusableTerm(nil):
      return "railtop: TERM is not set. Try TERM=xterm-256color. \(hint)"
    case .cannotAddressCursor(let term):
      return "railtop: TERM=\(term.terminalSafe()) cannot move the cursor (no `cup` capability). \(hint)"
    }
  }
}
