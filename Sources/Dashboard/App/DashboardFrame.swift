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

  /// Draws into an existing buffer of the screen's size, every cell of it.
  public static func render(
    into buffer: inout Buffer, snapshot: SimSnapshot, state: AppState,
    glyphs: GlyphSet = .unicode
  ) {
    render(
      into: &buffer, ledger: nil, kept: false, snapshot: snapshot, state: state, glyphs: glyphs)
  }

  /// Draws into `buffer`, reporting to `ledger` (the live screen's, see `LiveFrame`) what it
  /// drew; with a ledger, panes unchanged since the frame before leave their cells alone.
  /// `kept`: the buffer holds the frame last drawn through `ledger`.
  static func render(
    into buffer: inout Buffer, ledger: FrameLedger?, kept: Bool, snapshot: SimSnapshot,
    state: AppState, glyphs: GlyphSet
  ) {
    let theme = state.theme
    let plan = LayoutMemo.shared.layout(width: buffer.width, height: buffer.height).plan
    if plan.isTooSmall {
      ledger?.begin(
        FrameLedger.Layout(
          width: buffer.width, height: buffer.height, helpOpen: false, detailShown: false),
        kept: kept)
      ledger?.drew(buffer.area)
      buffer.fill(buffer.area, with: .blank(theme[.background]))
      TooSmallView.draw(into: &buffer, width: buffer.width, height: buffer.height, theme: theme)
      return
    }
    // No clearing pass: the panes tile the screen (a layout test proves it) and each one
    // paints its whole rectangle, or (with a ledger) keeps it as it was last frame.
    let context = FrameContext(snapshot: snapshot, state: state, ui: glyphs, ledger: ledger)
    let detail =
      state.detailOpen ? context.selected.flatMap { t in plan.detailArea.map { (t, $0) } } : nil
    ledger?.begin(
      FrameLedger.Layout(
        width: buffer.width, height: buffer.height, helpOpen: state.helpOpen,
        detailShown: detail != nil),
      kept: kept)
    // Panes drawn whole every frame: the header's clock moves every frame, and the detail
    // view follows the selected train.
    func whole(_ area: Rect?, _ draw: (inout Buffer, Rect) -> Void) {
      guard let area else { return }
      if let ledger {
        ledger.drawWhole(area.y, into: &buffer, area: area, draw: draw)
      } else {
        draw(&buffer, area)
      }
    }
    whole(plan[.header]) { HeaderView.draw(into: &$0, area: $1, context: context) }
    if let r = plan[.kpis] { KPIStripView.draw(into: &buffer, area: r, context: context) }
    if let r = plan[.route] { RouteView.draw(into: &buffer, area: r, context: context) }
    if let (selected, r) = detail {
      whole(r) { TrainDetailView.draw(into: &$0, area: $1, train: selected, context: context) }
    } else {
      if let r = plan[.trains] { TrainsTableView.draw(into: &buffer, area: r, context: context) }
      if let r = plan[.cargo] { CargoView.draw(into: &buffer, area: r, context: context) }
    }
    if let r = plan[.events] { EventsView.draw(into: &buffer, area: r, context: context) }
    if let r = plan[.statusLine] { StatusLineView.draw(into: &buffer, area: r, context: context) }
    if state.helpOpen {
      HelpOverlay.draw(into: &buffer, screen: buffer.area, context: context)
      ledger?.drew(buffer.area)
    }
  }
}
