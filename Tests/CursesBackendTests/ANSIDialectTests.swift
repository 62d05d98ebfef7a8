import Testing

@testable import CursesBackend

/// Which terminfo entries the frame encoder may write for, from made-up entries shaped like
/// real ones (tmux-256color, xterm-direct) and ones it must refuse.
@Suite("ANSI dialect probe")
struct ANSIDialectTests {
  /// An entry of literal strings; `setaf`/`setab`/`cup` expand like tmux-256color's.
  static func terminfo(
    strings: [String: String], flags: Set<String> = ["am", "xenl"], direct: Bool = false
  ) -> ANSIDialect.Terminfo {
    ANSIDialect.Terminfo(
      string: { strings[$0] },
      flag: { flags.contains($0) },
      expand1: { name, n in
        guard strings[name] != nil, name == "setaf" || name == "setab" else { return nil }
        let (base, bright, ext) = name == "setaf" ? (30, 90, 38) : (40, 100, 48)
        if n < 8 { return "\u{1B}[\(base + n)m" }
        if direct {
          return "\u{1B}[\(ext):2::\(n >> 16 & 255):\(n >> 8 & 255):\(n & 255)m"
        }
        if n < 16 { return "\u{1B}[\(bright + n - 8)m" }
        return "\u{1B}[\(ext);5;\(n)m"
      },
      expand2: { name, row, column in
        strings[name] == nil ? nil : "\u{1B}[\(row + 1);\(column + 1)H"
      })
  }

  static let tmux: [String: String] = [
    "cup": "…", "sgr0": "\u{1B}[m\u{0F}", "clear": "\u{1B}[H\u{1B}[J", "bold": "\u{1B}[1m",
    "dim": "\u{1B}[2m", "sitm": "\u{1B}[3m", "smul": "\u{1B}[4m", "rev": "\u{1B}[7m",
    "setaf": "…", "setab": "…",
  ]

  @Test(arguments: [ColorDepth.none, .ansi8, .ansi16, .xterm256])
  func tmuxLikeEntryIsANSI(depth: ColorDepth) throws {
    let found = try #require(ANSIDialect.probe(Self.terminfo(strings: Self.tmux), depth: depth))
    #expect(found.attributes == [.bold, .dim, .italic, .underline, .reverse])
    #expect(!found.skipsBottomRight)
    #expect(found.reset == Array("\u{1B}[m\u{0F}".utf8))
    #expect(found.clearScreen == Array("\u{1B}[H\u{1B}[J".utf8))
  }

  @Test func directColourEntryIsANSIAtDirectDepth() {
    let info = Self.terminfo(strings: Self.tmux, direct: true)
    #expect(ANSIDialect.probe(info, depth: .direct) != nil)
    // The same entry read as 256 colours does not write `38;5;n`: refused.
    #expect(ANSIDialect.probe(info, depth: .xterm256) == nil)
  }

  @Test func aMissingAttributeIsLeftOutNotRefused() throws {
    var strings = Self.tmux
    strings["sitm"] = nil
    strings["dim"] = nil
    let found = try #require(ANSIDialect.probe(Self.terminfo(strings: strings), depth: .xterm256))
    #expect(found.attributes == [.bold, .underline, .reverse])
  }

  @Test(
    "entries that are not ANSI keep ncurses' output",
    arguments: [
      ("bold", "\u{1B}[1;2m"), ("sgr0", "\u{1B}(B"), ("clear", "\u{0C}"), ("cup", nil),
      ("sgr0", nil),
    ] as [(String, String?)])
  func notANSI(capability: String, value: String?) {
    var strings = Self.tmux
    strings[capability] = value
    #expect(ANSIDialect.probe(Self.terminfo(strings: strings), depth: .xterm256) == nil)
  }

  @Test func autoMarginWithoutTheGlitchSkipsTheBottomRightCell() throws {
    let found = try #require(
      ANSIDialect.probe(Self.terminfo(strings: Self.tmux, flags: ["am"]), depth: .ansi16))
    #expect(found.skipsBottomRight)
  }
}
