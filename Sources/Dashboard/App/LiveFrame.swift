import CorridorSim
import TermRender

/// The live screen's frames: one persistent buffer that each frame redraws only where panes
/// changed, and the cells the terminal shows, compared only where the frame drew.
///
/// Ten frames a second, most of which change a few dozen cells: a frame that redrew and
/// compared the whole 160×45 screen touched far more memory than it changed, and with the
/// process asleep between frames that memory is cold. `buffer` always equals what
/// `DashboardFrame.render(snapshot:state:width:height:glyphs:)` draws into a fresh buffer, and
/// `changes()` equals `buffer.changes(from:)` of the frame before (tested by `LiveFrameTests`).
public final class LiveFrame {
  /// The frame last rendered.
  public private(set) var buffer = Buffer(width: 0, height: 0)
  /// What the terminal shows, as far as this frame knows (`screenKnown`).
  private var shown = Buffer(width: 0, height: 0)
  private var screenKnown = false
  private let ledger = FrameLedger()

  public init() {}

  /// Draws the frame for `snapshot` and `state` on a `width` × `height` screen (call
  /// `AppState.sync(with:width:height:)` first), redrawing only what changed.
  public func render(
    snapshot: SimSnapshot, state: AppState, glyphs: GlyphSet, width: Int, height: Int
  ) {
    let kept = buffer.width == width && buffer.height == height
    if !kept { buffer = Buffer(width: width, height: height) }
    DashboardFrame.render(
      into: &buffer, ledger: ledger, kept: kept, snapshot: snapshot, state: state,
      glyphs: glyphs)
  }

  /// The cells of the last rendered frame that the terminal does not show yet; afterwards it
  /// counts them as shown.
  public func changes() -> [CellChange] {
    guard screenKnown else {
      screenKnown = true
      shown = buffer
      return buffer.changes(from: nil)
    }
    return buffer.changes(from: &shown, in: ledger.dirty)
  }

  /// Cells the last frame drew and compared (tests tell from it that unchanged panes were
  /// left alone).
  var drawnCells: Int {
    let dirty = ledger.dirty
    return (0..<dirty.height).reduce(0) { $0 + dirty.columns(ofRow: $1).count }
  }

  /// Forgets what the terminal shows (after a resize, or when it may have been cleared): the
  /// next `changes()` sends every cell.
  public func forgetScreen() {
    screenKnown = false
  }
}
