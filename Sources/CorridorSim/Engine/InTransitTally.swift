/// Running totals of the trains between departure and arrival, kept by the event handlers so
/// a KPI snapshot reads them instead of scanning every train and its consist.
struct InTransitTally {
  private(set) var trains = 0
  private(set) var teuWestbound = 0
  private(set) var teuEastbound = 0
  /// TEU per cargo category, indexed like `Scenario.cargoCategories`.
  private(set) var teuByCategory: [Int]
  /// Bumped by every change, so a KPI snapshot can tell whether anything changed.
  private(set) var revision = 0

  init(categoryCount: Int) {
    teuByCategory = Array(repeating: 0, count: categoryCount)
  }

  /// Counts a train with these boxes as in transit.
  mutating func add(_ containers: [Container], _ direction: Direction) {
    apply(containers, direction, sign: 1)
  }

  /// Stops counting a train with these boxes (it arrived, or its consist is about to change).
  mutating func remove(_ containers: [Container], _ direction: Direction) {
    apply(containers, direction, sign: -1)
  }

  private mutating func apply(_ containers: [Container], _ direction: Direction, sign: Int) {
    revision += 1
    trains += sign
    let teu = 2 * containers.count * sign
    if direction == .westbound { teuWestbound += teu } else { teuEastbound += teu }
    for box in containers where teuByCategory.indices.contains(Int(box.category)) {
      teuByCategory[Int(box.category)] += 2 * sign
    }
  }
}
