/// Which train slots changed since `snapshot()` last read them: every write to a field a
/// snapshot row derives from (`TrainState`'s phase, stop, status, times, consist, timeline)
/// marks its slot here.
///
/// The live screen snapshots ten times a second and most trains are untouched between two
/// frames; reading this small array instead of each train object (cold memory after the
/// 100 ms sleep) lets an unchanged row be moved on from what the snapshot cache kept.
/// Marking happens in property observers, so no event handler can forget it.
final class TrainChanges {
  // Unchecked: read once per row and frame, and every access is a short, non-overlapping
  // read or write from the simulation's one thread (`Simulation` is not Sendable), so the
  // dynamic exclusivity check would only add a begin/end access call per row.
  @exclusivity(unchecked) private var changed: [Bool] = []

  func mark(_ slot: Int32) {
    guard slot >= 0 else { return }  // not yet inserted: the roster change covers it
    let i = Int(slot)
    if i >= changed.count {
      changed.append(contentsOf: repeatElement(false, count: i + 1 - changed.count))
    }
    changed[i] = true
  }

  /// Whether `slot` changed since the last `take` of it, and clears the mark. A slot never
  /// seen counts as changed, so a doubt always leads to reading the train.
  func take(_ slot: Int32) -> Bool {
    let i = Int(slot)
    guard i >= 0, i < changed.count else { return true }
    guard changed[i] else { return false }
    changed[i] = false
    return true
  }
}
