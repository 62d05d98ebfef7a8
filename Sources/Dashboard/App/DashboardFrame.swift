import CorridorSim
import TermRender

/// The pure entry point of the dashboard: one frame from a snapshot and the app state.
///
/// The live screen and `railtop snapshot` both call this, so they can never disagree.
/// Call `AppState.sync(with:width:height:)` first so the table selection matches the rows.
public enum DashboardFrame {
  /// Draws a whole screen of `width` × `height` cells with `state.theme` and `glyphs`
  /// (`GlyphSet.forLocale` picks ASCII when the locale is not UTF-8).
  public static func render(
    snapshot: SimSnapshot, state: AppState, width: Int, height: Int,
    glyphs: GlyphSet = .unicode
  ) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    render(into: &buffer, snapshot: snapshot, state: state, glyphs: glyphs)
    return buffer
  }

  /// Draws into an existing buffer of the screen's size (the live loop reuses one).
  public static func render(
    into buffer: inout Buffer, snapshot: SimSnapshot, state: AppState,
    glyphs: GlyphSet = .unicode
  ) {
    let theme = state.theme
    let plan = DashboardLayout.plan(width: buffer.width, height: buffer.height)
    if plan.isTooSmall {
      buffer.fill(buffer.area, with: .blank(theme[.background]))
      TooSmallView.draw(into: &buffer, width: buffer.width, height: buffer.height, theme: theme)
      return
    }
    // No clearing pass: the panes tile the screen (a layout test proves it) and each one
    // paints its whole rectangle.
    let context = FrameContext(snapshot: snapshot, state: state, ui: glyphs)
    if let r = plan[.header] { HeaderView.draw(into: &buffer, area: r, context: context) }
    if let r = plan[.kpis] { KPIStripView.draw(into: &buffer, area: r, context: context) }
    if let r = plan[.route] { RouteView.draw(into: &buffer, area: r, context: context) }
    if state.detailOpen, let selected = context.selected, let r = plan.detailArea {
      TrainDetailView.draw(into: &buffer, area: r, train: selected, context: context)
    } else {
      if let r = plan[.trains] { TrainsTableView.draw(into: &buffer, area: r, context: context) }
      if let r = plan[.cargo] { CargoView.draw(into: &buffer, area: r, context: context) }
    }
    if let r = plan[.events] { EventsView.draw(into: &buffer, area: r, context: context) }
    if let r = plan[.statusLine] { StatusLineView.draw(into: &buffer, area: r, context: context) }
    if state.helpOpen {
      HelpOverlay.draw(into: &buffer, screen: buffer.area, context: context)
    }
  }
}
