import TermRender

/// The live screen's memory of its panes: for each pane, its cache (last model and drawing),
/// and where each pane was put on the screen last frame.
///
/// Owned by one `LiveRenderer`; nothing in it is shared, so two screens in one process never
/// disturb each other.
final class FrameCache {
  private var panes: [Pane: any PaneCache] = [:]
  /// Where each pane went last frame, and whether an overlay covered the screen then.
  private var lastPlan: [LayoutPlan.Placed] = []
  private var lastHadOverlay = false

  /// Brings `screen` (the copy of what the terminal shows, of the frame's size) up to date
  /// for `frame`; returns the cells that changed, row by row, left to right.
  func render(_ frame: FrameInputs, onto screen: inout Buffer) -> [CellChange] {
    let placed = frame.plan.placed
    let overlays = placed.filter { $0.pane.renderer.isOverlay }
    // Under an overlay the frame is compared whole with the screen as it was (rare: help).
    let before = overlays.isEmpty ? nil : screen
    var changes: [CellChange] = []
    for placed in placed where !placed.pane.renderer.isOverlay {
      // The copy holds this pane's last drawing only where the pane was last frame, with
      // nothing drawn over it since.
      let onScreen = !lastHadOverlay && lastPlan.contains(placed)
      cache(for: placed.pane).update(
        frame, area: placed.rect, screen: &screen, onScreen: onScreen, changes: &changes)
    }
    lastPlan = placed
    lastHadOverlay = before != nil
    if let before {
      // An overlay keeps the cells it does not paint: it is drawn over the composed screen.
      for overlay in overlays {
        overlay.pane.renderer.drawFresh(frame, into: &screen, area: overlay.rect)
      }
      return screen.changes(from: before)
    }
    // Panes side by side report their rows in turn; the terminal is written top to bottom.
    changes.sort { $0.y != $1.y ? $0.y < $1.y : $0.x < $1.x }
    return changes
  }

  /// Forgets where panes are on screen: the next frame passes every pane on whole.
  func forgetScreen() {
    lastPlan = []
  }

  private func cache(for pane: Pane) -> any PaneCache {
    if let known = panes[pane] { return known }
    let made = pane.renderer.makeCache()
    panes[pane] = made
    return made
  }
}
