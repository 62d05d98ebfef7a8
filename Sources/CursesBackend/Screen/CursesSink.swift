@preconcurrency import CNCursesW
import TermRender

/// ncurses' own output: changes go into its virtual screen and `doupdate` sends them, for
/// terminals whose terminfo does not speak ANSI, or with `RAILTOP_OUTPUT=curses` (D21).
@MainActor
final class CursesSink: TerminalSink {
  private let session: CursesSession
  private var cells: CursesCellWriter

  init(session: CursesSession, cells: CursesCellWriter) {
    self.session = session
    self.cells = cells
  }

  func send(_ changes: [CellChange], of screen: Buffer) {
    guard session.isOpen, !changes.isEmpty else { return }
    let (width, height) = session.size
    cells.write(changes, width: width, height: height)
    wnoutrefresh(stdscr)
    doupdate()
  }

  /// `clearok` makes `doupdate` clear the terminal and send every cell, not only those it
  /// believes changed (its belief is what the terminal may no longer show).
  func repaint(_ screen: Buffer) {
    guard session.isOpen else { return }
    let (width, height) = session.size
    cells.write(screen.changes(from: nil), width: width, height: height)
    clearok(curscr, true)
    wnoutrefresh(stdscr)
    doupdate()
  }
}
