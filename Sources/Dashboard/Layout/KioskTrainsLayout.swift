import TermRender

/// The kiosk's "trains in transit" view: the trains table over the whole body.
enum KioskTrainsLayout {
  static func plan(_ chrome: KioskLayout.Chrome) -> LayoutPlan {
    var plan = chrome.plan
    plan[.trains] = chrome.body
    return plan
  }
}
