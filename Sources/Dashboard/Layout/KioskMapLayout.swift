import TermRender

/// The kiosk's first view: the map over most of the body, the big KPIs and the two clocks in a
/// column on its right.
enum KioskMapLayout {
  static func plan(_ chrome: KioskLayout.Chrome) -> LayoutPlan {
    var plan = chrome.plan
    let body = chrome.body
    let kpiWidth = min(48, max(26, body.width / 4))
    plan[.map] = Rect(x: body.x, y: body.y, width: body.width - kpiWidth, height: body.height)
    plan[.kioskKPIs] = Rect(
      x: body.maxX - kpiWidth, y: body.y, width: kpiWidth, height: body.height)
    return plan
  }
}
