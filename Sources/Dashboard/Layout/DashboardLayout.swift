import TermRender

/// Where each pane goes for a screen size: a pure function, tested as a table.
///
/// Full layout from 120×40; sensible at the 80×24 minimum; below that the screen only says
/// which size is needed. In between, panes give way in a fixed priority order: cargo first
/// (needs width), then events (needs height); header, KPIs, route, trains and the status
/// line always stay. From 160×45 the map shares the events' rows, under the cargo pane.
public enum DashboardLayout {
  /// The smallest screen the dashboard draws panes on.
  public static let minimumWidth = 80
  public static let minimumHeight = 24
  /// Cargo needs this many columns beside a trains table that still fits its columns.
  static let cargoMinimumWidth = 110
  /// Rows the cargo pane needs (chart and bars).
  static let cargoMinimumHeight = 12
  /// From this width a cargo pane that has no room beside the table alone goes beside the
  /// table and the events together: the table keeps every column beside it.
  static let cargoBesideEventsWidth = 200
  /// The KPI strip fits one line from this width (every item, with a worst-queue station name
  /// of up to 20 columns and a wait of days); narrower it wraps onto two.
  static let kpiOneLineWidth = 180
  static let routeFullHeight = 8
  static let routeCompactHeight = 6
  /// Screens whose body has this many rows get the full-height route pane.
  static let routeFullBodyHeight = 30
  /// From this size the map is a pane of the dashboard, right of the events (issue 10 §1).
  static let mapMinimumWidth = 160
  static let mapMinimumHeight = 45
  /// Columns the events keep beside the map: an event's line whole. The map takes the rest,
  /// and at least the cargo pane's width, whose left edge it then shares.
  static let eventsBesideMapWidth = 100

  /// Pane rectangles for a `width` × `height` screen.
  public static func plan(width: Int, height: Int) -> LayoutPlan {
    var plan = LayoutPlan(width: width, height: height)
    guard width >= minimumWidth, height >= minimumHeight else { return plan }
    plan.isTooSmall = false

    let kpiHeight = width >= kpiOneLineWidth ? 1 : 2
    plan[.header] = Rect(x: 0, y: 0, width: width, height: 1)
    plan[.kpis] = Rect(x: 0, y: 1, width: width, height: kpiHeight)
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
    let middle = Rect(x: 0, y: middleTop, width: width, height: middleHeight)
    plan.detailArea = middle
    let cargoWidth = min(70, max(40, width * 2 / 5))
    if width >= cargoMinimumWidth, middleHeight >= cargoMinimumHeight {
      plan[.trains] = Rect(x: 0, y: middleTop, width: width - cargoWidth, height: middleHeight)
      plan[.cargo] = Rect(
        x: width - cargoWidth, y: middleTop, width: cargoWidth, height: middleHeight)
      let bottom = Rect(x: 0, y: middleTop + middleHeight, width: width, height: eventsHeight)
      if width >= mapMinimumWidth, height >= mapMinimumHeight, eventsHeight > 0 {
        let mapWidth = max(cargoWidth, width - eventsBesideMapWidth)
        plan[.events] = Rect(x: 0, y: bottom.y, width: width - mapWidth, height: eventsHeight)
        plan[.map] = Rect(x: width - mapWidth, y: bottom.y, width: mapWidth, height: eventsHeight)
      } else if eventsHeight > 0 {
        plan[.events] = bottom
      }
    } else if width >= cargoBesideEventsWidth, rest >= cargoMinimumHeight {
      // Wide and short (e.g. 250×25): the cargo pane takes the right of both the trains and
      // the events rows, rather than being dropped while the table has room to spare.
      let left = width - cargoWidth
      plan[.trains] = Rect(x: 0, y: middleTop, width: left, height: middleHeight)
      plan[.cargo] = Rect(x: left, y: middleTop, width: cargoWidth, height: rest)
      if eventsHeight > 0 {
        plan[.events] = Rect(x: 0, y: middleTop + middleHeight, width: left, height: eventsHeight)
      }
      plan.detailArea = Rect(x: 0, y: middleTop, width: left, height: middleHeight)
    } else {
      plan[.trains] = middle
      if eventsHeight > 0 {
        plan[.events] = Rect(x: 0, y: middleTop + middleHeight, width: width, height: eventsHeight)
      }
    }
    plan[.statusLine] = Rect(x: 0, y: height - 1, width: width, height: 1)
    return plan
  }
}

/// Where each pane of a screen goes: the outcome of a view's layout (`ViewLayout.plan`), a
/// value compared and passed like any other.
public struct LayoutPlan: Sendable, Hashable {
  /// One pane and its rectangle.
  public struct Placed: Sendable, Hashable {
    public var pane: Pane
    public var rect: Rect
  }

  public var width: Int
  public var height: Int
  /// Below the minimum: draw only the size message.
  public var isTooSmall: Bool
  /// Where the train detail view goes (over the trains and cargo panes).
  public var detailArea: Rect?
  /// The panes shown, in drawing order (an overlay such as the help comes last).
  public private(set) var placed: [Placed]

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    self.isTooSmall = true
    self.detailArea = nil
    self.placed = []
  }

  /// The pane's rectangle, or nil when this plan does not show it. Setting one adds the pane
  /// after those already placed (or moves its rectangle), and nil removes it.
  public subscript(pane: Pane) -> Rect? {
    get { placed.first { $0.pane == pane }?.rect }
    set {
      let index = placed.firstIndex { $0.pane == pane }
      switch (index, newValue) {
      case (let i?, let rect?): placed[i].rect = rect
      case (let i?, nil): placed.remove(at: i)
      case (nil, let rect?): placed.append(Placed(pane: pane, rect: rect))
      case (nil, nil): break
      }
    }
  }

  /// Panes this plan shows.
  public var visiblePanes: Set<Pane> { Set(placed.map(\.pane)) }

  /// Data rows of the trains table (inside its border, below its header row).
  public var tableRows: Int { max(1, (self[.trains]?.height ?? 0) - 3) }

  /// Event lines inside the events pane's border.
  public var eventRows: Int { max(0, (self[.events]?.height ?? 0) - 2) }
}
