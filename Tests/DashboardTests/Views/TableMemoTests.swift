import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The remembered trains table is exactly the table drawn afresh: a live run in six-minute
/// steps (×3600 at 10 fps) through selection moves, sort, theme, filter, focus, glyph and size
/// changes, drawn through the memo, equals the pane drawn from scratch frame by frame.
@Suite("Remembered trains table")
struct TableMemoTests {
  /// What the test changes before a frame (the run advances six sim minutes every frame).
  enum Step {
    case action(Action)
    case resize(Int, Int)
    case glyphs(GlyphSet)
  }

  static let steps: [Int: Step] = [
    12: .action(.move(3)),
    18: .action(.move(-1)),
    24: .action(.cycleSort),
    30: .action(.reverseSort),
    36: .action(.cycleTheme),
    42: .resize(120, 40),
    48: .action(.cycleFilter),
    54: .action(.focusNext),
    60: .glyphs(.ascii),
    66: .action(.end),
    72: .action(.pageUp),
    78: .resize(200, 60),
    84: .action(.cycleFilter),
    90: .glyphs(.unicode),
    96: .action(.home),
    102: .resize(80, 24),
  ]
  static let frames = 130

  static func lightTheme() throws -> Theme {
    let text = try #require(EmbeddedThemes.text(named: "light"))
    return try ThemeParser.theme(text: text, file: "light.theme", fallbackName: "light")
  }

  /// The first cell where two buffers differ, described; nil when they are equal.
  static func difference(_ a: Buffer, _ b: Buffer) -> String? {
    guard a.width == b.width, a.height == b.height else {
      return "sizes \(a.width)x\(a.height) and \(b.width)x\(b.height)"
    }
    for y in 0..<a.height {
      for x in 0..<a.width where a[x, y] != b[x, y] {
        return "(\(x), \(y)): \(a[x, y]) vs \(b[x, y]) in \"\(a.textLines()[y])\""
      }
    }
    return nil
  }

  @Test("a live run drawn through the memo equals fresh drawings, frame by frame")
  func liveRunEqualsFreshDrawings() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.keepsEventsForDrain = false
    simulation.run(until: .days(20))
    var state = AppState(
      themes: ThemeRing(current: .compiledDefault, others: [.loaded(try Self.lightTheme())]))
    var (width, height) = (160, 45)
    var glyphs = GlyphSet.unicode
    let memo = TableMemo()  // its own memo: tests running in parallel cannot touch it
    var viaMemo = Buffer(width: width, height: height)
    var screen = Buffer(width: width, height: height)
    for frame in 0..<Self.frames {
      switch Self.steps[frame] {
      case .action(let action): reduce(&state, action)
      case .resize(let w, let h): (width, height) = (w, h)
      case .glyphs(let set): glyphs = set
      case nil: break
      }
      simulation.run(until: simulation.now + 360)
      let snapshot = simulation.snapshot()
      state.sync(with: snapshot, width: width, height: height)
      let area = try #require(DashboardLayout.plan(width: width, height: height)[.trains])
      let context = FrameContext(snapshot: snapshot, state: state, ui: glyphs)
      if viaMemo.width != width || viaMemo.height != height {
        viaMemo = Buffer(width: width, height: height)
        screen = Buffer(width: width, height: height)
      }
      memo.trains(into: &viaMemo, area: area, context: context)
      var fresh = Buffer(width: width, height: height)
      TrainsTableView.drawAfresh(into: &fresh, area: area, context: context)
      #expect(Self.difference(viaMemo, fresh) == nil, "frame \(frame) \(width)x\(height)")

      // The whole screen through the shared memos, over the frame before: the table pane is
      // the fresh one and the rest is what a fresh screen shows.
      DashboardFrame.render(into: &screen, snapshot: snapshot, state: state, glyphs: glyphs)
      var expected = DashboardFrame.render(
        snapshot: snapshot, state: state, width: width, height: height, glyphs: glyphs)
      TrainsTableView.drawAfresh(into: &expected, area: area, context: context)
      #expect(Self.difference(screen, expected) == nil, "screen \(frame) \(width)x\(height)")
    }
    let counts = memo.counts
    // Most frames only repaint the cells that changed; a frame that redraws the pane is one
    // with a changed pane input (a step above, a train departing or arriving).
    #expect(counts.fullDraws < Self.frames / 2, "full draws \(counts.fullDraws)")
    #expect(counts.repaintedCells > Self.frames, "repainted cells \(counts.repaintedCells)")
  }

  @Test("a reset memo draws the pane afresh")
  func resetDrawsAfresh() throws {
    let snapshot = ScreenGoldenTests.snapshot
    var state = AppState()
    state.sync(with: snapshot, width: 120, height: 40)
    let area = try #require(DashboardLayout.plan(width: 120, height: 40)[.trains])
    let context = FrameContext(snapshot: snapshot, state: state, ui: .unicode)
    let memo = TableMemo()
    var first = Buffer(width: 120, height: 40)
    memo.trains(into: &first, area: area, context: context)
    var second = Buffer(width: 120, height: 40)
    memo.trains(into: &second, area: area, context: context)
    #expect(memo.counts.fullDraws == 1)
    memo.reset()
    var third = Buffer(width: 120, height: 40)
    memo.trains(into: &third, area: area, context: context)
    #expect(memo.counts.fullDraws == 2)
    #expect(first == second)
    #expect(first == third)
  }
  @Test("columns that fit keep the highest priorities, in display order")
  func columnsFitting() {
    typealias C = TrainsTableView.Column
    #expect(C.allCases.map(\.rawValue) == Array(0..<C.allCases.count))
    for width in 0..<200 {
      let shown = TrainsTableView.columns(fitting: width)
      let used = shown.map(\.width).reduce(0, +) + max(0, shown.count - 1)
      #expect(used <= max(0, width - 1))
      #expect(shown == C.allCases.filter(shown.contains))
      // Greedy by priority: a column left out did not fit after the ones kept before it.
      for column in C.allCases where !shown.contains(column) {
        let before = shown.filter { $0.priority < column.priority }
        let need = before.map(\.width).reduce(0, +) + before.count + column.width
        #expect(need > width - 1, "\(column) at \(width)")
      }
    }
  }
}
