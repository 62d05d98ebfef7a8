import TermRender

/// The map view (`M`): the header, the KPI strip, the map over the rest, the status line.
public enum MapLayout {
  /// Pane rectangles for a `width` × `height` screen; too small below the dashboard's minimum.
  public static func plan(width: Int, height: Int) -> LayoutPlan {
    var plan = LayoutPlan(width: width, height: height)
    guard width >= DashboardLayout.minimumWidth, height >= DashboardLayout.minimumHeight
    else { return plan }
    plan.isTooSmall = false
    let kpiHeight = width >= DashboardLayout.kpiOneLineWidth ? 1 : 2
    plan[.header] = Rect(x: 0, y: 0, width: width, height: 1)
    plan[.kpis] = Rect(x: 0, y: 1, width: width, height: kpiHeight)
    let top = 1 + kpiHeight
    plan[.map] = Rect(x: 0, y: top, width: width, height: height - 1 - top)
    plan[.statusLine] = Rect(x: 0, y: height - 1, width: width, height: 1)
    return plan
  }
}
