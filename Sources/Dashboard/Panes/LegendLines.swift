import CorridorSim

/// What the legend (`L`) says, line by line, built from the very tables the panes draw with:
/// the train markers from `DashboardGlyphs.marker(status:direction:)` over every status and
/// direction, the line's marks from `RouteLine.Mark`, the severity marks, the status classes
/// and the late rule of the listed trains. A mark added to a pane shows up here by itself.
enum LegendLines {
  /// One line: a heading, or a mark drawn in its role's colour and what it means.
  struct Line: Equatable {
    var mark: String
    var role: ThemeRole?
    var text: String
    var isHeading: Bool

    static func heading(_ text: String) -> Line {
      Line(mark: "", role: nil, text: text, isHeading: true)
    }

    static func mark(_ mark: String, _ role: ThemeRole, _ text: String) -> Line {
      Line(mark: mark, role: role, text: text, isHeading: false)
    }
  }

  static func lines(
    glyphs: DashboardGlyphs, corridor: CorridorLine, late: LateRule
  ) -> [Line] {
    [.heading("Trains on the route line: westbound above it, eastbound below")]
      + markers(glyphs)
      + [
        .mark(
          glyphs.crowd, .text, "several trains in one column, coloured as the one most in need"),
        .heading("Colours of markers and statuses"),
        .mark(glyphs.westbound, StatusClass.onTime.role, "on time"),
        .mark(
          glyphs.westbound, StatusClass.delayed.role,
          "late: \(late.definition) (Delay column, filter late, KPI on time)"),
        .mark(glyphs.held, StatusClass.held.role, "held by a disruption or a customs hold"),
        .mark(glyphs.arrived, StatusClass.arrived.role, "unloading or arrived (listed a day)"),
        .heading("The line"),
        .mark(glyphs.standardGauge, .routeLine, "1435 mm standard gauge"),
        .mark(glyphs.broadGauge, .routeLine, "1520 mm broad gauge"),
      ]
      + RouteLine.Mark.allCases.map { stationMark($0, glyphs, corridor) }
      + [.heading("Events")]
      + SimEvent.Severity.allCases.map { severity in
        .mark(glyphs.severity(severity), EventsPane.role(severity), "\(severity)")
      }
      + [
        .heading("Progress bars and train ids"),
        .mark("sel", .text, "the selected train"),
        .mark("lead", .text, "the train furthest along its route that has not arrived"),
        .mark("-0302", .text, "after the service prefix: month and day it departed"),
        .mark("-2", .text, "the 2nd, 3rd and later train of that prefix to depart that day"),
        .mark("R", .text, "after the prefix (X8044R-0315): a relief train for left-behind boxes"),
      ]
  }

  /// One line per train marker, with the statuses that draw it (and the direction, for the
  /// markers that show it), in the order the statuses are declared.
  static func markers(_ glyphs: DashboardGlyphs) -> [Line] {
    var order: [String] = []
    var uses: [String: [(TrainStatus, Direction)]] = [:]
    for status in TrainStatus.allCases {
      for direction in [Direction.westbound, .eastbound] {
        let mark = glyphs.marker(status: status, direction: direction)
        if uses[mark] == nil { order.append(mark) }
        uses[mark, default: []].append((status, direction))
      }
    }
    return order.map { mark in
      let pairs = uses[mark] ?? []
      var statuses: [String] = []
      for (status, _) in pairs where !statuses.contains(TrainText.status(status)) {
        statuses.append(TrainText.status(status))
      }
      let directions = Set(pairs.map { $0.1 == .westbound })
      let way = directions.count == 1 ? (directions.contains(true) ? " westbound" : " eastbound") : ""
      return .mark(mark, .text, statuses.joined(separator: ", ") + way)
    }
  }

  static func stationMark(
    _ mark: RouteLine.Mark, _ glyphs: DashboardGlyphs, _ corridor: CorridorLine
  ) -> Line {
    let text: String
    switch mark {
    case .station: text = "station"
    case .border: text = "border crossing"
    case .gaugeChange: text = "gauge change (boxes move to the other gauge's train)"
    case .branch:
      let branches = RoutePane.branchText(corridor, glyphs).map { " (\($0.dropFirst(2)))" } ?? ""
      text = "a branch leaves the line\(branches): its trains are drawn here; the table says where"
    }
    return .mark(mark.symbol(glyphs), mark.role, text)
  }
}
