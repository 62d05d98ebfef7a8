import CorridorSim

/// The words the panes use for trains: status labels, directions, locations, cargo.
enum TrainText {
  /// Short status label for the table and detail view.
  static func status(_ status: TrainStatus) -> String {
    switch status {
    case .loading: "loading"
    case .running: "running"
    case .dwelling: "dwell"
    case .waitingForPath: "path wait"
    case .atCustoms: "customs"
    case .queuedForGaugeChange: "gauge queue"
    case .transshipping: "transship"
    case .held: "HELD"
    case .unloading: "unloading"
    case .arrived: "arrived"
    }
  }

  /// `W` or `E`, with the arrow of travel on the route line.
  static func direction(_ direction: Direction, _ glyphs: DashboardGlyphs) -> String {
    self.direction(direction, glyphs, texts: .english)
  }

  /// The direction's letter in `texts`' language (`W`, Chinese `西`, French `O`), with the
  /// arrow of travel on the route line.
  static func direction(_ direction: Direction, _ glyphs: DashboardGlyphs, texts: Translations)
    -> String
  {
    direction == .westbound
      ? texts[.directionWest] + glyphs.westbound : texts[.directionEast] + glyphs.eastbound
  }

  /// Where the train is: `Astana` when standing, `Astana–Petukhovo` between stations.
  static func location(
    _ position: TrainPosition, names: [String: String],
    glyphs: DashboardGlyphs
  ) -> String {
    let from = names[position.fromStation] ?? position.fromStation
    if position.fromStation == position.toStation { return from }
    let to = names[position.toStation] ?? position.toStation
    return "\(from)\(glyphs.between)\(to)"
  }

  /// Time until the predicted arrival (`6d 02h`), or `arrived`.
  static func eta(_ train: TrainSnapshot, now: SimTime) -> String {
    if train.arrivedAt != nil { return "arrived" }
    return Formatting.duration(train.predictedArrival - now)
  }
}
