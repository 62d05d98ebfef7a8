import TermRender

/// Where a frame's changed cells go: railtop's own ANSI encoder, or ncurses' own output.
/// Chosen once when the screen opens.
@MainActor public protocol TerminalSink: AnyObject {
  /// Sends `changes` (row by row, left to right, as `Buffer.changes(from:)` gives them);
  /// `screen` is what the terminal shows once they are applied (the renderer's copy).
  func send(_ changes: [CellChange], of screen: Buffer)
  /// Clears the terminal and draws every cell of `screen` (after SIGCONT, a resize, or
  /// whenever the terminal may have been changed behind railtop's back).
  func repaint(_ screen: Buffer)
}
