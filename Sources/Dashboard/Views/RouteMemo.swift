import CorridorSim
import Foundation
import TermRender

/// Remembers the last drawing of the route pane and redraws only the rows whose contents
/// changed.
///
/// The pane's chrome, line, station marks and labels depend only on the corridor, the pane's
/// size, the theme, the glyph set and focus; they are drawn once per `StaticKey` and kept
/// (`base`). Each frame the train markers and the two progress bars are computed as short
/// lists of what they show (`RouteMarker`, `RouteBar`) and compared with the last frame's: a
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
  }

  /// The last pane and what is drawn on it, at the origin of a pane-sized buffer.
  private struct Remembered {
    var key: StaticKey
    var layout: RouteView.Layout?
    /// The static part alone.
    var base: Buffer
    /// `base` with `markers` and `bars` drawn on it.
    var pane: Buffer
    var markers: [RouteMarker]
    var bars: [RouteBar]
  }

  private let lock = NSLock()
  private var remembered: Remembered?

  /// Blits the route pane into `area`, redrawing first whatever changed since the last call.
  func draw(into buffer: inout Buffer, area: Rect, context: FrameContext) {
    let key = StaticKey(context: context, area: area)
    lock.lock()
    defer { lock.unlock() }
    // Moved out of the property so its buffers are uniquely referenced and change in place.
    var memo = remembered.flatMap { $0.key == key ? $0 : nil } ?? Self.afresh(key, context)
    remembered = nil
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
    return Remembered(key: key, layout: layout, base: base, pane: base, markers: [], bars: [])
  }

  /// Redraws the marker rows when the markers changed and each bar row whose bar changed.
  private func update(_ memo: inout Remembered, layout: RouteView.Layout, context: FrameContext) {
    let markers = RouteLineView.markers(rows: layout.line, context: context)
    if markers != memo.markers {
      Self.restore(row: layout.line.west, of: &memo)
      Self.restore(row: layout.line.east, of: &memo)
      for marker in markers { marker.draw(into: &memo.pane) }
      memo.markers = markers
    }
    // A bar beyond the bar rows is not drawn (as in `drawAfresh`), so it is not compared.
    let bars = Array(RouteView.bars(layout, context).prefix(layout.barRows.count))
    for (i, row) in layout.barRows.enumerated() {
      let old = i < memo.bars.count ? memo.bars[i] : nil
      let new = i < bars.count ? bars[i] : nil
      guard old != new else { continue }
      Self.restore(row: row.y, of: &memo)
      new?.draw(into: &memo.pane, row: row, context: context)
    }
    memo.bars = bars
  }

  /// Copies row `y` of the static part over the pane.
  private static func restore(row y: Int, of memo: inout Remembered) {
    for x in 0..<memo.base.width { memo.pane[x, y] = memo.base[x, y] }
  }

}
