import TermRender

/// The plan of a whole screen: a view's layout at a size, with the help overlay on top when
/// it is open. Pure; the live renderer and `DashboardFrame.render` both ask it once a frame.
///
/// Adding a view: a case in `View` and its line in `plan` below, with the layout function in
/// a file of its own (as `DashboardLayout` is for the dashboard).
public enum ViewLayout {
  /// Where every pane of `view` goes on a `width` × `height` screen, with the help or the
  /// legend overlay over it when open; a kiosk view is placed at its burn-in `shift`.
  public static func plan(
    _ view: View, help: Bool, legend: Bool = false, width: Int, height: Int,
    shift: KioskShift = .none
  ) -> LayoutPlan {
    var plan: LayoutPlan
    switch view {
    case .dashboard: plan = DashboardLayout.plan(width: width, height: height)
    case .detail: plan = detail(width: width, height: height)
    case .map: plan = MapLayout.plan(width: width, height: height)
    case .kioskMap, .kioskTrains, .kioskCargo, .kioskJourney:
      plan = KioskLayout.plan(view, width: width, height: height, shift: shift)
    }
    if plan.isTooSmall {
      plan[.tooSmall] = Rect(x: 0, y: 0, width: width, height: height)
    } else if legend {
      plan[.legend] = Rect(x: 0, y: 0, width: width, height: height)
    } else if help {
      plan[.help] = Rect(x: 0, y: 0, width: width, height: height)
    }
    return plan
  }

  /// The dashboard with one train's detail in place of the trains table and cargo pane.
  static func detail(width: Int, height: Int) -> LayoutPlan {
    let dashboard = DashboardLayout.plan(width: width, height: height)
    guard let area = dashboard.detailArea else { return dashboard }
    var plan = dashboard
    for placed in dashboard.placed { plan[placed.pane] = nil }
    for placed in dashboard.placed {
      switch placed.pane {
      case .trains: plan[.detail] = area
      case .cargo: break
      default: plan[placed.pane] = placed.rect
      }
    }
    return plan
  }
}
