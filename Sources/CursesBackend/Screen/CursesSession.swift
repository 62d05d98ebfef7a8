@preconcurrency import CNCursesW

/// What a `CursesScreen` and its sink share: whether curses is still open, and the size
/// ncurses gives the terminal.
///
/// After `delscreen` no curses call may be made (stdscr is freed), so a sink asks here
/// before each frame; the size is read from stdscr because ncurses owns SIGWINCH and has
/// already resized it when `KEY_RESIZE` is read.
@MainActor
final class CursesSession {
  /// True until the screen closes.
  private(set) var isOpen = true

  /// The terminal's size in columns and rows.
  var size: (width: Int, height: Int) {
    (Int(getmaxx(stdscr)), Int(getmaxy(stdscr)))
  }

  /// Marks curses closed: from now on sinks write nothing.
  func close() {
    isOpen = false
  }
}
