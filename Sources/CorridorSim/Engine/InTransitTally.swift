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

  /// Counts a train with this consist as in transit.
  mutating func add(_ consist: ConsistTotals, _ direction: Direction) {
    apply(consist, direction, sign: 1)
  }

  /// Stops counting a train with this consist (it arrived, or its consist is about to change).
  mutating func remove(_ consist: ConsistTotals, _ direction: Direction) {
    apply(consist, direction, sign: -1)
  }

  // From the consist's totals, not its boxes: a departing train's boxes were loaded hours
  // before and are cold at 200,000 trains a year (dozens of lines), its totals a few; each
  // category knows its index (`CategoryTotals.categoryIndex`), so nothing is hashed.
  private mutating func apply(_ consist: ConsistTotals, _ direction: Direction, sign: Int) {
    revision += 1
    trains += sign
    let teu = 2 * consist.feu * sign
    if direction == .westbound { teuWestbound += teu } else { teuEastbound += teu }
    for category in consist.byCategory
    where teuByCategory.indices.contains(Int(category.categoryIndex)) {
      teuByCategory[Int(category.categoryIndex)] += 2 * category.containers * sign
    }
  }
}
