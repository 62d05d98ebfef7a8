import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Properties of whole frames that goldens alone would not explain.
@Suite("Frame content")
struct FrameContentTests {
  static func lines(_ width: Int, _ height: Int, prepare: (inout StateDriver) -> Void = { _ in })
    -> [String]
  {
    FixtureFrame.text(width, height, prepare: prepare)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The display column where `needle` starts in `line`, or nil.
  static func column(of needle: String, in line: String) -> Int? {
    guard let range = line.range(of: needle) else { return nil }
    return String(line[..<range.lowerBound]).displayWidth
  }

  @Test(
    "pane titles per size",
    arguments: [
      (80, 24, ["railtop", "Route progress", "Trains", "Events"]),
      (120, 40, ["railtop", "Route progress", "Trains", "Cargo volumes", "Events"]),
      (200, 60, ["railtop", "Route progress", "Trains", "Cargo volumes", "Events"]),
    ])
  func titles(width: Int, height: Int, titles: [String]) {
    let text = Self.lines(width, height).joined(separator: "\n")
    for title in titles { #expect(text.contains(title), "\(title) at \(width)x\(height)") }
    #expect(text.contains("X8044-0305W"))
    #expect(text.contains("SIMULATED"))
  }

  @Test(
    "every frame line is exactly the screen width", arguments: [(80, 24), (120, 40), (200, 60)])
  func widths(width: Int, height: Int) {
    let snapshot = SnapshotFixture.snapshot()
    let state = AppState(screen: ScreenSize(width: width, height: height))
    let buffer = DashboardFrame.render(
      snapshot: snapshot, state: state, width: width,
      height: height)
    #expect(buffer.textLines().allSatisfy { $0.displayWidth == width })
  }

  @Test("the help overlay lists every key of the key map")
  func help() {
    let text = Self.lines(120, 40) { $0.send(.toggleHelp) }.joined(separator: "\n")
    for binding in KeyMap.bindings {
      #expect(text.contains(binding.keys), "keys \(binding.keys)")
      #expect(text.contains(binding.summary), "summary \(binding.summary)")
    }
  }

  @Test("CJK native names take two cells and the columns after them stay aligned")
  func cjkAlignment() {
    let lines = Self.lines(120, 40) { state in
      state.send(.openDetail)
    }
    guard let headerIndex = lines.firstIndex(where: { $0.contains("Planned") }),
      let row = lines[headerIndex...].first(where: { $0.contains("郑州") })
    else {
      Issue.record("detail timeline not drawn")
      return
    }
    let header = lines[headerIndex]
    #expect(Self.column(of: "Planned", in: header) == Self.column(of: "03-03 01:00", in: row))
  }

  @Test("the selected train is the one in the route pane's selection bar")
  func selectionBar() {
    let lines = Self.lines(120, 40) { state in
      state.send(.end)
    }
    #expect(lines.contains { $0.contains("sel  X8045-0301E") })
  }

  @Test("filter and sort show in the trains title; a narrow title keeps the filter")
  func title() {
    func text(_ width: Int) -> String {
      Self.lines(width, 40) { state in
        state.send(.cycleFilter)
        for _ in 0..<4 { state.send(.cycleSort) }  // ID → Dir → Status → Location → Prog
        state.send(.reverseSort)
      }.joined(separator: "\n")
    }
    let wide = text(200)
    #expect(wide.contains("2 in transit, 1 loading, 1 arrived · sort progress ▼ · filter westbound"))
    // At 120 columns the sort leaves the title (the column header still marks it).
    let narrow = text(120)
    #expect(narrow.contains("2 in transit, 1 loading, 1 arrived · filter westbound"))
    #expect(narrow.contains("Prog▼"))
  }

  @Test("at 80x24 the help lists every key, the last one too")
  func helpFitsSmallScreen() {
    let text = Self.lines(80, 24) { $0.send(.toggleHelp) }.joined(separator: "\n")
    for binding in KeyMap.bindings {
      #expect(text.contains(String(binding.summary.prefix(20))), "\(binding.keys) missing")
    }
  }

  @Test("an empty snapshot draws and says there are no trains yet")
  func empty() {
    let snapshot = SnapshotFixture.snapshot(trains: [], eventCount: 0)
    let state = AppState()
    let text = DashboardFrame.render(snapshot: snapshot, state: state, width: 120, height: 40)
      .plainText()
    #expect(text.contains("no trains in transit yet"))
    #expect(text.contains("no events yet"))
  }
}
