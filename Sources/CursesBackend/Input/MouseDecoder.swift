import CNCursesW
import TermRender

/// Turns what `getmouse` returned into an `InputEvent`. Pure: tested without a terminal.
///
/// The screen asks ncurses for the left button's press, release and click and the wheel
/// (buttons 4 and 5), with no click interval (`mouseinterval(0)`): a click is a press, so it
/// acts at once and a double click is two presses. The click is in the mask because ncurses
/// still merges a press and its release that arrive in one read (a quick click over ssh, or a
/// busy machine) into `BUTTON1_CLICKED`, and drops it if the mask lacks it: the click is lost. ncurses reads the reports in the encoding the terminal's
/// terminfo names (`kmous`: SGR 1006 for xterm, X10 for tmux and screen) through the same
/// `wget_wch` the keys come from, as `KEY_MOUSE`.
public enum MouseDecoder {
  /// The buttons railtop asks ncurses to report.
  public static let mask: mmask_t =
    NC_BUTTON1_PRESSED | NC_BUTTON1_RELEASED | NC_BUTTON1_CLICKED | NC_BUTTON4_PRESSED
    | NC_BUTTON5_PRESSED

  /// Bytes that turn every xterm mouse mode off, for the crash net (a normal exit has
  /// `endwin`, which turns off what ncurses turned on).
  public static let disableBytes = "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l"

  /// The event for one report: `state` is `MEVENT.bstate`, `x` and `y` its cell; nil for
  /// buttons railtop does not use.
  public static func decode(state: mmask_t, x: Int32, y: Int32) -> InputEvent? {
    let kind: MouseEvent.Kind
    if state & NC_BUTTON4_PRESSED != 0 {
      kind = .wheelUp
    } else if state & NC_BUTTON5_PRESSED != 0 {
      kind = .wheelDown
    } else if state & (NC_BUTTON1_PRESSED | NC_BUTTON1_CLICKED) != 0 {
      kind = .press
    } else if state & NC_BUTTON1_RELEASED != 0 {
      kind = .release
    } else {
      return nil
    }
    guard x >= 0, y >= 0 else { return nil }
    return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
  }
}
