/// What fills the screen between the KPI strip and the events pane: the dashboard's trains
/// table and cargo pane, or one train's detail. With the screen size it gives the layout
/// (`ViewLayout.plan`); the help overlay may cover either.
public enum View: Hashable, Sendable, CaseIterable {
  case dashboard
  case detail
}
