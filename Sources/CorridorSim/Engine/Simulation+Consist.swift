/// Totals of a train's containers, recomputed only when the consist changes (forming, gauge
/// change re-forming), so snapshots just copy them.
extension Simulation {
  func consistTotals(of containers: [Container]) -> ConsistTotals {
    var byCategory: [Int32: CategoryTotals] = [:]
    var tonnes = 0.0
    var parcels = 0
    var value = 0.0
    for box in containers {
      let t = Double(box.tonnes)
      let v = Double(box.valueUSD)
      let p = Int(box.parcels)
      tonnes += t
      parcels += p
      value += v
      if var entry = byCategory[box.category] {
        entry.containers += 1
        entry.tonnes += t
        entry.parcels += p
        entry.valueUSD += v
        byCategory[box.category] = entry
      } else {
        byCategory[box.category] = CategoryTotals(
          category: scenario.cargoCategories[Int(box.category)].id, containers: 1, tonnes: t,
          parcels: p, valueUSD: v)
      }
    }
    let sorted = byCategory.values.sorted {
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
