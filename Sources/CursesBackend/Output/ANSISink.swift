@preconcurrency import CNCursesW
import TermRender

/// railtop's own output on ANSI terminals: `FrameEncoder` turns a frame's changes into
/// bytes, sent in one `write` (D21).
@MainActor
final class ANSISink: TerminalSink {
  private let session: CursesSession
  private var encoder: FrameEncoder
  /// The bytes of one frame, reused.
  private var output: [UInt8] = []
  // TRANSITIONAL: still feeding ncurses' virtual screen, removed in the next commit.
  private var cells: CursesCellWriter

  init(session: CursesSession, encoder: FrameEncoder, cells: CursesCellWriter) {
    self.session = session
    self.encoder = encoder
    self.cells = cells
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
    cells.write(changes, width: width, height: height)
    wnoutrefresh(stdscr)
    output.removeAll(keepingCapacity: true)
    encoder.encode(
      changes, width: width, height: height, clearFirst: clearFirst, frame: screen,
      into: &output)
    TerminalOutput.writeAll(output)
  }
}
