import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The legend where it does not fit (80×24): lines wrapped to the box, the scroll keys moving
/// it within its rows, any other key closing it, and the last row saying which rows show.
@Suite("Legend: wrapping and scrolling")
struct LegendScrollTests {
  static func legend(width: Int, height: Int, ui: GlyphSet = .unicode) throws -> (
    LegendLayout, [LegendLines.Line]
  ) {
    let state = try PaneModels.state(width: width, height: height)
    let frame = PaneModels.frame(PaneModels.snapshots(seed: 1, at: [0])[0], state, glyphs: ui)
    let lines = LegendPane.lines(frame)
    return (LegendLayout(lines: lines, area: Rect(x: 0, y: 0, width: width, height: height)), lines)
  }

  @Test(
    "every row fits its box, nothing is cut, and the rows spell the lines",
    arguments: [(80, 24), (60, 20), (40, 12), (160, 45), (24, 8)])
  func rowsWrapWithinTheBox(width: Int, height: Int) throws {
    for ui in [GlyphSet.unicode, .ascii] {
      let (layout, lines) = try Self.legend(width: width, height: height, ui: ui)
      #expect(layout.box.width <= width && layout.box.height <= height)
      for row in layout.rows {
        let used =
          row.isHeading ? 1 + row.text.displayWidth : 1 + layout.markWidth + 2 + row.text.displayWidth
        #expect(used <= layout.box.width - 2, "\(row.text)")
      }
      // The wrapped rows give back every character of every line, in order (a word longer
      // than the room is split, so spaces are left out of the comparison).
      let characters = lines.map(\.text).joined().filter { !$0.isWhitespace }
      #expect(layout.rows.map(\.text).joined().filter { !$0.isWhitespace } == characters)
      #expect(layout.rows.filter { !$0.mark.isEmpty }.map(\.mark) == lines.map(\.mark).filter { !$0.isEmpty })
    }
  }

  @Test("on a tall screen it fits and does not scroll; at 80×24 it scrolls to its last row")
  func fitsOrScrolls() throws {
    let (tall, _) = try Self.legend(width: 160, height: 45)
    #expect(tall.fits && tall.maxScroll == 0 && tall.shown == tall.rows.count)
    let (small, _) = try Self.legend(width: 80, height: 24)
    #expect(!small.fits)
    #expect(small.shown == small.room - 1, "one row says which rows show")
    #expect(small.maxScroll == small.rows.count - small.shown)
    #expect(small.clamped(-3) == 0 && small.clamped(10_000) == small.maxScroll)
  }

  @Test("the arrows, PgUp, PgDn, Home and End scroll it; q and Esc close it; Ctrl-C quits")
  func keys() throws {
    var state = try PaneModels.state(width: 80, height: 24)
    reduce(&state, .toggleLegend)
    #expect(KeyMap.actions(for: .down, in: state) == [.scrollLegend(1)])
    #expect(KeyMap.actions(for: .up, in: state) == [.scrollLegend(-1)])
    #expect(KeyMap.actions(for: .pageDown, in: state) == [.scrollLegend(KeyMap.legendPage)])
    #expect(KeyMap.actions(for: .pageUp, in: state) == [.scrollLegend(-KeyMap.legendPage)])
    #expect(KeyMap.actions(for: .end, in: state).count == 1)
    #expect(KeyMap.actions(for: .character("q"), in: state) == [.toggleLegend])
    #expect(KeyMap.actions(for: .escape, in: state) == [.toggleLegend])
    #expect(KeyMap.actions(for: .ctrl("c"), in: state) == [.quit])
  }

  @Test("scrolling stays within the legend as drawn, and opening it again starts at the top")
  func scrollIsClamped() throws {
    let snapshot = PaneModels.snapshots(seed: 1, at: [0])[0]
    let (layout, _) = try Self.legend(width: 80, height: 24)
    var state = try PaneModels.state(width: 80, height: 24)
    state = PaneModels.after([.toggleLegend, .scrollLegend(1), .scrollLegend(1)], state, snapshot: snapshot)
    #expect(state.legendScroll == 2)
    state = PaneModels.after([.scrollLegend(1_000)], state, snapshot: snapshot)
    #expect(state.legendScroll == layout.maxScroll)
    state = PaneModels.after([.scrollLegend(-1)], state, snapshot: snapshot)
    #expect(state.legendScroll == layout.maxScroll - 1, "one up from the end moves at once")
    state = PaneModels.after([.toggleLegend, .toggleLegend], state, snapshot: snapshot)
    #expect(state.legendOpen && state.legendScroll == 0)
    // Where it fits, the keys move nothing.
    var tall = try PaneModels.state(width: 160, height: 45)
    tall = PaneModels.after([.toggleLegend, .scrollLegend(5)], tall, snapshot: snapshot)
    #expect(tall.legendScroll == 0)
  }

  @Test("drawn at 80×24: the first rows and where they are, then, scrolled to the end, the last line")
  func drawn() throws {
    let snapshot = PaneModels.snapshots(seed: 1, at: [0])[0]
    let (layout, lines) = try Self.legend(width: 80, height: 24)
    var state = try PaneModels.state(width: 80, height: 24)
    state = PaneModels.after([.toggleLegend], state, snapshot: snapshot)
    let top = DashboardFrame.render(snapshot: snapshot, state: state, width: 80, height: 24)
      .plainText()
    #expect(top.contains("↑↓ scroll, other keys close"))
    #expect(top.contains("rows 1–\(layout.shown) of \(layout.rows.count)"))
    #expect(top.contains(lines[0].text))
    #expect(!top.contains("…"), "wrapped, not cut")
    state = PaneModels.after([.scrollLegend(1_000)], state, snapshot: snapshot)
    let end = DashboardFrame.render(snapshot: snapshot, state: state, width: 80, height: 24)
      .plainText()
    #expect(end.contains(layout.rows[layout.rows.count - 1].text))
    #expect(!end.contains(lines[0].text))
    #expect(end.contains("rows \(layout.maxScroll + 1)–\(layout.rows.count) of \(layout.rows.count)"))
    // On a tall screen the hint is the usual one and there is no position row.
    var tall = try PaneModels.state(width: 160, height: 45)
    tall = PaneModels.after([.toggleLegend], tall, snapshot: snapshot)
    let whole = DashboardFrame.render(snapshot: snapshot, state: tall, width: 160, height: 45)
      .plainText()
    #expect(whole.contains("Legend · any key closes") && !whole.contains(" of \(layout.rows.count)"))
  }
}
