import CorridorSim
import TermRender

/// Everything a pane needs to draw one frame, computed once per frame and shared by all panes.
///
/// Sorting the table rows and resolving the selected train happen here, not per pane or per
/// cell; panes only read. A class: panes, memos and drawing closures share the one context
/// instead of copying its dozen fields (snapshot, state, theme …) at every call.
final class FrameContext {
  let snapshot: SimSnapshot
  let state: AppState
  let theme: Theme
  /// Domain symbols (train markers, severities, route marks).
  let glyphs: DashboardGlyphs
  /// Widget symbols (borders, bars, braille), Unicode or ASCII like `glyphs`.
  let ui: GlyphSet
  let clock: ClockText
  /// Station id → display name (corridor stops), for locations and timelines.
  let stationNames: [String: String]
  /// Cargo category id → display name.
  let categoryNames: [String: String]
  /// Indices into `snapshot.trains` of the trains table's rows, under the state's sort and
  /// filter (indices, so 800 trains are not copied every frame).
  let order: [Int]
  /// Row of the selected train in `order`, if any.
  let selectedRow: Int?
  /// The selected train, if any is in the rows.
  let selected: TrainSnapshot?
  /// The live screen's ledger, which the remembered panes report to; nil for a fresh buffer.
  let ledger: FrameLedger?

  init(snapshot: SimSnapshot, state: AppState, ui: GlyphSet, ledger: FrameLedger? = nil) {
    self.snapshot = snapshot
    self.ledger = ledger
    self.state = state
    self.theme = state.theme
    self.ui = ui
    self.glyphs = ui.isUnicode ? .unicode : .ascii
    self.clock = ClockText(epochUnix: snapshot.epochUnix)
    self.stationNames = FrameMemo.shared.stationNames(
      stops: snapshot.corridor.stops, stations: snapshot.stations)
    self.categoryNames = FrameMemo.shared.categoryNames(snapshot.kpis.teuInTransitByCategory)
    let trains = snapshot.trains
    let order =
      Self.syncedOrder(state, trains)
      ?? TrainOrdering.order(
        trains, sort: state.sort, descending: state.sortDescending, filter: state.filter)
    let id = state.selectedTrainID
    let index = order.firstIndex { trains[$0].id == id } ?? (order.isEmpty ? nil : 0)
    self.order = order
    self.selectedRow = index
    self.selected = index.map { trains[order[$0]] }
  }

  /// The order `AppState.sync` computed for this snapshot, when every index still names the
  /// row's train; nil when the state was not synced or was synced with another roster (then
  /// sort again). Sync and render take the same snapshot each frame, so the sort keys match.
  static func syncedOrder(_ state: AppState, _ trains: [TrainSnapshot]) -> [Int]? {
    let order = state.rowOrder
    let ids = state.rowIDs
    guard !order.isEmpty, order.count == ids.count else { return nil }
    for (row, index) in order.enumerated() {
      guard index >= 0, index < trains.count, trains[index].id == ids[row] else { return nil }
    }
    return order
  }

  /// The `row`-th train of the table.
  func row(_ row: Int) -> TrainSnapshot { snapshot.trains[order[row]] }

  /// The style of a train's status class.
  func statusStyle(_ train: TrainSnapshot) -> Style {
    theme[StatusClass(status: train.status, delaySeconds: train.delaySeconds).role]
  }
}
