import TermRender

/// One live frame's account of what it drew, and whether the panes may trust what they drew
/// into the same buffer last frame.
///
/// Only `LiveFrame` makes one, for the buffer it alone owns. The memos are process-wide and
/// also draw into fresh buffers (tests, `railtop snapshot`), so a pane skips its blit only when
/// its stamp says it passed this very drawing to this ledger's buffer the frame before and
/// the layout stayed the same since (`mayKeep`). Everything drawn is added to `dirty`, and
/// the diff looks only there.
final class FrameLedger {
  /// Names a ledger in the memos' stamps; held strongly there, so never reused for another.
  final class Token: Sendable {}

  /// Where and in which frame a remembered pane was last passed on to a ledger's buffer.
  struct Stamp: Equatable {
    var token: Token
    var frame: Int
    var area: Rect

    static func == (a: Stamp, b: Stamp) -> Bool {
      a.token === b.token && a.frame == b.frame && a.area == b.area
    }
  }

  /// What fixes where panes go and what may cover them.
  struct Layout: Equatable {
    var width: Int
    var height: Int
    var helpOpen: Bool
    var detailShown: Bool
  }

  let token = Token()
  /// Frames begun, the current one included.
  private(set) var frame = 0
  /// Whether the buffer still holds last frame's drawing under the same layout, with nothing
  /// drawn over the panes (no help overlay): then a pane that did not change draws nothing.
  private(set) var continues = false
  /// Cells drawn this frame.
  private(set) var dirty = DirtyRows(width: 0, height: 0)
  private var lastLayout: Layout?
  /// Pane-sized buffers for `drawWhole`, by slot.
  private var scratch: [Buffer] = []

  /// Starts a frame into a buffer of the layout's size; `kept`: the buffer is the one drawn
  /// through this ledger last frame, untouched since.
  func begin(_ layout: Layout, kept: Bool) {
    frame += 1
    continues = kept && layout == lastLayout && !layout.helpOpen
    lastLayout = layout
    if dirty.width != layout.width || dirty.height != layout.height {
      dirty = DirtyRows(width: layout.width, height: layout.height)
    } else {
      dirty.removeAll()
    }
    if !continues { dirty.addAll() }
  }

  /// Records that `rect` of the buffer was drawn this frame.
  func drew(_ rect: Rect) {
    // A frame that does not continue is diffed whole already.
    if continues { dirty.add(rect) }
  }

  /// Draws a pane that is drawn whole every frame (header, status line, train detail) at
  /// `area`: into a pane-sized buffer of its own when the frame continues the last one, so
  /// that only the cells that read differently are copied and compared, else straight into
  /// `buffer`. `draw` must paint every cell of the rectangle it is given.
  func drawWhole(
    _ slot: Int, into buffer: inout Buffer, area: Rect, draw: (inout Buffer, Rect) -> Void
  ) {
    guard continues else {
      draw(&buffer, area)
      return
    }
    if scratch.count <= slot {
      scratch += Array(repeating: Buffer(width: 0, height: 0), count: slot + 1 - scratch.count)
    }
    var pane = scratch[slot]
    scratch[slot] = Buffer(width: 0, height: 0)  // `pane` alone holds the storage
    if pane.width != area.width || pane.height != area.height {
      pane = Buffer(width: area.width, height: area.height)
    }
    draw(&pane, pane.area)
    buffer.blitDifferences(pane, x: area.x, y: area.y, only: pane.area) { dirty.add($0) }
    scratch[slot] = pane
  }

  /// The stamp of a pane passed on to `area` in this frame.
  func stamp(_ area: Rect) -> Stamp { Stamp(token: token, frame: frame, area: area) }

  /// Whether a pane stamped `stamp` may leave `area` as it is: it was passed on there last
  /// frame and nothing has covered it since.
  func mayKeep(_ stamp: Stamp?, area: Rect) -> Bool {
    continues && stamp == Stamp(token: token, frame: frame - 1, area: area)
  }
}

extension FrameLedger? {
  /// Passes a remembered pane on to `buffer` at `area` and returns its new stamp.
  ///
  /// `redrawn` lists the pane's rectangles (pane coordinates) drawn since it was last passed
  /// on. Into the live screen's buffer, where the pane was passed on last frame (`stamp`), only
  /// the cells of those that differ are copied (none at all when it did not change); else the
  /// whole pane is. A fresh
  /// buffer (no ledger) gets the whole pane and leaves the live screen's stamp as it was,
  /// unless the pane changed, which the live buffer has not seen: then there is no stamp.
  func pass(
    _ pane: Buffer, redrawn rects: [Rect], into buffer: inout Buffer, area: Rect,
    stamp: FrameLedger.Stamp?
  ) -> FrameLedger.Stamp? {
    guard let ledger = self else {
      buffer.blit(pane, x: area.x, y: area.y)
      return rects.isEmpty ? stamp : nil
    }
    if ledger.mayKeep(stamp, area: area) {
      // Of what was redrawn, only the cells that now read differently are copied (the
      // buffer holds last frame's pane) and compared again by the diff.
      for rect in rects {
        buffer.blitDifferences(pane, x: area.x, y: area.y, only: rect) { ledger.drew($0) }
      }
    } else {
      buffer.blit(pane, x: area.x, y: area.y)
      ledger.drew(area)
    }
    return ledger.stamp(area)
  }
}
