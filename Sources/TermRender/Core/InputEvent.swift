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
}
