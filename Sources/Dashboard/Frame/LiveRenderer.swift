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
  /// The table and events list of the last frame, for the reducer's list keys.
  public private(set) var lists = ListContext.empty
  /// The train the last frame's journey view followed, and whether it had arrived (nil when
  /// the view was not shown), for the reducer's `.kioskFollow`.
  public private(set) var followed: (trainID: String?, arrived: Bool)?
  /// The last frame's name tables, reused while the snapshot's names match.
  private var names: NameTables?
  private let cache = FrameCache()

  public init() {}

  /// Draws the frame for `snapshot` and `state` on a `width` × `height` screen and returns
  /// the cells that changed, row by row, left to right. A new size starts from a blank copy.
  @discardableResult
  public func render(
    snapshot: SimSnapshot, state: AppState, glyphs: GlyphSet, width: Int, height: Int
  ) -> [CellChange] {
    // Nothing of the snapshot itself is kept past the frame: the engine patches its cached
    // rows and event window in place, and a snapshot still held would make it copy them.
    let inputs = FrameInputs(
      snapshot: snapshot, state: state, glyphs: glyphs, width: width, height: height,
      names: names)
    names = inputs.names
    lists = inputs.lists
    followed =
      inputs.view == .kioskJourney
      ? (inputs.journeyTrain?.id, inputs.journeyTrain?.status == .arrived) : nil
    if screen.width != width || screen.height != height {
      screen = Buffer(width: width, height: height)
      cache.forgetScreen()
    }
    return cache.render(inputs, onto: &screen)
  }
}
