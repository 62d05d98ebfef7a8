import TermRender
import Testing

@testable import Dashboard

@Suite("Key map")
struct KeyMapTests {
  @Test(
    "every key of the brief maps to its action",
    arguments: [
      (InputEvent.character("q"), Action.quit), (.ctrl("c"), .quit),
      (.character(" "), .togglePause), (.character("+"), .faster), (.character("="), .faster),
      (.character("-"), .slower), (.tab, .focusNext), (.backTab, .focusPrevious),
      (.character("t"), .cycleTheme), (.character("f"), .cycleFilter),
      (.character("s"), .cycleSort),
      (.character("S"), .reverseSort), (.up, .move(-1)), (.character("k"), .move(-1)),
      (.down, .move(1)), (.character("j"), .move(1)), (.pageUp, .pageUp), (.pageDown, .pageDown),
      (.home, .home), (.end, .end), (.character("g"), .home), (.character("G"), .end),
      (.enter, .openDetail), (.escape, .closeOverlay), (.character("?"), .toggleHelp),
    ])
  func mapping(input: InputEvent, action: Action) {
    #expect(KeyMap.actions(for: input, in: AppState()) == [action])
  }

  @Test(
    "unbound keys and resizes do nothing",
    arguments: [
      InputEvent.character("x"), .ctrl("z"), .left, .function(5), .resize(width: 80, height: 24),
    ])
  func unbound(input: InputEvent) {
    #expect(KeyMap.actions(for: input, in: AppState()) == [])
  }

  @Test(
    "with help open any key closes it, Ctrl-C still quits",
    arguments: [
      (InputEvent.character("x"), Action.toggleHelp), (.character("q"), .toggleHelp),
      (.escape, .toggleHelp), (.character("?"), .toggleHelp), (.down, .toggleHelp),
      (.ctrl("c"), .quit),
    ])
  func helpOpen(input: InputEvent, action: Action) {
    var state = AppState()
    state.helpOpen = true
    #expect(KeyMap.actions(for: input, in: state) == [action])
  }

  @Test("no input is bound twice")
  func noDuplicates() {
    let inputs = KeyMap.bindings.flatMap(\.mappings).map(\.input)
    #expect(Set(inputs).count == inputs.count)
  }

  @Test("every binding has keys and a summary, and every user action is bound")
  func tableComplete() {
    #expect(KeyMap.bindings.allSatisfy { !$0.keys.isEmpty && !$0.summary.isEmpty })
    let bound = Set(KeyMap.bindings.flatMap(\.mappings).map(\.action))
    let userActions: [Action] = [
      .quit, .togglePause, .faster, .slower, .focusNext, .focusPrevious, .cycleTheme,
      .cycleFilter, .cycleSort, .reverseSort, .move(-1), .move(1), .pageUp, .pageDown, .home,
      .end, .openDetail, .closeOverlay, .toggleHelp,
    ]
    #expect(userActions.filter { !bound.contains($0) } == [])
  }

  @Test("the README table has one line per binding")
  func markdown() {
    let lines = KeyMap.markdownTable().split(separator: "\n")
    #expect(lines.count == KeyMap.bindings.count + 2)
    #expect(lines[0] == "| Key | Action |")
    #expect(lines[2] == "| `q` `Ctrl-C` | quit |")
  }
}
