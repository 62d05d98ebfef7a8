import Foundation

/// The layout facts `AppState.sync` reads each frame (table rows, visible panes, event rows),
/// remembered for the last screen size.
///
/// They depend only on the size, which changes on a resize, yet planning the layout and
/// building the set of visible panes every frame was most of the sync's cost. Transparent:
/// the same size gives the same facts `DashboardLayout.plan` gives (`SyncLayoutMemoTests`).
final class SyncLayoutMemo: @unchecked Sendable {
  static let shared = SyncLayoutMemo()

  /// What the sync takes from the layout plan.
  struct Facts: Equatable {
    var tableRows: Int
    var visiblePanes: Set<Pane>
    var eventRows: Int

    init(_ plan: LayoutPlan) {
      tableRows = plan.tableRows
      visiblePanes = plan.visiblePanes
      eventRows = plan.eventRows
    }
  }

  private let lock = NSLock()
  private var last: (width: Int, height: Int, facts: Facts)?

  /// The facts of `DashboardLayout.plan(width:height:)`.
  func facts(width: Int, height: Int) -> Facts {
    lock.lock()
    defer { lock.unlock() }
    if let last, last.width == width, last.height == height { return last.facts }
    let facts = Facts(DashboardLayout.plan(width: width, height: height))
    last = (width, height, facts)
    return facts
  }
}
