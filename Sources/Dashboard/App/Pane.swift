/// The parts of the dashboard screen. Layout, focus and the help overlay all speak in panes.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
  case header, kpis, route, trains, cargo, events, statusLine

  /// Panes that Tab / Shift-Tab move focus between, in order.
  public static let focusable: [Pane] = [.route, .trains, .cargo, .events]

  /// The title drawn on the pane's border.
  public var title: String {
    switch self {
    case .header: "railtop"
    case .kpis: "KPIs"
    case .route: "Route progress"
    case .trains: "Trains in transit"
    case .cargo: "Cargo volumes"
    case .events: "Events"
    case .statusLine: "Status"
    }
  }
}
