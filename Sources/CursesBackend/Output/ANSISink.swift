import TermRender

/// railtop's own output on ANSI terminals: `FrameEncoder` turns a frame's changes into
/// bytes, sent in one `write` (D21).
///
/// ncurses' virtual screen is never touched (no `mvwadd_wch`, no `wnoutrefresh`): the copy
/// served only ncurses' own repaint after `fg`, and an untouched stdscr also keeps `wget_wch`
/// from refreshing it. ncurses therefore believes the screen blank; where it repaints by
/// itself (after `fg`) railtop repaints after it (`repaint`, on SIGCONT).
@MainActor
final class ANSISink: TerminalSink {
  private let session: CursesSession
  private var encoder: FrameEncoder
  /// The bytes of one frame, reused.
  private var output: [UInt8] = []

  init(session: CursesSession, encoder: FrameEncoder) {
    self.session = session
    self.encoder = encoder
  }

  func send(_ changes: [CellChange], of screen: Buffer) {
    guard session.isOpen, !changes.isEmpty else { return }
    write(changes, of: screen, clearFirst: false)
  }

  func repaint(_ screen: Buffer) {
    guard session.isOpen else { return }
    write(screen.changes(from: nil), of: screen, clearFirst: true)
  }

  /// `screen` lets the encoder write a few unchanged cells over again where that is shorter
  /// than moving past them.
  private func write(_ changes: [CellChange], of screen: Buffer, clearFirst: Bool) {
    let (width, height) = session.size
    output.removeAll(keepingCapacity: true)
    encoder.encode(
      changes, width: width, height: height, clearFirst: clearFirst, frame: screen,
      into: &output)
    TerminalOutput.writeAll(output)
  }
}
