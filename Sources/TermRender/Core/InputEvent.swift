/// A decoded input from the terminal, independent of curses.
public enum InputEvent: Hashable, Sendable {
  /// A printable character (letters, digits, punctuation, space).
  case character(Character)
  /// Ctrl plus a letter, lower-case (`ctrl("c")`).
  case ctrl(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
  /// The terminal changed size; the new size in columns and rows.
  case resize(width: Int, height: Int)
  /// A mouse button or the wheel, at a cell of the screen.
  case mouse(MouseEvent)
}

/// A mouse report: what happened, at which cell (0-based column and row of the screen).
public struct MouseEvent: Hashable, Sendable {
  /// The left button pressed or released, or the wheel turned one notch.
  public enum Kind: Hashable, Sendable {
    case press, release, wheelUp, wheelDown
  }

  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
