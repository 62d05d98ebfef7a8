import TermRender

/// Where each pane goes for a screen size: a pure function, tested as a table.
///
/// Full layout from 120×40; sensible at the 80×24 minimum; below that the screen only says
/// which size is needed. In between, panes give way in a fixed priority order: cargo first
/// (needs width), then events (needs height); header, KPIs, route, trains and the status
/// line always stay.
public enum DashboardLayout {
  /// The smallest screen the dashboard draws panes on.
  public static let minimumWidth = 80
  public static let minimumHeight = 24
  /// Cargo needs this many columns beside a trains table that still fits its columns.
  static let cargoMinimumWidth = 110
  /// The KPI strip fits one line from this width; narrower it wraps onto two.
  static let kpiOneLineWidth = 150
  static let routeFullHeight = 8
  static let routeCompactHeight = 6
  /// Screens whose body has this many rows get the full-height route pane.
  static let routeFullBodyHeight = 30

  /// Pane rectangles for a `width` × `height` screen.
  public static func plan(width: Int, height: Int) -> LayoutPlan {
    var plan = LayoutPlan(width: width, height: height)
    guard width >= minimumWidth, height >= minimumHeight else { return plan }
    plan.isTooSmall = false

    let kpiHeight = width >= kpiOneLineWidth ? 1 : 2
    plan[.header] = Rect(x: 0, y: 0, width: width, height: 1)
    plan[.kpis] = Rect(x: 0, y: 1, width: width, height: kpiHeight)
    plan[.statusLine] = Rect(x: 0, y: height - 1, width: width, height: 1)

    let bodyTop = 1 + kpiHeight
    let bodyHeight = height - 1 - bodyTop
    let routeHeight = bodyHeight >= routeFullBodyHeight ? routeFullHeight : routeCompactHeight
    plan[.route] = Rect(x: 0, y: bodyTop, width: width, height: routeHeight)

    let rest = bodyHeight - routeHeight
    let eventsHeight: Int
    if rest >= 24 {
      eventsHeight = min(16, max(8, rest / 3))
    } else if rest >= 14 {
      eventsHeight = 5
    } else {
      eventsHeight = 0
    }
    let middleTop = bodyTop + routeHeight
    let middleHeight = rest - eventsHeight
    if eventsHeight > 0 {
      plan[.events] = Rect(x: 0, y: middleTop + middleHeight, width: width, height: eventsHeight)
    }
    let middle = Rect(x: 0, y: middleTop, width: width, height: middleHeight)
    plan.detailArea = middle
    if width >= cargoMinimumWidth, middleHeight >= 12 {
      let cargoWidth = min(70, max(40, width * 2 / 5))
      plan[.trains] = Rect(x: 0, y: middleTop, width: width - cargoWidth, height: middleHeight)
      plan[.cargo] = Rect(
        x: width - cargoWidth, y: middleTop, width: cargoWidth,
        height: middleHeight)
    } else {
      plan[.trains] = middle
    }
    return plan
  }
}

/// The outcome of `DashboardLayout.plan`: a rectangle per shown pane, or "too small".
public struct LayoutPlan: Sendable, Hashable {
  public var width: Int
  public var height: Int
  /// Below the minimum: draw only the size message.
  public var isTooSmall: Bool
  /// Where the train detail view goes (over the trains and cargo panes).
  public var detailArea: Rect?
  /// Rects indexed by `Pane.rawValue`; nil for a dropped pane.
  private var rects: [Rect?]

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    self.isTooSmall = true
    self.detailArea = nil
    self.rects = Array(repeating: nil, count: Pane.allCases.count)
  }

  /// The pane's rectangle, or nil when this size drops it.
  public subscript(pane: Pane) -> Rect? {
    get { rects[pane.rawValue] }
    set { rects[pane.rawValue] = newValue }
  }

  /// Panes this plan shows.
  public var visiblePanes: Set<Pane> { Set(Pane.allCases.filter { self[$0] != nil }) }

  /// Data rows of the trains table (inside its border, below its header row).
  public var tableRows: Int { max(1, (self[.trains]?.height ?? 0) - 3) }

  /// Event lines inside the events pane's border.
  public var eventRows: Int { max(0, (self[.events]?.height ?? 0) - 2) }
}
