import Foundation

/// `DashboardLayout.plan(width:height:)` remembered for the last screen size, with the set of
/// panes it shows.
///
/// The live screen asks for the same size twice a frame (the table sync and the frame) until
/// a resize, and planning the layout and building the set of visible panes every time was
/// most of the sync's cost. Transparent: the same size gives the plan `DashboardLayout.plan`
/// gives (`LayoutMemoTests`). Locked: tests draw frames from parallel tasks.
final class LayoutMemo: @unchecked Sendable {
  static let shared = LayoutMemo()

  /// A plan and what is derived from it once.
  struct Remembered {
    let plan: LayoutPlan
    let visiblePanes: Set<Pane>
  }

  private let lock = NSLock()
  private var last: Remembered?

  /// The plan for a `width` × `height` screen.
  func layout(width: Int, height: Int) -> Remembered {
    lock.lock()
    defer { lock.unlock() }
    if let last, last.plan.width == width, last.plan.height == height { return last }
    let plan = DashboardLayout.plan(width: width, height: height)
    let made = Remembered(plan: plan, visiblePanes: plan.visiblePanes)
    last = made
    return made
  }
}
