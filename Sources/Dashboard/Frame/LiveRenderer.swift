import CorridorSim
import TermRender

/// The live screen's frames: the copy of what the terminal shows, brought up to date each
/// frame through the frame cache, and the cells that changed.
///
/// After every `render`, `screen` equals what `DashboardFrame.render` draws for the same
/// inputs (tested by `LiveRendererTests`); the returned changes are exactly the cells where it
/// differs from the copy before. The live loop sends them through a terminal sink, or repaints
/// the terminal whole from `screen` when it may have changed behind railtop's back.
public final class LiveRenderer {
  /// What the terminal shows once the last frame's changes are sent.
  public private(set) var screen = Buffer(width: 0, height: 0)
  /// The inputs of the last frame (the lists the reducer's keys act on).
  public private(set) var lastInputs: FrameInputs?
  private let cache = FrameCache()

  public init() {}

  /// Draws the frame for `snapshot` and `state` on a `width` × `height` screen and returns
  /// the cells that changed, row by row, left to right. A new size starts from a blank copy.
  @discardableResult
  public func render(
    snapshot: SimSnapshot, state: AppState, glyphs: GlyphSet, width: Int, height: Int
  ) -> [CellChange] {
    let inputs = FrameInputs(
      snapshot: snapshot, state: state, glyphs: glyphs, width: width, height: height,
      names: lastInputs?.names)
    lastInputs = inputs
    if screen.width != width || screen.height != height {
      screen = Buffer(width: width, height: height)
      cache.forgetScreen()
    }
    return cache.render(inputs, onto: &screen)
  }

  /// The table and events list of the last frame, for the reducer's list keys.
  public var lists: ListContext { lastInputs?.lists ?? .empty }
}
