import TermRender

/// The kiosk's "cargo volumes" view: the cargo pane over the whole body.
enum KioskCargoLayout {
  static func plan(_ chrome: KioskLayout.Chrome) -> LayoutPlan {
    var plan = chrome.plan
    plan[.cargo] = chrome.body
    return plan
  }
}
