/// The parts of the screen. Layout, focus, the help overlay and the frame cache all speak in
/// panes; each has its renderer (`renderer`), a model and a draw function in a file of its own
/// under `Panes/`.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
  case header, kpis, route, trains, cargo, events, statusLine, detail, help, legend, tooSmall, map
  /// The trade-mission screen's own panes (`--kiosk`) and the burn-in margins.
  case kioskHeader, kioskKPIs, kioskCaption, kioskJourney, kioskMarginColumn, kioskMarginRow

  /// Panes that Tab / Shift-Tab move focus between, in order.
  public static let focusable: [Pane] = [.route, .trains, .cargo, .events]

  /// The title drawn on the pane's border.
  public var title: String {
    switch self {
    case .header: "railtop"
    case .kpis: "KPIs"
    case .route: "Route progress"
    case .trains: "Trains"
    case .cargo: "Cargo volumes"
    case .events: "Events"
    case .statusLine: "Status"
    case .detail: "Train"
    case .help: "Keys"
    case .legend: "Legend"
    case .tooSmall: "railtop"
    case .map: "Map"
    case .kioskHeader: "railtop"
    case .kioskKPIs: "KPIs"
    case .kioskCaption: "Caption"
    case .kioskJourney: "Journey"
    case .kioskMarginColumn, .kioskMarginRow: ""
    }
  }

  /// The pane's renderer: how its model is built and drawn, and how the live screen caches
  /// it. Adding a pane is a case above, its line here, and its file.
  var renderer: any PaneRenderer.Type {
    switch self {
    case .header: HeaderPane.self
    case .kpis: KPIStripPane.self
    case .route: RoutePane.self
    case .trains: TrainsTablePane.self
    case .cargo: CargoPane.self
    case .events: EventsPane.self
    case .statusLine: StatusLinePane.self
    case .detail: TrainDetailPane.self
    case .help: HelpPane.self
    case .legend: LegendPane.self
    case .tooSmall: TooSmallPane.self
    case .map: MapPane.self
    case .kioskHeader: KioskHeaderPane.self
    case .kioskKPIs: KioskKPIsPane.self
    case .kioskCaption: KioskCaptionPane.self
    case .kioskJourney: KioskJourneyPane.self
    case .kioskMarginColumn, .kioskMarginRow: BlankPane.self
    }
  }
}
