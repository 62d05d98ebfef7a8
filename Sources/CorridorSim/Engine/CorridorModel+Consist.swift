/// Totals of a train's containers, recomputed only when the consist changes (forming, gauge
/// change re-forming), so snapshots just copy them.
extension ConsistTotals {
  /// The totals of `containers`, whose categories index `categories`.
  init(_ containers: [Container], categories: [CargoCategory]) {
    // Tallied by category index in scratch memory on the stack (no allocation, no hashing or
    // string per box): a consist is tallied for every train formed and re-formed.
    self = withUnsafeTemporaryAllocation(of: RawCategoryTotals.self, capacity: categories.count)
    { byCategory in
      byCategory.initialize(repeating: .zero)
      var tonnes = 0.0
      var parcels = 0
      var value = 0.0
      for box in containers where byCategory.indices.contains(Int(box.category)) {
        let t = Double(box.tonnes)
        let v = Double(box.valueUSD)
        let p = Int(box.parcels)
        tonnes += t
        parcels += p
        value += v
        byCategory[Int(box.category)].add(tonnes: t, parcels: p, valueUSD: v)
      }
      // One array, sized once and put in order in place.
      var totals: [CategoryTotals] = []
      totals.reserveCapacity(byCategory.count { $0.containers > 0 })
      for (i, raw) in byCategory.enumerated() where raw.containers > 0 {
        var category = CategoryTotals(
          category: categories[i].id, containers: raw.containers, tonnes: raw.tonnes,
          parcels: raw.parcels, valueUSD: raw.valueUSD)
        category.categoryIndex = Int32(i)
        totals.append(category)
      }
      ConsistTotals.insertionSort(&totals)
      return ConsistTotals(
        feu: containers.count, tonnes: tonnes, parcels: parcels, valueUSD: value,
        byCategory: totals)
    }
  }

  /// Most boxes first, then by category id; equal ones keep their order (stable, as the
  /// standard sort it replaces). A consist has a handful of categories, where an insertion
  /// sort does a few compares and the general sort's set-up costs more than the sorting.
  static func insertionSort(_ totals: inout [CategoryTotals]) {
    func before(_ a: CategoryTotals, _ b: CategoryTotals) -> Bool {
      a.containers != b.containers ? a.containers > b.containers : a.category < b.category
    }
    guard totals.count > 1 else { return }
    for i in 1..<totals.count {
      var j = i
      while j > 0 && before(totals[j], totals[j - 1]) {
        totals.swapAt(j, j - 1)
        j -= 1
      }
    }
  }
}

extension CorridorModel {
  /// Changes a train's containers and recomputes its totals, keeping the in-transit tally
  /// in step (a train re-formed at a gauge change is in transit).
  mutating func reformConsist(_ slot: Int32, _ change: ConsistChange) {
    let counted = roster[slot].isInTransit
    let direction = roster[slot].direction
    if counted { inTransit.remove(roster[slot].consist, direction) }
    roster[slot].reform(change, categories: scenario.cargoCategories)
    if counted { inTransit.add(roster[slot].consist, direction) }
  }
}

/// How a gauge change re-forms a train.
enum ConsistChange {
  /// The last boxes stay behind in the terminal's backlog.
  case leaveBehind(Int)
  /// Backlogged boxes join the train.
  case pickUp([Container])
}

/// One category's running totals while a consist is tallied.
private struct RawCategoryTotals {
  var containers = 0
  var tonnes = 0.0
  var parcels = 0
  var valueUSD = 0.0
  static let zero = RawCategoryTotals()

  mutating func add(tonnes t: Double, parcels p: Int, valueUSD v: Double) {
    containers += 1
    tonnes += t
    parcels += p
    valueUSD += v
  }
}
