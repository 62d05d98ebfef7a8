import CorridorSim

/// The rows of the trains table: the snapshot's trains filtered and sorted as the state says.
///
/// Relies on `SimSnapshot.trains` being sorted by train id (ascending `String` order), as
/// the engine's snapshot always is: a train's index there is its id's rank, so "then by id"
/// compares two indices and finding a train by id is a binary search. Comparing the id
/// strings instead cost about a third of a 20,000-train frame (issue #8). A snapshot out of id order
/// would only show ties in snapshot order and lose the selection; `TrainOrderingTests` checks
/// the engine's order and that both tie-breaks agree on it.
public enum TrainOrdering {
  /// Filtered, sorted trains; ties (and the `id` key) order by train id, so rows never jump.
  public static func rows(
    _ trains: [TrainSnapshot], sort: TableSort, descending: Bool,
    filter: TableFilter
  ) -> [TrainSnapshot] {
    order(trains, sort: sort, descending: descending, filter: filter).map { trains[$0] }
  }

  /// The indices into `trains` of the table's rows, in display order (see `rows`).
  ///
  /// Runs every frame over up to tens of thousands of trains: sorted by id, the admitted
  /// indices already are the order; under a key, each admitted train's key is read once into
  /// a (key, index) pair and the pairs are sorted as plain tuples — the key, then the index,
  /// which is the id's rank. No train is copied and no id is read.
  /// - Complexity: O(n log n) in the number of trains; O(n) sorted by id.
  public static func order(
    _ trains: [TrainSnapshot], sort: TableSort, descending: Bool,
    filter: TableFilter
  ) -> [Int] {
    let order =
      filter == .all
      ? Array(trains.indices)
      : trains.indices.filter {
        filter.admits(trains[$0])
      }
    guard sort != .id else { return descending ? order.reversed() : order }
    // `allCases` builds a new array on every call: once here, not once per train.
    let statuses = TrainStatus.allCases
    var keyed = order.map { (sortKey(trains, $0, sort, statuses: statuses), $0) }
    // A NaN key is neither before nor after anything, as the comparisons of Double say.
    if descending { keyed.sort(by: >) } else { keyed.sort(by: <) }
    return keyed.map(\.1)
  }

  /// The index in `trains` of the train with `id`, by binary search over the id order.
  /// - Complexity: O(log n).
  public static func index(ofID id: String, in trains: [TrainSnapshot]) -> Int? {
    var low = 0
    var high = trains.count
    while low < high {
      let middle = low + (high - low) / 2
      if trains[middle].id < id { low = middle + 1 } else { high = middle }
    }
    return low < trains.count && trains[low].id == id ? low : nil
  }

  /// The number `key` sorts `trains[index]` by (0 for `.id`, which sorts by index);
  /// `statuses` is `TrainStatus.allCases`.
  ///
  /// Takes the array and an index, not a train: the field is read in place, where a train
  /// passed as an argument is copied (every string and array retained) unless the call is
  /// inlined — that copy cost 5 ms a frame sorting 20,000 trains by status.
  static func sortKey(
    _ trains: [TrainSnapshot], _ index: Int, _ key: TableSort, statuses: [TrainStatus]
  ) -> Double {
    switch key {
    case .id: 0
    case .progress: trains[index].progress
    case .eta: Double(trains[index].predictedArrival.seconds)
    case .delay: Double(trains[index].delaySeconds)
    case .teu: Double(trains[index].consist.teu)
    case .status: Double(statuses.firstIndex(of: trains[index].status) ?? 0)
    }
  }
}
