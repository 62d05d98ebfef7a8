import TermRender

/// The trade-mission screen's layouts: every kiosk view is the header row, the view's body and
/// the caption row, laid out one column and one row smaller than the screen and placed at the
/// burn-in offset (`KioskShift`); the column and row left over are painted blank
/// (`kioskMarginColumn`, `kioskMarginRow`), so the whole picture, chrome included, moves.
public enum KioskLayout {
  /// The smallest screen the kiosk draws on (the dashboard's minimum).
  public static let minimumWidth = DashboardLayout.minimumWidth
  public static let minimumHeight = DashboardLayout.minimumHeight

  /// Where every pane of kiosk `view` goes on a `width` × `height` screen at `shift`.
  public static func plan(_ view: View, width: Int, height: Int, shift: KioskShift) -> LayoutPlan {
    var plan = LayoutPlan(width: width, height: height)
    guard width >= minimumWidth, height >= minimumHeight else { return plan }
    let inner = Rect(x: 0, y: 0, width: width - 1, height: height - 1)
    let body: LayoutPlan
    switch view {
    case .kioskTrains: body = KioskTrainsLayout.plan(chrome(inner))
    case .kioskCargo: body = KioskCargoLayout.plan(chrome(inner))
    case .kioskJourney: body = KioskJourneyLayout.plan(chrome(inner))
    case .kioskMap, .dashboard, .detail, .map: body = KioskMapLayout.plan(chrome(inner))
    }
    plan.isTooSmall = false
    let dx = min(1, max(0, shift.dx))
    let dy = min(1, max(0, shift.dy))
    for placed in body.placed {
      let r = placed.rect
      plan[placed.pane] = Rect(x: r.x + dx, y: r.y + dy, width: r.width, height: r.height)
    }
    plan[.kioskMarginColumn] = Rect(x: dx == 0 ? width - 1 : 0, y: 0, width: 1, height: height)
    plan[.kioskMarginRow] = Rect(x: dx, y: dy == 0 ? height - 1 : 0, width: width - 1, height: 1)
    return plan
  }

  /// The chrome every kiosk view shares inside `area`: the header on the first row, the
  /// caption on the last; `body` is the rest.
  struct Chrome {
    var plan: LayoutPlan
    var body: Rect
  }

  static func chrome(_ area: Rect) -> Chrome {
    var plan = LayoutPlan(width: area.width, height: area.height)
    plan[.kioskHeader] = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    plan[.kioskCaption] = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
    return Chrome(plan: plan, body: body)
  }
}
