import Testing

@testable import CursesBackend

/// Which terminfo entry is tried first for 24-bit colour.
@Suite("Direct-colour terminfo candidate")
struct DirectColorTermTests {
  @Test(arguments: [
    ("xterm-256color", ["COLORTERM": "truecolor"], "xterm-direct"),
    ("tmux-256color", ["COLORTERM": "24bit"], "tmux-direct"),
    ("xterm-256color", ["COLORTERM": "TrueColor"], "xterm-direct"),
    ("xterm-256color", [:], nil),
    ("xterm-256color", ["COLORTERM": "truecolor", "NO_COLOR": "1"], nil),
    ("xterm-direct", ["COLORTERM": "truecolor"], nil),
    ("screen-256color", ["COLORTERM": "truecolor"], nil),
    ("linux", ["COLORTERM": "truecolor"], nil),
    ("", ["COLORTERM": "truecolor"], nil),
  ] as [(String, [String: String], String?)])
  func candidate(term: String, environment: [String: String], expected: String?) {
    #expect(DirectColorTerm.candidate(term: term, environment: environment) == expected)
  }
}
