import CorridorSim
import Foundation
import TermRender

/// Remembers the last drawing of the route pane and redraws only the rows whose contents
/// changed.
///
/// The pane's chrome, line, station marks and labels depend only on the corridor, the pane's
/// size, the theme, the glyph set and focus; they are drawn once per `StaticKey` and kept
/// (`base`). Each frame the train markers and the two progress bars are computed as compact
/// values of what they show (`RouteMarkers`, `RouteBar`) and compared with the last frame's: a
/// layer that differs gets its rows restored from `base` and drawn again; the rest of the
/// remembered pane is blitted as it is. The dynamic layers touch only their own rows and are
/// drawn in the order `RouteView.drawAfresh` draws them, so the pane is cell for cell the one
/// drawn afresh (D16; tested by `RouteMemoTests`, `FrameReuseTests` and the goldens).
final class RouteMemo: @unchecked Sendable {
  static let shared = RouteMemo()

  /// Everything `RouteView.drawStatic` reads.
  struct StaticKey: Equatable {
    var corridor: CorridorLine
    var theme: Theme
    var ui: GlyphSet
    var focused: Bool
    var width: Int
    var height: Int

    init(context: FrameContext, area: Rect) {
      corridor = context.snapshot.corridor
      theme = context.theme
      ui = context.ui
      focused = context.state.focus == .route
      width = area.width
      height = area.height
    }

    /// Whether `init(context:area:)` would give this key, without copying anything.
    func matches(_ context: FrameContext, _ area: Rect) -> Bool {
      width == area.width && height == area.height
        && focused == (context.state.focus == .route) && ui == context.ui
        && theme == context.theme && corridor == context.snapshot.corridor
    }
  }

  /// The last pane and what is drawn on it, at the origin of a pane-sized buffer.
  private struct Remembered {
    /// Nil before the first pane.
    var key: StaticKey?
    var layout: RouteView.Layout?
    /// The static part alone.
    var base: Buffer
    /// `base` with `markers` and `bars` drawn on it.
    var pane: Buffer
    /// Per row of the pane: the one cell `base` holds across the dynamic layers' columns
    /// (`layout.line.area`'s), when it holds one; such a row is restored by a fill.
    var blankRows: [Cell?]
    /// Nil until drawn.
    var markers: RouteMarkers?
    var bars: [RouteBar]
    /// Per bar row: the column where the drawn bar's text (next stop, ETA, delay) starts.
    var barTexts: [Int?]

    /// Nothing remembered yet.
    static let none = Remembered(
      key: nil, layout: nil, base: Buffer(width: 0, height: 0),
      pane: Buffer(width: 0, height: 0), blankRows: [], markers: nil, bars: [], barTexts: [])
  }

  private let lock = NSLock()
  /// Changed in place (never copied out), so its buffers stay uniquely referenced.
  private var remembered = Remembered.none
  /// Where the pane was last passed on to the live screen's buffer (`FrameLedger`).
  private var stamp: FrameLedger.Stamp?

  /// Blits the route pane into `area`, redrawing first whatever changed since the last call.
  /// Into the live screen's buffer, where last frame's pane still is, only the redrawn rows
  /// are passed on (`FrameLedger`).
  func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    lock.lock()
    defer { lock.unlock() }
    var redrawn: [Rect] = []
    if remembered.key?.matches(context, area) != true {
      remembered = Self.afresh(StaticKey(context: context, area: area), context)
      redrawn.append(remembered.pane.area)
    }
    if let layout = remembered.layout {
      for y in update(&remembered, layout: layout, context: context) {
        redrawn.append(Rect(x: 0, y: y, width: area.width, height: 1))
      }
    }
    stamp = context.ledger.pass(
      remembered.pane, redrawn: redrawn, into: &buffer, area: area, stamp: stamp)
  }

  /// The static part drawn for `key`, with no markers or bars yet.
  private static func afresh(_ key: StaticKey, _ context: FrameContext) -> Remembered {
    var base = Buffer(width: key.width, height: key.height)
    let layout = RouteView.drawStatic(
      into: &base, area: Rect(x: 0, y: 0, width: key.width, height: key.height),
      context: context)
    var blankRows: [Cell?] = Array(repeating: nil, count: key.height)
    if let columns = layout.map({ $0.line.area.x..<$0.line.area.maxX }), !columns.isEmpty {
      for y in 0..<key.height {
        let first = base[columns.lowerBound, y]
        if columns.allSatisfy({ base[$0, y] == first }) { blankRows[y] = first }
      }
    }
    return Remembered(
      key: key, layout: layout, base: base, pane: base, blankRows: blankRows, markers: nil,
      bars: [], barTexts: [])
  }

  /// Redraws the markers that changed and each bar (or only its text) that changed; returns
  /// the pane rows it drew on (the dynamic layers draw on their own rows only).
  private func update(_ memo: inout Remembered, layout: RouteView.Layout, context: FrameContext)
    -> [Int]
  {
    var touched: [Int] = []
    let markers = RouteLineView.markers(rows: layout.line, context: context)
    if markers != memo.markers { touched += [layout.line.west, layout.line.east] }
    if let old = memo.markers, old != markers, Self.patch(old, to: markers, in: &memo, context) {
      memo.markers = markers
    } else if markers != memo.markers {
      Self.restore(row: layout.line.west, of: &memo, layout: layout)
      Self.restore(row: layout.line.east, of: &memo, layout: layout)
      markers.draw(into: &memo.pane, context: context)
      memo.markers = markers
    }
    // A bar beyond the bar rows is not drawn (as in `drawAfresh`), so it is not compared.
    let bars = Array(RouteView.bars(layout, context).prefix(layout.barRows.count))
    memo.barTexts =
      memo.barTexts.count == layout.barRows.count
      ? memo.barTexts : Array(repeating: nil, count: layout.barRows.count)
    for (i, row) in layout.barRows.enumerated() {
      let old = i < memo.bars.count ? memo.bars[i] : nil
      let new = i < bars.count ? bars[i] : nil
      guard old != new else { continue }
      touched.append(row.y)
      if let old, let new, old.sameHead(as: new), let x = memo.barTexts[i],
        Self.restore(row.y, from: x, to: row.maxX, of: &memo)
      {
        new.drawText(into: &memo.pane, x: x, row: row, context: context)
        continue
      }
      Self.restore(row: row.y, of: &memo, layout: layout)
      memo.barTexts[i] = new?.draw(into: &memo.pane, row: row, context: context)
    }
    memo.bars = bars
    return touched
  }

  /// Redraws only the marker cells that differ between `old` and `new`; false (nothing drawn)
  /// when the line's shape makes that unsafe, and the caller redraws the marker rows.
  ///
  /// Each cell is restored from `base` and drawn as `new.draw` would leave it. That holds
  /// because the two marker rows differ (not a compact line, where both directions share a
  /// cell) and `base` holds one-column blanks there, so a marker write touches no neighbour.
  private static func patch(
    _ old: RouteMarkers, to new: RouteMarkers, in memo: inout Remembered,
    _ context: FrameContext
  ) -> Bool {
    guard old.rows == new.rows, old.width == new.width, old.slots.count == new.slots.count,
      new.rows.west != new.rows.east,
      let westBlank = memo.blankRows[new.rows.west], westBlank.width == 1,
      let eastBlank = memo.blankRows[new.rows.east], eastBlank.width == 1
    else { return false }
    func redraw(_ index: Int) {
      let (x, y) = new.position(ofSlot: index)
      memo.pane.put(cell: y == new.rows.west ? westBlank : eastBlank, x: x, y: y)
      new.drawSlot(index, into: &memo.pane, context: context)
    }
    // The cell the selected train left shows its slot again.
    var left: Int?
    if old.selected != new.selected, let gone = old.selected {
      guard let index = new.slot(atX: gone.x, y: gone.y) else { return false }
      left = index
    }
    for index in new.slots.indices where new.slots[index] != old.slots[index] { redraw(index) }
    if let left { redraw(left) }
    new.selected?.draw(into: &memo.pane)
    return true
  }

  /// Restores row `y` from column `x` up to `end` from `base` when it is one blank there and
  /// the cell before `x` is one column wide (so a fill changes nothing outside); else false.
  private static func restore(_ y: Int, from x: Int, to end: Int, of memo: inout Remembered)
    -> Bool
  {
    guard let blank = memo.blankRows[y], x > 0, x <= end, memo.pane[x - 1, y].width == 1
    else { return false }
    memo.pane.fill(Rect(x: x, y: y, width: end - x, height: 1), with: blank)
    return true
  }

  /// Copies row `y` of the static part over the pane, across the columns the markers and bars
  /// draw in (`layout.line.area`'s: neither draws outside them).
  private static func restore(row y: Int, of memo: inout Remembered, layout: RouteView.Layout) {
    let area = layout.line.area
    if let blank = memo.blankRows[y] {
      memo.pane.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: blank)
    } else {
      for x in area.x..<area.maxX { memo.pane[x, y] = memo.base[x, y] }
    }
  }

}
