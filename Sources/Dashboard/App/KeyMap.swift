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
      "space", "pause / resume the simulation (cargo focused: like Enter)",
      inputs: [.character(" ")], action: .togglePause),
    KeyBinding(
      ".", "step one sim hour while paused", inputs: [.character(".")], action: .stepHour),
    // Pairs share a row, so that every key fits the help at 80×24.
    KeyBinding(
      "+  -", "double / halve the speed",
      mappings: [
        .init(input: .character("+"), action: .faster),
        .init(input: .character("="), action: .faster),
        .init(input: .character("-"), action: .slower),
        .init(input: .character("_"), action: .slower),
      ]),
    KeyBinding("0", "back to the start speed", inputs: [.character("0")], action: .resetSpeed),
    KeyBinding(
      "Tab  Shift-Tab", "focus the next / previous pane",
      mappings: [
        .init(input: .tab, action: .focusNext), .init(input: .backTab, action: .focusPrevious),
      ]),
    KeyBinding(
      "↑  k", "up in the focused pane (table, route line, events, cargo)",
      inputs: [.up, .character("k")], action: .move(-1)),
    KeyBinding(
      "↓  j", "down in the focused pane (table, route line, events, cargo)",
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
      "Enter", "train's detail (cargo focused: list trains carrying it)", inputs: [.enter],
      action: .openDetail),
    KeyBinding(
      "Esc", "close the legend, the help or the detail, else clear the search", inputs: [.escape],
      action: .closeOverlay),
    KeyBinding(
      "/", "search by id, service or station (Enter keeps, Esc clears)",
      inputs: [.character("/")], action: .startSearch),
    KeyBinding(
      "s", "sort by the next column shown (delay: worst first)", inputs: [.character("s")], action: .cycleSort),
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

  /// The actions for one input, decided by the state in this one place: with the legend open,
  /// the scroll keys scroll it and any other key closes it; with the help overlay open, any
  /// key closes it but `L`, which turns to the legend (Ctrl-C still quits in both); while a
  /// search query is typed, keys edit it (the arrows still move the selection); on the focused
  /// cargo pane Enter and Space pick its category; resizes are the live loop's business and
  /// map to nothing. What the arrows move on the focused pane, the reducer decides
  /// (`Action.move`).
  public static func actions(for input: InputEvent, in state: AppState) -> [Action] {
    if case .resize = input { return [] }
    if state.kiosk != nil { return KioskKeys.actions(for: input, usual: actionByInput[input]) }
    if case .mouse(let event) = input { return [.mouse(event)] }
    if state.legendOpen { return legendActions(for: input) }
    if state.helpOpen {
      if input == .character("L") { return [.toggleLegend] }
      return input == .ctrl("c") ? [.quit] : [.toggleHelp]
    }
    if state.searchEditing { return searchActions(for: input) }
    // The cargo pane picks a category with Enter or Space (Esc clears it: `closeOverlay`).
    if state.focus == .cargo, state.view == .dashboard,
      input == .enter || input == .character(" ")
    {
      return [.toggleCargoFilter]
    }
    guard let action = actionByInput[input] else { return [] }
    return [action]
  }

  /// Keys with the legend open: the arrows, PgUp, PgDn, Home and End scroll it (where it does
  /// not fit; elsewhere they do nothing), Ctrl-C quits, any other key closes it.
  static func legendActions(for input: InputEvent) -> [Action] {
    switch input {
    case .up: [.scrollLegend(-1)]
    case .down: [.scrollLegend(1)]
    case .pageUp: [.scrollLegend(-legendPage)]
    case .pageDown: [.scrollLegend(legendPage)]
    case .home: [.scrollLegend(-Int(Int32.max))]
    case .end: [.scrollLegend(Int(Int32.max))]
    case .ctrl("c"): [.quit]
    default: [.toggleLegend]
    }
  }

  /// Rows PgUp and PgDn scroll the legend: its box is at most a screen high, and on the
  /// smallest screens it shows about this many.
  static let legendPage = 10

  /// Keys while the query is typed: characters go into it, Backspace deletes, Enter keeps it,
  /// Esc clears it; the table's movement keys still move.
  static func searchActions(for input: InputEvent) -> [Action] {
    switch input {
    case .character(let character): [.searchType(character)]
    case .backspace, .delete: [.searchBackspace]
    case .enter: [.searchCommit]
    case .escape: [.searchCancel]
    case .ctrl("c"): [.quit]
    case .up: [.move(-1)]
    case .down: [.move(1)]
    case .pageUp: [.pageUp]
    case .pageDown: [.pageDown]
    default: []
    }
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
