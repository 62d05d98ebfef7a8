/// What fills the screen: the dashboard, the dashboard with one train's detail in place of its
/// trains table and cargo pane, or the map of the corridor (`M`). With the screen size it gives
/// the layout (`ViewLayout.plan`); the help overlay may cover any.
public enum View: Hashable, Sendable, CaseIterable {
  case dashboard
  case detail
  case map
  /// The trade-mission screen's views (`--kiosk`), shown in turn by its loop (`KioskState`).
  case kioskMap, kioskTrains, kioskCargo, kioskJourney
}
