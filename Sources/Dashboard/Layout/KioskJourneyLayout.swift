import TermRender

/// The kiosk's "a parcel's journey" view: the followed train's journey over the whole body.
enum KioskJourneyLayout {
  static func plan(_ chrome: KioskLayout.Chrome) -> LayoutPlan {
    var plan = chrome.plan
    plan[.kioskJourney] = chrome.body
    return plan
  }
}
