import CorridorSim
import TermRender

/// Everything one frame is drawn from, computed once: the snapshot, the state, the theme and
/// glyphs, the view shown and its layout plan, the trains table's order, the selection and
/// the scroll positions in use.
///
/// Panes build their models from it (`PaneRenderer.model`); nothing here is stored back into
/// the state. A class, so the panes share one value instead of copying its fields.
public final class FrameInputs: Sendable {
  public let snapshot: SimSnapshot
  public let state: AppState
  public let theme: Theme
  /// Widget symbols (borders, bars, braille), Unicode or ASCII.
  public let ui: GlyphSet
  /// Domain symbols (train markers, severities, route marks), in the same script as `ui`.
  public let glyphs: DashboardGlyphs
  let clock: ClockText
  public let names: NameTables
  /// The view drawn: the state's, except that a detail with no train to show is the dashboard.
  public let view: View
  public let plan: LayoutPlan
  /// The state's `/` search over this snapshot, if there is a query.
  public let search: TrainSearch?
  /// Indices into `snapshot.trains` of the table's rows, under the state's sort, filter and
  /// search.
  public let order: [Int]
  /// Row of the selected train in `order`, if the table has rows.
  public let selectedRow: Int?
  /// First table row shown.
  public let tableScroll: Int
  /// Events scrolled back from the newest, as shown.
  public let eventScroll: Int
  /// What late means for the listed trains (their services' tolerances).
  public let lateRule: LateRule

  /// The inputs of a `width` × `height` frame; `names` may be last frame's tables (they are
  /// used only when they match the snapshot).
  public init(
    snapshot: SimSnapshot, state: AppState, glyphs ui: GlyphSet, width: Int, height: Int,
    names: NameTables? = nil
  ) {
    self.snapshot = snapshot
    self.state = state
    self.theme = state.theme
    self.ui = ui
    self.glyphs = .matching(ui)
    self.clock = ClockText(epochUnix: snapshot.epochUnix, corridor: snapshot.calendar)
    self.names = NameTables.reusing(names, for: snapshot)
    let trains = snapshot.trains
    self.lateRule = LateRule(trains)
    let search = TrainSearch(query: state.search, snapshot: snapshot)
    self.search = search
    let order = TrainOrdering.order(
      trains, sort: state.sort, descending: state.sortDescending, filter: state.filter,
      search: search, carrying: state.cargoFilter, categoryNames: self.names.categoryNames)
    self.order = order
    let selectedRow: Int?
    // The selected train's index is found by id (a binary search), then its row by index:
    // no id string is compared per row.
    if let id = state.selectedTrainID, let index = TrainOrdering.index(ofID: id, in: trains),
      let row = order.firstIndex(of: index)
    {
      selectedRow = row
    } else {
      selectedRow = order.isEmpty ? nil : min(max(0, state.selectedRow), order.count - 1)
    }
    self.selectedRow = selectedRow
    // The detail shows its own train, pinned when it opened, whatever the table does.
    let detail = state.detailTrainID.flatMap { TrainOrdering.index(ofID: $0, in: trains) }
    self.detailTrain = detail.map { trains[$0] }
    let view: View =
      switch state.view {
      case .detail: detail != nil ? .detail : .dashboard
      case .dashboard, .map, .kioskMap, .kioskTrains, .kioskCargo, .kioskJourney: state.view
      }
    self.view = view
    let plan = ViewLayout.plan(
      view, help: state.helpOpen, legend: state.legendOpen, width: width, height: height,
      shift: state.kiosk?.shift ?? .none)
    self.plan = plan
    // (Without a trains table in the plan the table scroll is not used.)
    self.tableScroll = Table.scrollOffset(
      selected: selectedRow, previous: state.tableScroll, visibleRows: plan.tableRows,
      rowCount: order.count)
    let events = snapshot.recentEvents.count
    self.eventScroll = max(0, min(state.eventScroll, events - plan.eventRows, events - 1))
    self.journeyTrain =
      view == .kioskJourney
      ? KioskJourney.train(in: snapshot, following: state.kiosk?.followedTrainID) : nil
  }

  /// The train the kiosk's journey view follows (only while that view is shown).
  public let journeyTrain: TrainSnapshot?

  /// The kiosk's texts in its language (English on the dashboard).
  var translations: Translations { state.kiosk?.settings.translations ?? .english }

  /// The train the detail view shows (pinned by id), while it is listed.
  public let detailTrain: TrainSnapshot?

  /// The selected train, if the table has rows.
  public var selected: TrainSnapshot? { selectedRow.map { snapshot.trains[order[$0]] } }

  /// The `row`-th train of the table.
  func row(_ row: Int) -> TrainSnapshot { snapshot.trains[order[row]] }

  /// The table and events list as the reducer's list keys see them.
  public var lists: ListContext {
    let trains = snapshot.trains
    // Along the line only while the route pane has focus: a sort of every row, each frame.
    let alongLine =
      state.focus == .route
      ? order.sorted {
        (trains[$0].position.corridorKm, $0) < (trains[$1].position.corridorKm, $1)
      }.map { trains[$0].id } : []
    let categories = plan[.cargo].map {
      CargoPane.shownCategories(snapshot.kpis.teuInTransitByCategory, area: $0)
    }
    let legendMaxScroll = plan[.legend].map {
      LegendLayout(lines: LegendPane.lines(self), area: $0).maxScroll
    }
    return ListContext(
      rowIDs: order.map { trains[$0].id }, eventCount: snapshot.recentEvents.count,
      alongLine: alongLine, categories: categories ?? [], tableScroll: tableScroll,
      legendMaxScroll: legendMaxScroll ?? 0)
  }

  /// Whether `pane` has focus.
  func focused(_ pane: Pane) -> Bool { state.focus == pane }

  /// The style of a train's status class.
  func statusStyle(_ train: TrainSnapshot) -> Style { theme.statusStyle(train) }
}
