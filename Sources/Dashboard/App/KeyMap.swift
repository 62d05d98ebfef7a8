import TermRender

/// One row of the key table: the keys, what they do, and the action each input sends.
public struct KeyBinding: Sendable, Hashable {
  /// One input and the action it sends.
  public struct Mapping: Sendable, Hashable {
    public var input: InputEvent
    public var action: Action
    public init(input: InputEvent, action: Action) {
      self.input = input
      self.action = action
    }
  }

  /// Keys as the help overlay and README show them, e.g. `↑  k`.
  public var keys: String
  /// What the keys do, one short phrase.
  public var summary: String
  public var mappings: [Mapping]

  /// A row whose inputs all send the same action.
  public init(_ keys: String, _ summary: String, inputs: [InputEvent], action: Action) {
    self.init(keys, summary, mappings: inputs.map { Mapping(input: $0, action: action) })
  }

  /// A row whose inputs send different actions (e.g. PgUp and PgDn).
  public init(_ keys: String, _ summary: String, mappings: [Mapping]) {
    self.keys = keys
    self.summary = summary
    self.mappings = mappings
  }
}

/// Maps terminal input to actions, from ONE table that also writes the help overlay and the
/// README's key list (`KeyMap.bindings`, `KeyMap.markdownTable()`).
public enum KeyMap {
  /// Every key the dashboard knows, in help order.
  public static let bindings: [KeyBinding] = [
    KeyBinding("q  Ctrl-C", "quit", inputs: [.character("q"), .ctrl("c")], action: .quit),
    KeyBinding(
      "space", "pause / resume the simulation", inputs: [.character(" ")],
      action: .togglePause),
    KeyBinding(
      "+", "double the speed", inputs: [.character("+"), .character("=")],
      action: .faster),
    KeyBinding(
      "-", "halve the speed", inputs: [.character("-"), .character("_")],
      action: .slower),
    KeyBinding("0", "back to the start speed", inputs: [.character("0")], action: .resetSpeed),
    KeyBinding("Tab", "focus the next pane", inputs: [.tab], action: .focusNext),
    KeyBinding(
      "Shift-Tab", "focus the previous pane", inputs: [.backTab],
      action: .focusPrevious),
    KeyBinding(
      "↑  k", "select the previous train (scroll events when focused)",
      inputs: [.up, .character("k")], action: .move(-1)),
    KeyBinding(
      "↓  j", "select the next train (scroll events when focused)",
      inputs: [.down, .character("j")], action: .move(1)),
    KeyBinding(
      "PgUp  PgDn", "move the selection by a page",
      mappings: [
        .init(input: .pageUp, action: .pageUp), .init(input: .pageDown, action: .pageDown),
      ]),
    KeyBinding(
      "Home  End  g  G", "first / last train (newest / oldest event)",
      mappings: [
        .init(input: .home, action: .home), .init(input: .character("g"), action: .home),
        .init(input: .end, action: .end), .init(input: .character("G"), action: .end),
      ]),
    KeyBinding(
      "Enter", "open the selected train's detail", inputs: [.enter],
      action: .openDetail),
    KeyBinding(
      "Esc", "close the legend, the help or the detail view", inputs: [.escape],
      action: .closeOverlay),
    KeyBinding("s", "cycle the sort column", inputs: [.character("s")], action: .cycleSort),
    KeyBinding("S", "reverse the sort order", inputs: [.character("S")], action: .reverseSort),
    KeyBinding(
      "f", "cycle the filter: " + TableFilter.allCases.map(\.label).joined(separator: " / "),
      inputs: [.character("f")], action: .cycleFilter),
    KeyBinding(
      "t", "switch to the next theme", inputs: [.character("t")],
      action: .cycleTheme),
    KeyBinding("M", "show / hide the map", inputs: [.character("M")], action: .toggleMap),
    KeyBinding(
      "m  1  2  3", "map: next region; whole corridor, China, Europe",
      mappings: [
        .init(input: .character("m"), action: .cycleMapRegion),
        .init(input: .character("1"), action: .showMapRegion(.corridor)),
        .init(input: .character("2"), action: .showMapRegion(.china)),
        .init(input: .character("3"), action: .showMapRegion(.europe)),
      ]),
    KeyBinding("?", "show / hide this help", inputs: [.character("?")], action: .toggleHelp),
    KeyBinding(
      "L", "show / hide the legend: marks, colours, train ids", inputs: [.character("L")],
      action: .toggleLegend),
  ]

  /// Lookup table from input to action, built once from `bindings`.
  private static let actionByInput: [InputEvent: Action] = {
    var table: [InputEvent: Action] = [:]
    for mapping in bindings.flatMap(\.mappings) where table[mapping.input] == nil {
      table[mapping.input] = mapping.action
    }
    return table
  }()

  /// The actions for one input. With the help overlay open, any key closes it but `L`, which
  /// turns to the legend; with the legend open, any key closes it (Ctrl-C still quits in
  /// both); resizes are the live loop's business and map to nothing.
  public static func actions(for input: InputEvent, in state: AppState) -> [Action] {
    if case .resize = input { return [] }
    if state.kiosk != nil { return KioskKeys.actions(for: input, usual: actionByInput[input]) }
    if state.legendOpen {
      return input == .ctrl("c") ? [.quit] : [.toggleLegend]
    }
    if state.helpOpen {
      if input == .character("L") { return [.toggleLegend] }
      return input == .ctrl("c") ? [.quit] : [.toggleHelp]
    }
    guard let action = actionByInput[input] else { return [] }
    return [action]
  }

  /// The key list as a Markdown table, for the README.
  public static func markdownTable() -> String {
    var lines = ["| Key | Action |", "|---|---|"]
    for row in bindings {
      let keys = row.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
      lines.append("| \(keys) | \(row.summary) |")
    }
    return lines.joined(separator: "\n")
  }
}
