import Testing

@testable import CorridorSim

/// The node tree composed from libyaml's events: what the scenario reader relies on.
@Suite("YAML composer")
struct YAMLComposerTests {
  @Test("mappings keep file order and lines; scalars say whether they were plain")
  func tree() throws {
    let node = try #require(try YAMLComposer.compose("b: 1\na: 'x'\nlist:\n  - y\n  - ~\n"))
    guard case .mapping(let pairs) = node.content else {
      Issue.record("not a mapping")
      return
    }
    #expect(pairs.map { $0.key.scalar?.string } == ["b", "a", "list"])
    #expect(pairs.map(\.key.line) == [1, 2, 3])
    #expect(pairs[0].value.scalar?.isPlain == true)
    #expect(pairs[1].value.scalar?.isPlain == false)
    guard case .sequence(let items) = pairs[2].value.content else {
      Issue.record("not a list")
      return
    }
    #expect(items.map { $0.scalar?.string } == ["y", "~"])
    #expect(items.map(\.line) == [4, 5])
  }

  @Test("aliases are not expanded")
  func alias() throws {
    let node = try #require(try YAMLComposer.compose("a: &x [1, 2]\nb: *x\n"))
    guard case .mapping(let pairs) = node.content, case .alias = pairs[1].value.content else {
      Issue.record("the alias was expanded")
      return
    }
    #expect(
      throws: ScenarioError.self,
      performing: { try ScenarioLoader.load(yaml: "name: *x\n", file: "a.yaml") })
  }

  @Test("an empty text has no document; a broken one names libyaml's problem and line")
  func errors() throws {
    #expect(try YAMLComposer.compose("") == nil)
    #expect(try YAMLComposer.compose("# only a comment\n") == nil)
    do {
      _ = try YAMLComposer.compose("a: 1\nb: [1, 2\n")
      Issue.record("no error")
    } catch {
      #expect(error.line == 3)
      #expect(!error.problem.isEmpty)
    }
  }
}
