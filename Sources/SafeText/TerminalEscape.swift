/// How an unsafe scalar (`UnsafeScalars`) is shown instead: `\e` for ESC, `\t`, `\n` and `\r`
/// for TAB, LF and CR, and `\u{9B}` (Swift's notation, upper-case hex, at least two digits)
/// for every other one. Printable ASCII only, so the escape itself is safe anywhere.
///
/// Escaped, not replaced or dropped (D63): a message must show *what* is wrong with a name,
/// and two names that differ only in hidden characters must still look different.
public enum TerminalEscape {
  /// The escape of `scalar` (which should be unsafe; any scalar gets its `\u{…}` form).
  public static func text(for scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\u{1B}": return "\\e"
    case "\t": return "\\t"
    case "\n": return "\\n"
    case "\r": return "\\r"
    default:
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }
  }

  /// Columns the escape of `scalar` takes (all of it printable ASCII, one column each).
  public static func width(of scalar: Unicode.Scalar) -> Int {
    switch scalar {
    case "\u{1B}", "\t", "\n", "\r": return 2
    default:
      let v = scalar.value
      let digits = v < 0x100 ? 2 : v < 0x1000 ? 3 : v < 0x10000 ? 4 : v < 0x100000 ? 5 : 6
      return 4 + digits
    }
  }
}

extension String {
  /// This text as it may reach a terminal: every unsafe scalar shown as its escape
  /// (`TerminalEscape`), everything else as it is. Text with none is returned unchanged.
  ///
  /// The one sanitising function of every writer (reports, error messages, comments, the
  /// cells of the live screen); `keepingLineFeeds` is for a writer's whole output, whose own
  /// line breaks are LF: a value inside it is escaped whole first, LF included.
  public func terminalSafe(keepingLineFeeds: Bool = false) -> String {
    guard UnsafeScalars.occur(in: self, exceptLineFeed: keepingLineFeeds) else { return self }
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if UnsafeScalars.contains(scalar), !(keepingLineFeeds && scalar == "\n") {
        out.append(contentsOf: TerminalEscape.text(for: scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
