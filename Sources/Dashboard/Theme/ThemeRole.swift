/// Every colour decision the dashboard makes, as a typed role.
///
/// Views ask the resolved `Theme` for a role's `Style` by array index, so no colour is ever
/// looked up by string at draw time. The string `key` exists only for theme files.
public enum ThemeRole: Int, CaseIterable, Sendable, Hashable {
  // UI chrome
  case background, text, dimText, paneBorder, focusedBorder, title, header, tableHeader
  case statusBar, keyHint, selection, badge
  // Train status classes (every `TrainStatus` maps onto one of these, see `StatusClass`)
  case statusOnTime, statusDelayed, statusHeld, statusArrived
  // Event severity
  case severityInfo, severityNotice, severityWarning, severityCritical
  // Cargo categories: a palette of series colours, assigned in category order
  case cargo1, cargo2, cargo3, cargo4, cargo5, cargo6, cargo7, cargo8
  // The route line
  case routeLine, routeStation, routeBorder, routeGaugeChange
  // Progress bars and charts
  case progressFill, progressTrack, chartWest, chartEast, chartAxis
  // The map: land (a light texture), coasts, country borders
  case mapLand, mapCoast, mapBorder

  /// The cargo palette in series order.
  public static let cargoPalette: [ThemeRole] = [
    .cargo1, .cargo2, .cargo3, .cargo4, .cargo5, .cargo6, .cargo7, .cargo8,
  ]

  /// The role of the `index`-th cargo series (wraps around the palette).
  public static func cargo(_ index: Int) -> ThemeRole {
    let n = cargoPalette.count
    return cargoPalette[((index % n) + n) % n]
  }

  /// The name of the role in theme files, e.g. `status.delayed`.
  public var key: String {
    switch self {
    case .background: "background"
    case .text: "text"
    case .dimText: "text.dim"
    case .paneBorder: "border"
    case .focusedBorder: "border.focused"
    case .title: "title"
    case .header: "header"
    case .tableHeader: "table.header"
    case .statusBar: "status_bar"
    case .keyHint: "key_hint"
    case .selection: "selection"
    case .badge: "badge"
    case .statusOnTime: "status.on_time"
    case .statusDelayed: "status.delayed"
    case .statusHeld: "status.held"
    case .statusArrived: "status.arrived"
    case .severityInfo: "severity.info"
    case .severityNotice: "severity.notice"
    case .severityWarning: "severity.warning"
    case .severityCritical: "severity.critical"
    case .cargo1: "cargo.1"
    case .cargo2: "cargo.2"
    case .cargo3: "cargo.3"
    case .cargo4: "cargo.4"
    case .cargo5: "cargo.5"
    case .cargo6: "cargo.6"
    case .cargo7: "cargo.7"
    case .cargo8: "cargo.8"
    case .routeLine: "route.line"
    case .routeStation: "route.station"
    case .routeBorder: "route.border"
    case .routeGaugeChange: "route.gauge_change"
    case .progressFill: "progress.fill"
    case .progressTrack: "progress.track"
    case .chartWest: "chart.west"
    case .chartEast: "chart.east"
    case .chartAxis: "chart.axis"
    case .mapLand: "map.land"
    case .mapCoast: "map.coast"
    case .mapBorder: "map.border"
    }
  }

  /// Roles by file key, built once for the parser.
  static let byKey: [String: ThemeRole] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.key, $0) })
}
