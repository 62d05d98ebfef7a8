import Foundation
import TermRender
import Testing

@testable import Dashboard

@Suite("Theme parser")
struct ThemeParserTests {
  /// Invalid fixture → the exact message after `PATH:`.
  static let invalid: [(String, String)] = [
    ("unknown-key", "3: unknown key 'status.delay' (did you mean 'status.delayed'?)"),
    (
      "bad-colour",
      "2: bad colour '#ffaf0' for 'title': expected #rrggbb, 0-255, an ANSI name "
        + "(red, bright-blue …) or 'default'"
    ),
    (
      "malformed",
      "2: malformed line 'this line has no equals sign': expected 'key = value' "
        + "or a # comment"
    ),
    ("duplicate", "3: duplicate key 'title' (first set on line 1)"),
    (
      "bad-attribute",
      "1: bad value 'blink' for 'badge': expected an attribute (bold, dim, "
        + "italic, underline, reverse) after the colours"
    ),
    (
      "dangling-on",
      "1: bad value 'on' for 'selection': 'on' must be followed by a background "
        + "colour"
    ),
    (
      "colour-out-of-range",
      "1: bad colour '256' for 'text': expected #rrggbb, 0-255, an ANSI "
        + "name (red, bright-blue …) or 'default'"
    ),
    ("empty-key", "1: malformed line '= red': expected 'key = value' or a # comment"),
  ]

  @Test("invalid fixtures are refused with file, line and problem", arguments: invalid)
  func invalidFixture(name: String, expected: String) {
    let path = RepoPaths.invalidThemes.appendingPathComponent("\(name).theme").path
    do {
      _ = try ThemeCatalog.load(path: path)
      Issue.record("\(name).theme loaded but should fail")
    } catch {
      #expect(error.description == "\(path):\(expected)")
    }
  }

  @Test(
    "colour spellings",
    arguments: [
      ("default", Color.default), ("red", .ansi(1)), ("RED", .ansi(1)), ("bright-blue", .ansi(12)),
      ("bright_blue", .ansi(12)), ("gray", .ansi(8)), ("grey", .ansi(8)), ("7", .ansi(7)),
      ("15", .ansi(15)), ("16", .indexed(16)), ("255", .indexed(255)),
      ("#ffaf00", .rgb(255, 175, 0)), ("#FFAF00", .rgb(255, 175, 0)),
    ])
  func colour(word: String, expected: Color) throws {
    #expect(try ThemeValue.color(word) == expected)
  }

  @Test(
    "refused colours",
    arguments: [
      "256", "-1", "#ffaf0", "#ffaf000", "#-fff00", "#gggggg",
      "purple", "bright-",
    ])
  func badColour(word: String) {
    #expect(throws: ThemeValue.Problem.self) { try ThemeValue.color(word) }
  }

  @Test(
    "value grammar: FG [on BG] [ATTRIBUTE …]",
    arguments: [
      ("red", Style(foreground: .ansi(1))),
      ("red bold underline", Style(foreground: .ansi(1), attributes: [.bold, .underline])),
      ("on blue", Style(background: .ansi(4))),
      (
        "black on #ffffff reverse",
        Style(foreground: .ansi(0), background: .rgb(255, 255, 255), attributes: [.reverse])
      ),
      ("bold", Style(attributes: [.bold])),
      ("default plain", Style()),
      ("default   on   default   dim", Style(attributes: [.dim])),
    ])
  func valueGrammar(text: String, expected: Style) throws {
    #expect(try ThemeValue.style(text) == expected)
  }

  @Test("a file overrides only the keys it sets")
  func overridesOnlyItsKeys() throws {
    let theme = try ThemeParser.theme(
      text: "name = mine\ntitle = red bold  # trailing comment\n", file: "mine.theme",
      fallbackName: "x")
    #expect(theme.name == "mine")
    #expect(theme[.title] == Style(foreground: .ansi(1), attributes: [.bold]))
    for role in ThemeRole.allCases where role != .title {
      #expect(theme[role] == Theme.compiledDefault[role], "role \(role.key)")
    }
  }

  @Test("comments: whole lines, trailing after a space, and #rrggbb survives")
  func comments() throws {
    let text = "  # indented comment\n\ntext = #102030 # a comment\r\nbadge=#405060\n"
    let theme = try ThemeParser.theme(text: text, file: "c.theme", fallbackName: "c")
    #expect(theme.name == "c")
    #expect(theme[.text].foreground == .rgb(0x10, 0x20, 0x30))
    #expect(theme[.badge].foreground == .rgb(0x40, 0x50, 0x60))
  }

  @Test(
    "suggestions for near-miss keys",
    arguments: [
      ("status.delay", "status.delayed"), ("boarder", "border"), ("cargo.9", "cargo.1"),
      ("chart.wset", "chart.west"), ("titel", "title"), ("completely.unrelated.key", nil),
    ] as [(String, String?)])
  func suggestion(key: String, expected: String?) {
    #expect(ThemeParser.suggestion(for: key) == expected)
  }

  @Test("every role has a distinct key")
  func distinctKeys() {
    #expect(Set(ThemeRole.allCases.map(\.key)).count == ThemeRole.allCases.count)
    #expect(ThemeRole.byKey.count == ThemeRole.allCases.count)
  }
}
