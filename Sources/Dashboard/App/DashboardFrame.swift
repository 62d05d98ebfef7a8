import CorridorSim
import TermRender

/// The pure entry point of the dashboard: one frame from a snapshot and the app state.
///
/// Inputs, then each pane's model, then each model drawn: no cache, no global. `railtop
/// snapshot`, the goldens and the benchmarks call it; the live screen's `LiveRenderer` keeps
/// its own cache and always ends up with the same cells.
public enum DashboardFrame {
  /// Draws a whole screen of `width` × `height` cells with `state.theme` and `glyphs`
  /// (`GlyphSet.forLocale` picks ASCII when the locale is not UTF-8).
  public static func render(
    snapshot: SimSnapshot, state: AppState, width: Int, height: Int,
    glyphs: GlyphSet = .unicode
  ) -> Buffer {
    render(
      FrameInputs(snapshot: snapshot, state: state, glyphs: glyphs, width: width, height: height))
  }

  /// Draws every pane of `inputs.plan` from a fresh model, in plan order.
  public static func render(_ inputs: FrameInputs) -> Buffer {
    var buffer = Buffer(width: inputs.plan.width, height: inputs.plan.height)
    for placed in inputs.plan.placed {
      placed.pane.renderer.drawFresh(inputs, into: &buffer, area: placed.rect)
    }
    return buffer
  }
}
