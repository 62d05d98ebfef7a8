import TermRender

/// Where a mouse report lands on the screen the state draws: the pane under the pointer and,
/// in a list, the row. Pure and read from the layout plan (`ViewLayout.plan`) and the lists as
/// drawn (`ListContext`), so the reducer acts on exactly what the user pointed at.
struct MouseHit: Equatable {
  /// The topmost pane under the pointer (an overlay before what it covers), if any.
  var pane: Pane?
  /// The trains table's row under the pointer (an index into `ListContext.rowIDs`).
  var tableRow: Int?
  /// The cargo pane's category bar under the pointer (an index into its shown categories).
  var cargoRow: Int?

  /// What is at `x`, `y` of `plan`, with the table scrolled to `lists.tableScroll`.
  init(x: Int, y: Int, plan: LayoutPlan, lists: ListContext) {
    let placed = plan.placed.last { $0.rect.contains(x: x, y: y) }
    pane = placed?.pane
    tableRow = nil
    cargoRow = nil
    guard let placed else { return }
    let inner = placed.rect.inset(by: 1)
    switch placed.pane {
    case .trains:
      // Below the border and the header row, above the bottom border.
      let row = lists.tableScroll + (y - inner.y - 1)
      if y > inner.y, y < inner.maxY, row < lists.rowIDs.count { tableRow = row }
    case .cargo:
      // The category bars are the pane's last rows (`CargoPane.draw`).
      let count = lists.categories.count
      let row = y - (inner.maxY - count)
      if row >= 0, row < count, inner.contains(x: x, y: y) { cargoRow = row }
    default: break
    }
  }
}

extension AppState {
  /// Rows the wheel moves a list by, per notch.
  static let wheelRows = 3

  /// A mouse report on the screen as drawn: a press focuses the pane under it and selects
  /// the table row (again on the selected row: its detail) or the cargo category (again:
  /// list its trains); the wheel moves the list under the pointer; any press closes the help.
  mutating func handleMouse(_ event: MouseEvent, lists: ListContext) {
    if helpOpen {
      if event.kind == .press { helpOpen = false }
      return
    }
    let plan = ViewLayout.plan(view, help: false, width: screen.width, height: screen.height)
    let hit = MouseHit(x: event.x, y: event.y, plan: plan, lists: lists)
    guard let pane = hit.pane else { return }
    switch event.kind {
    case .release: return
    case .press:
      if Pane.focusable.contains(pane) { focus = pane }
      if let row = hit.tableRow {
        if lists.rowIDs[row] == selectedTrainID { openDetail(in: lists.rowIDs) } else {
          select(row: row, in: lists.rowIDs)
        }
      } else if let row = hit.cargoRow {
        if row == cargoCursor {
          toggleCargoFilter(lists.categories)
        } else {
          pointCargoCursor(at: row)
        }
      }
    case .wheelUp, .wheelDown:
      let notch = event.kind == .wheelUp ? -1 : 1
      switch pane {
      case .trains: moveSelection(by: notch * Self.wheelRows, in: lists.rowIDs)
      case .events: scrollEvents(by: notch * Self.wheelRows, eventCount: lists.eventCount)
      case .route:
        // The line's order is listed only while the route has focus (it is a sort of every
        // row): a notch over the unfocused route focuses it, the next ones walk the line.
        if focus == .route {
          moveAlongLine(by: notch, line: lists.alongLine, rows: lists.rowIDs)
        } else {
          focus = .route
        }
      case .cargo: moveCargoCursor(by: notch, count: lists.categories.count)
      case .detail:
        moveSelection(by: notch, in: lists.rowIDs)
        detailFollowsSelection()
      default: break
      }
    }
  }
}
