import Testing

@testable import Dashboard

/// `Translations(parsing:language:file:)`: merging over English and refusing with line numbers.
@Suite("Translation parsing")
struct TranslationParsingTests {
  func parse(_ text: String) throws(TranslationError) -> Translations {
    try Translations(parsing: text, language: .fr, file: "t.yaml")
  }

  func issues(_ text: String) -> [String] {
    do {
      _ = try parse(text)
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test("a key left out falls back to English")
  func fallback() throws {
    let t = try parse("view.map: Le corridor\n")
    #expect(t[.viewMap] == "Le corridor")
    #expect(t[.viewCargo] == Caption.viewCargo.english)
    #expect(t.translated == [.viewMap])
  }

  @Test("an empty file or one of comments only is all English")
  func emptyFile() throws {
    #expect(try parse("") == Translations(language: .fr, texts: [:]))
    #expect(try parse("# nothing yet\n").translated.isEmpty)
  }

  @Test("quoted texts keep their colons and quotes")
  func quoting() throws {
    let t = try parse("story.gauges: \"Deux : « un »\"\njourney.next: '12'\n")
    #expect(t[.storyGauges] == "Deux : « un »")
    #expect(t[.journeyNext] == "12")
  }

  @Test("an unknown key is refused with its line and a suggestion")
  func unknownKey() {
    #expect(
      issues("view.map: a\nview.crago: b\n")
        == ["t.yaml:2: view.crago: unknown key (did you mean 'view.cargo'?)"])
    #expect(issues("nonsense: a\n") == ["t.yaml:1: nonsense: unknown key"])
  }

  @Test("a repeated key is refused at its second line")
  func duplicateKey() {
    #expect(
      issues("view.map: a\n\nview.map: b\n")
        == ["t.yaml:3: view.map: appears more than once (first on line 1)"])
  }

  @Test("values that are not text are refused")
  func nonStrings() {
    let text = """
      view.map: 12
      view.cargo: [a, b]
      view.trains:
        x: y
      view.journey:
      chrome.locked: true
      chrome.simulated: "  "
      """
    #expect(
      issues(text) == [
        "t.yaml:1: view.map: expected text, found 12 (quote it: \"12\")",
        "t.yaml:2: view.cargo: expected text, found a list",
        "t.yaml:4: view.trains: expected text, found a mapping",
        "t.yaml:5: view.journey: no text (leave the key out to show the English)",
        "t.yaml:6: chrome.locked: expected text, found true (quote it: \"true\")",
        "t.yaml:7: chrome.simulated: empty text (leave the key out to show the English)",
      ])
  }

  @Test("a file that is not a mapping, or not YAML, is refused with a line")
  func wholeFile() {
    #expect(issues("- a\n- b\n") == ["t.yaml:1: expected a mapping of `key: text`, found a list"])
    let syntax = issues("view.map: a\nview.cargo: Vers l'ouest : colis\n")
    #expect(syntax.count == 1)
    #expect(syntax.first?.hasPrefix("t.yaml:2: YAML syntax error: ") == true, "\(syntax)")
  }
}
