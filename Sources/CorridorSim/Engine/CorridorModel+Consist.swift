/// Totals of a train's containers, recomputed only when the consist changes (forming, gauge
/// change re-forming), so snapshots just copy them.
extension Simulation {
  func consistTotals(of containers: [Container]) -> ConsistTotals {
    // Tallied in a plain array by category index: no hashing or string per box.
    var byCategory = [RawCategoryTotals](repeating: .zero, count: scenario.cargoCategories.count)
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
    let totals = byCategory.indices.compactMap { i -> CategoryTotals? in
      let raw = byCategory[i]
      guard raw.containers > 0 else { return nil }
      return CategoryTotals(
        category: scenario.cargoCategories[i].id, containers: raw.containers, tonnes: raw.tonnes,
        parcels: raw.parcels, valueUSD: raw.valueUSD)
    }
    let sorted = totals.sorted {
      $0.containers != $1.containers ? $0.containers > $1.containers : $0.category < $1.category
    }
    return ConsistTotals(
      feu: containers.count, tonnes: tonnes, parcels: parcels, valueUSD: value, byCategory: sorted)
  }

  /// Changes a train's containers and recomputes its totals, keeping the in-transit tally
  /// in step (a train re-formed at a gauge change is in transit).
  func reformConsist(_ state: TrainState, _ change: (TrainState) -> Void) {
    let counted = state.isInTransit
    if counted { inTransit.remove(state) }
    change(state)
    state.consist = consistTotals(of: state.containers)
    if counted { inTransit.add(state) }
  }
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
