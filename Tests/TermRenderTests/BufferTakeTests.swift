import Testing

@testable import TermRender

/// `Buffer.take`, the step by which a redrawn pane reaches the live screen's copy: it copies
/// the pane's cells (all of them, or those of an `only:` rect) to where the pane sits, clipped
/// at the buffer's edges and at negative offsets, and appends exactly the changes that the
/// screen's own diff (`after.changes(from: before)`) reports — wide CJK glyphs and their
/// continuations included — and nothing for content the screen already holds.
@Suite("Buffer.take")
struct BufferTakeTests {
  /// A 6×3 pane: wide glyphs at even and odd columns, and a styled narrow row.
  static let pane: Buffer = {
    var pane = Buffer(width: 6, height: 3)
    pane.put("郑州ab", x: 0, y: 0, style: .plain)
    pane.put("x郑州y", x: 0, y: 1, style: Style(foreground: .indexed(2)))
    pane.put("abcdef", x: 0, y: 2, style: Style(attributes: .bold))
    return pane
  }()

  /// Screens the pane is taken onto: blank, filled, and full of wide glyphs.
  static let screens: [Buffer] = {
    var dotted = Buffer(width: 10, height: 5, fill: Cell("."))
    dotted.put("ab", x: 3, y: 1, style: .plain)
    var wide = Buffer(width: 10, height: 5)
    for y in 0..<5 { wide.put("站站站站站", x: 0, y: y, style: .plain) }
    return [Buffer(width: 10, height: 5), dotted, wide]
  }()

  /// Inside, clipped on the right and bottom, at negative offsets, and wholly outside.
  static let offsets = [
    (0, 0), (2, 1), (3, 1), (7, 3), (5, 4), (-1, 0), (-2, -1), (-3, 1), (-1, -2), (12, 0),
    (0, -5),
  ]

  /// The whole pane, one row, rects that start or end inside a wide glyph, a rect partly
  /// outside the pane, and one wholly outside.
  static let onlies: [Rect?] = [
    nil, Rect(x: 0, y: 1, width: 6, height: 1), Rect(x: 1, y: 0, width: 3, height: 2),
    Rect(x: 2, y: 0, width: 4, height: 3), Rect(x: 0, y: 1, width: 2, height: 1),
    Rect(x: -2, y: -1, width: 4, height: 3), Rect(x: 10, y: 10, width: 2, height: 2),
  ]

  /// `screen` with the cells of `only` (the whole pane by default) of `pane` copied to where
  /// the pane's corner is at (x, y), clipped, nothing repaired: what `take` must leave.
  static func copied(_ pane: Buffer, onto screen: Buffer, x ox: Int, y oy: Int, only: Rect?)
    -> Buffer
  {
    var out = screen
    let source = (only ?? pane.area).intersection(pane.area)
    guard !source.isEmpty else { return out }
    for py in source.y..<source.maxY {
      for px in source.x..<source.maxX where screen.area.contains(x: px + ox, y: py + oy) {
        out[px + ox, py + oy] = pane[px, py]
      }
    }
    return out
  }

  /// One take of the pane: onto which screen, where, and what it left and reported.
  struct Take {
    var place: String
    var before: Buffer
    var x: Int
    var y: Int
    var after: Buffer
    var changes: [CellChange]
  }

  /// The pane's `only` part taken onto every screen at every offset, each from scratch.
  static func takes(only: Rect?) -> [Take] {
    screens.enumerated().flatMap { index, before in
      offsets.map { ox, oy in
        var after = before
        var changes: [CellChange] = []
        after.take(pane, x: ox, y: oy, only: only, changes: &changes)
        return Take(
          place: "screen \(index) at (\(ox), \(oy))", before: before, x: ox, y: oy,
          after: after, changes: changes)
      }
    }
  }

  @Test("copies the rect and reports exactly the screen's diff", arguments: 0..<7)
  func copiesAndReportsTheDiff(onlyIndex: Int) {
    let only = Self.onlies[onlyIndex]
    var failures: [String] = []
    for take in Self.takes(only: only) {
      if take.after != Self.copied(Self.pane, onto: take.before, x: take.x, y: take.y, only: only) {
        failures.append("\(take.place): cells not copied as they are")
      }
      if take.changes != take.after.changes(from: take.before) {
        failures.append("\(take.place): reported \(take.changes.map { [$0.x, $0.y] })")
      }
    }
    #expect(failures == [], "only: \(String(describing: only))")
  }

  @Test("changes are appended after those already listed")
  func changesAreAppended() {
    let sentinel = CellChange(x: 99, y: 99, cell: Cell("!"))
    var changes = [sentinel]
    var screen = Self.screens[1]
    screen.take(Self.pane, x: 2, y: 1, changes: &changes)
    #expect(changes.first == sentinel)
    #expect(Array(changes.dropFirst()) == screen.changes(from: Self.screens[1]))
  }

  @Test("a second take of the same pane reports nothing and changes nothing", arguments: 0..<7)
  func identicalContentReportsNothing(onlyIndex: Int) {
    let only = Self.onlies[onlyIndex]
    for take in Self.takes(only: only) {
      var screen = take.after
      var again: [CellChange] = []
      screen.take(Self.pane, x: take.x, y: take.y, only: only, changes: &again)
      #expect(again == [], "\(take.place)")
      #expect(screen == take.after, "\(take.place)")
    }
  }

  @Test("a pane taken onto a screen that already shows it reports nothing")
  func screenShowingThePaneReportsNothing() {
    var screen = Buffer(width: 10, height: 5)
    screen.blit(Self.pane, x: 2, y: 1)
    let shown = screen
    var changes: [CellChange] = []
    screen.take(Self.pane, x: 2, y: 1, changes: &changes)
    #expect(changes == [])
    #expect(screen == shown)
  }

  @Test("a changed wide glyph is reported once, through its first cell")
  func wideGlyphReportedOnce() {
    var screen = Buffer(width: 8, height: 1)
    screen.put("ab郑州", x: 0, y: 0, style: .plain)
    var pane = Buffer(width: 6, height: 1)
    pane.put("ab站州", x: 0, y: 0, style: Style(attributes: .bold))
    var changes: [CellChange] = []
    screen.take(pane, x: 0, y: 0, changes: &changes)
    #expect(changes.map(\.x) == [0, 1, 2, 4])
    #expect(changes.map(\.cell.symbol) == ["a", "b", "站", "州"])
    #expect(screen.textLines() == ["ab站州  "])
  }

  @Test("changes lie on the screen, in the rows taken", arguments: 0..<7)
  func changesStayOnTheScreen(onlyIndex: Int) {
    let only = Self.onlies[onlyIndex]
    let rows = (only ?? Self.pane.area).intersection(Self.pane.area)
    for take in Self.takes(only: only) {
      for change in take.changes {
        #expect(take.after.area.contains(x: change.x, y: change.y), "\(take.place)")
        #expect((rows.y + take.y..<rows.maxY + take.y).contains(change.y), "\(take.place)")
      }
    }
  }
}
