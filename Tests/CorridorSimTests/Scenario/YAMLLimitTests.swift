import Testing

@testable import CorridorSim

/// What the YAML reader refuses so that no document costs more than its own text (D60):
/// deep nesting (freed by recursion, which a deep enough tree overflows), and aliases past a
/// hundred (never expanded, so a billion laughs is a few lines).
@Suite("YAML limits")
struct YAMLLimitTests {
  static func problem(_ text: String) -> YAMLSyntaxError? {
    do {
      _ = try YAMLComposer.compose(text)
      return nil
    } catch { return error }
  }

  @Test("64 levels of lists and mappings are read; 65 are refused, and 200,000 do not crash")
  func depth() throws {
    #expect(
      try YAMLComposer.compose(
        String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) != nil)
    let deeper = try #require(
      Self.problem(String(repeating: "[", count: 65) + String(repeating: "]", count: 65)))
    #expect(deeper.problem == "lists and mappings nested more than 64 deep")
    #expect(deeper.line == 1)
    let flow =
      "a: " + String(repeating: "{b: ", count: 200_000) + "1"
      + String(repeating: "}", count: 200_000)
    #expect(Self.problem(flow) != nil)
    let block = (0..<100).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(
      separator: "\n")
    let blockProblem = try #require(Self.problem(block + " 1\n"))
    #expect(blockProblem.line == 65)
  }

  @Test("100 aliases are read (and refused where a value is read); 101 are refused")
  func aliasCount() throws {
    let list = { (n: Int) in
      "a: &x 1\nb: [" + Array(repeating: "*x", count: n).joined(separator: ", ") + "]\n"
    }
    #expect(try YAMLComposer.compose(list(100)) != nil)
    let problem = try #require(Self.problem(list(101)))
    #expect(problem.problem == "more than 100 aliases (*name); railtop does not expand them")
    #expect(problem.line == 2)
  }

  @Test("a billion laughs used as a mapping key is read unexpanded and refused by name")
  func billionLaughs() throws {
    var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...9 {
      let refs = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("l\(level): &l\(level) [\(refs)]")
    }
    // Nine levels (10^9 lols expanded) are 91 aliases: read as they are written.
    let bomb = lines.joined(separator: "\n") + "\n? *l9\n: key\n"
    let root = try #require(try YAMLComposer.compose(bomb))
    guard case .mapping(let pairs) = root.content, case .alias = pairs[10].key.content else {
      Issue.record("the alias key was expanded")
      return
    }
    #expect(throws: ScenarioError.self) { try ScenarioLoader.load(yaml: bomb, file: "b.yaml") }
    // A tenth level passes a hundred aliases: refused by the reader itself.
    let refs = Array(repeating: "*l9", count: 10).joined(separator: ", ")
    let problem = try #require(Self.problem(bomb + "l10: &l10 [\(refs)]\n"))
    #expect(problem.problem.hasPrefix("more than 100 aliases"))
  }

  @Test("no suggestion is looked for a very long word, and a long key is refused at once")
  func longWords() throws {
    let long = String(repeating: "k", count: 1_000_000)
    #expect(Suggestion.closest(to: long, in: [long, "name"]) == nil)
    #expect(
      Suggestion.closest(
        to: String(repeating: "a", count: 64), in: [String(repeating: "a", count: 63)]) != nil)
    // A key longer than libyaml's simple keys, or a known key's typo: both named.
    #expect(throws: ScenarioError.self) {
      try ScenarioLoader.load(yaml: "name: x\n\(long): 1\n", file: "k.yaml")
    }
  }
}
