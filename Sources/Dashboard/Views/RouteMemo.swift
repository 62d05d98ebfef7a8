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
    var key: StaticKey
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
  }

  private let lock = NSLock()
  private var remembered: Remembered?

  /// Blits the route pane into `area`, redrawing first whatever changed since the last call.
  func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    lock.lock()
    defer { lock.unlock() }
    // Taken out of the property so its buffers are uniquely referenced and change in place.
    var memo: Remembered
    if let known = remembered.take(), known.key.matches(context, area) {
      memo = known
    } else {
      memo = Self.afresh(StaticKey(context: context, area: area), context)
    }
    if let layout = memo.layout { update(&memo, layout: layout, context: context) }
    buffer.blit(memo.pane, x: area.x, y: area.y)
    remembered = memo
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
      bars: [])
  }

  /// Redraws the marker rows when the markers changed and each bar row whose bar changed.
  private func update(_ memo: inout Remembered, layout: RouteView.Layout, context: FrameContext) {
    let markers = RouteLineView.markers(rows: layout.line, context: context)
    if markers != memo.markers {
      Self.restore(row: layout.line.west, of: &memo, layout: layout)
      Self.restore(row: layout.line.east, of: &memo, layout: layout)
      markers.draw(into: &memo.pane, context: context)
      memo.markers = markers
    }
    // A bar beyond the bar rows is not drawn (as in `drawAfresh`), so it is not compared.
    let bars = Array(RouteView.bars(layout, context).prefix(layout.barRows.count))
    for (i, row) in layout.barRows.enumerated() {
      let old = i < memo.bars.count ? memo.bars[i] : nil
      let new = i < bars.count ? bars[i] : nil
      guard old != new else { continue }
      Self.restore(row: row.y, of: &memo, layout: layout)
      new?.draw(into: &memo.pane, row: row, context: context)
    }
    memo.bars = bars
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
