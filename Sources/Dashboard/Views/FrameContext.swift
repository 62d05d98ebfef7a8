import CorridorSim
import TermRender

/// Everything a pane needs to draw one frame, computed once per frame and shared by all panes.
///
/// Sorting the table rows and resolving the selected train happen here, not per pane or per
/// cell; panes only read.
struct FrameContext {
  let snapshot: SimSnapshot
  let state: AppState
  let theme: Theme
  let glyphs: DashboardGlyphs
  /// The trains table's rows under the state's sort and filter.
  let rows: [TrainSnapshot]
  /// The selected train, if any is in the rows.
  let selected: TrainSnapshot?

  init(snapshot: SimSnapshot, state: AppState, glyphs: DashboardGlyphs) {
    self.snapshot = snapshot
    self.state = state
    self.theme = state.theme
    self.glyphs = glyphs
    self.rows = TrainOrdering.rows(snapshot.trains, sort: state.sort,
                                   descending: state.sortDescending, filter: state.filter)
    let id = state.selectedTrainID
    self.selected = rows.first { $0.id == id } ?? rows.first
  }

  /// The style of a train's status class.
  func statusStyle(_ train: TrainSnapshot) -> Style {
    theme[StatusClass(status: train.status, delaySeconds: train.delaySeconds).role]
  }
}
