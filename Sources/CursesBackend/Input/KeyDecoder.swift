import CNCursesW
import TermRender

/// Turns what `wget_wch` returned into an `InputEvent`. Pure: a table, tested without a terminal.
public enum KeyDecoder {
  /// The kind of value `wget_wch` returned.
  public enum Kind: Sendable {
    /// `OK`: `code` is a character (a Unicode scalar or a control byte).
    case character
    /// `KEY_CODE_YES`: `code` is a curses key constant (`KEY_UP`, `KEY_RESIZE` …).
    case functionKey
  }

  /// The event for one `wget_wch` result, or nil for keys railtop does not use.
  /// - Parameters:
  ///   - size: the terminal size (columns, rows) read after the key; used for `KEY_RESIZE`.
  public static func decode(kind: Kind, code: UInt32, size: (width: Int, height: Int))
    -> InputEvent?
  {
    switch kind {
    case .functionKey: return decodeKey(Int32(bitPattern: code), size: size)
    case .character: return decodeCharacter(code)
    }
  }

  private static func decodeKey(_ key: Int32, size: (width: Int, height: Int)) -> InputEvent? {
    switch key {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_RESIZE: return .resize(width: size.width, height: size.height)
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(key - KEY_F0))
    default: return nil
    }
  }

  private static func decodeCharacter(_ code: UInt32) -> InputEvent? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      // Ctrl-A … Ctrl-Z arrive as 1 … 26 (minus the ones named above).
      guard let letter = Unicode.Scalar(UInt32(UInt8(ascii: "a")) + code - 1) else { return nil }
      return .ctrl(Character(letter))
    // Ctrl-] (the kiosk's unlock chord); Ctrl-\ is SIGQUIT in cbreak mode and never arrives.
    case 29: return .ctrl("]")
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }
}
