import TermRender

/// Whether a terminal's terminfo entry speaks the ANSI sequences `FrameEncoder` writes.
///
/// The encoder writes fixed ECMA-48 sequences instead of expanding terminfo strings per cell,
/// so it is used only when the entry's own strings are exactly those sequences: cursor
/// addressing, the reset, each attribute it would use, and the colours at the chosen depth.
/// Any other terminal keeps ncurses' `doupdate`. Pure: the terminfo lookups come in as
/// closures, so tests probe made-up entries.
public enum ANSIDialect {
  /// What the probe found on an ANSI terminal.
  public struct Capabilities: Equatable, Sendable {
    /// Attributes whose terminfo string is the ANSI one (others are not written).
    public var attributes: TextAttributes
    /// `am` without `xenl`: writing the bottom-right cell would scroll.
    public var skipsBottomRight: Bool
    /// The `clear` string.
    public var clearScreen: [UInt8]
    /// The `sgr0` string (for tmux and screen it also shifts in the ASCII character set).
    public var reset: [UInt8]
  }

  /// Terminfo lookups: a string capability, a flag, a capability expanded with parameters.
  public struct Terminfo {
    public var string: (String) -> String?
    public var flag: (String) -> Bool
    public var expand1: (String, Int) -> String?
    public var expand2: (String, Int, Int) -> String?

    public init(
      string: @escaping (String) -> String?, flag: @escaping (String) -> Bool,
      expand1: @escaping (String, Int) -> String?, expand2: @escaping (String, Int, Int) -> String?
    ) {
      self.string = string
      self.flag = flag
      self.expand1 = expand1
      self.expand2 = expand2
    }
  }

  /// The capabilities when `terminfo` describes an ANSI terminal at `depth`, else nil.
  public static func probe(_ terminfo: Terminfo, depth: ColorDepth) -> Capabilities? {
    guard terminfo.expand2("cup", 11, 22) == "\u{1B}[12;23H",
      terminfo.expand2("cup", 0, 0) == "\u{1B}[1;1H",
      let reset = terminfo.string("sgr0"), reset.contains("\u{1B}[m") || reset.contains("\u{1B}[0m"),
      let clear = terminfo.string("clear"), clear.hasPrefix("\u{1B}[")
    else { return nil }
    guard colorsMatch(terminfo, depth: depth) else { return nil }
    var attributes: TextAttributes = []
    let known: [(TextAttributes, String, String)] = [
      (.bold, "bold", "\u{1B}[1m"), (.dim, "dim", "\u{1B}[2m"), (.italic, "sitm", "\u{1B}[3m"),
      (.underline, "smul", "\u{1B}[4m"), (.reverse, "rev", "\u{1B}[7m"),
    ]
    for (attribute, name, ansi) in known {
      guard let value = terminfo.string(name) else { continue }  // absent: never written
      guard value == ansi else { return nil }  // present but different: not our dialect
      attributes.insert(attribute)
    }
    return Capabilities(
      attributes: attributes,
      skipsBottomRight: terminfo.flag("am") && !terminfo.flag("xenl"),
      clearScreen: Array(clear.utf8), reset: Array(reset.utf8))
  }

  /// The foreground/background strings at `depth` are the ones `ANSI.sgr` writes.
  private static func colorsMatch(_ terminfo: Terminfo, depth: ColorDepth) -> Bool {
    func expands(_ name: String, _ value: Int, to expected: [String]) -> Bool {
      guard let text = terminfo.expand1(name, value) else { return false }
      return expected.contains(text)
    }
    switch depth {
    case .none:
      return true
    case .ansi8:
      return expands("setaf", 1, to: ["\u{1B}[31m"]) && expands("setab", 2, to: ["\u{1B}[42m"])
    case .ansi16:
      return expands("setaf", 1, to: ["\u{1B}[31m"]) && expands("setaf", 9, to: ["\u{1B}[91m"])
        && expands("setab", 10, to: ["\u{1B}[102m"])
    case .xterm256:
      return expands("setaf", 1, to: ["\u{1B}[31m"])
        && expands("setaf", 9, to: ["\u{1B}[91m", "\u{1B}[38;5;9m"])
        && expands("setaf", 100, to: ["\u{1B}[38;5;100m"])
        && expands("setab", 100, to: ["\u{1B}[48;5;100m"])
    case .direct:
      // xterm-direct writes `38:2::r:g:b`; the semicolon form selects the same colour.
      return expands("setaf", 1, to: ["\u{1B}[31m"])
        && expands("setaf", 0x123456, to: ["\u{1B}[38:2::18:52:86m", "\u{1B}[38;2;18;52;86m"])
        && expands("setab", 0x123456, to: ["\u{1B}[48:2::18:52:86m", "\u{1B}[48;2;18;52;86m"])
    }
  }
}
