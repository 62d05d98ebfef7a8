import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The legend (`L`) lists every mark the route pane and the table can draw, in every glyph set,
/// and opens, turns from the help and closes through the reducer.
@Suite("Legend")
struct LegendTests {
  /// Every symbol the route line can put on screen: train markers of every status and
  /// direction, the crowd, the gauges and every stop mark.
  static func routeGlyphs(_ glyphs: DashboardGlyphs) -> Set<String> {
    var all: Set<String> = [glyphs.crowd, glyphs.standardGauge, glyphs.broadGauge]
    for status in TrainStatus.allCases {
      for direction in [Direction.westbound, .eastbound] {
        all.insert(glyphs.marker(status: status, direction: direction))
      }
    }
    for mark in RouteLine.Mark.allCases { all.insert(mark.symbol(glyphs)) }
    return all
  }

  static func lines(_ ui: GlyphSet) throws -> [LegendLines.Line] {
    let frame = PaneModels.frame(
      PaneModels.snapshots(seed: 1, at: [0])[0], try PaneModels.state(), glyphs: ui)
    return LegendPane.lines(frame)
  }

  @Test("every glyph the route pane can draw is in the legend", arguments: [true, false])
  func everyRouteGlyph(unicode: Bool) throws {
    let ui: GlyphSet = unicode ? .unicode : .ascii
    let glyphs: DashboardGlyphs = unicode ? .unicode : .ascii
    let marks = Set(try Self.lines(ui).map(\.mark))
    #expect(Self.routeGlyphs(glyphs).subtracting(marks).isEmpty)
    for severity in SimEvent.Severity.allCases { #expect(marks.contains(glyphs.severity(severity))) }
    #expect(marks.isSuperset(of: ["sel", "lead", "-2", "R"]))
  }

  @Test("the branch line names the corridor's branch, and the route draws its mark at Berlin")
  func branchIsExplained() throws {
    let lines = try Self.lines(.unicode)
    let branch = try #require(lines.first { $0.mark == DashboardGlyphs.unicode.branch })
    #expect(branch.text.contains("Berlin–Hamburg"))
    let snapshot = PaneModels.snapshots(seed: 1, at: [0])[0]
    var buffer = Buffer(width: 160, height: 6)
    let rows = RouteLine.Rows(area: Rect(x: 0, y: 0, width: 160, height: 4), compact: false)
    let frame = PaneModels.frame(snapshot, try PaneModels.state(width: 160, height: 45))
    RouteLine.drawLine(snapshot.corridor, into: &buffer, rows: rows, chrome: PaneChrome(.route, frame))
    let berlin = try #require(snapshot.corridor.stops.first { $0.id == "berlin" })
    let column = RouteGeometry(corridor: snapshot.corridor, x: 0, width: 160).column(km: berlin.km)
    #expect(String(buffer[column, rows.line].scalar) == DashboardGlyphs.unicode.branch)
  }

  @Test("every line of the legend fits on a 160-column screen")
  func fits() throws {
    let lines = try Self.lines(.unicode)
    let markWidth = lines.map { $0.mark.displayWidth }.max() ?? 0
    for line in lines where !line.isHeading {
      #expect(markWidth + line.text.displayWidth + 7 <= 160, "\(line.text)")
    }
    #expect(lines.count + 4 <= 45)
  }

  @Test("L opens the legend, any key closes it, L turns to it from the help, Esc closes it")
  func keys() throws {
    var state = try PaneModels.state()
    let open = KeyMap.actions(for: .character("L"), in: state)
    #expect(open == [.toggleLegend])
    for action in open { reduce(&state, action) }
    #expect(state.legendOpen)
    #expect(KeyMap.actions(for: .character("q"), in: state) == [.toggleLegend])
    #expect(KeyMap.actions(for: .ctrl("c"), in: state) == [.quit])
    reduce(&state, .closeOverlay)
    #expect(!state.legendOpen)
    reduce(&state, .toggleHelp)
    for action in KeyMap.actions(for: .character("L"), in: state) { reduce(&state, action) }
    #expect(state.legendOpen && !state.helpOpen)
    let frame = PaneModels.frame(SnapshotFixture.snapshot(), state)
    #expect(frame.plan[.legend] != nil && frame.plan[.help] == nil)
  }
}
