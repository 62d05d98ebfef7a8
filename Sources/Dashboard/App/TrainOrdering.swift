import CorridorSim

/// The rows of the trains table: the snapshot's trains filtered and sorted as the state says.
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
  /// Runs every frame over hundreds of trains, so the keys are read out once into plain
  /// arrays and indices are sorted: no train value is copied, in the comparator or after.
  /// - Complexity: O(n log n) in the number of trains.
  public static func order(
    _ trains: [TrainSnapshot], sort: TableSort, descending: Bool,
    filter: TableFilter
  ) -> [Int] {
    var order =
      filter == .all
      ? Array(trains.indices)
      : trains.indices.filter {
        filter.admits(trains[$0])
      }
    let ids = trains.map(\.id)
    let keys = sortKeys(trains, sort)
    order.sort { i, j in
      if !keys.isEmpty, keys[i] != keys[j] {
        return descending ? keys[i] > keys[j] : keys[i] < keys[j]
      }
      return descending ? ids[j] < ids[i] : ids[i] < ids[j]
    }
    return order
  }

  /// `order(…)`, returning `previous` itself when it already is that order.
  ///
  /// Between two frames the roster and most keys stay put, so last frame's order usually still
  /// holds; checking that is one pass, sorting is n log n comparisons with closures.
  /// - Complexity: O(n) when `previous` still holds, else that of `order(…)`.
  public static func order(
    _ trains: [TrainSnapshot], sort: TableSort, descending: Bool,
    filter: TableFilter, reusing previous: [Int]
  ) -> [Int] {
    if holds(previous, trains, sort: sort, descending: descending, filter: filter) {
      return previous
    }
    return order(trains, sort: sort, descending: descending, filter: filter)
  }

  /// Whether `order` is exactly what `order(…)` returns for these trains: it lists every
  /// admitted train and no other, and each row comes before the next under the sort's key,
  /// then id, then (as the stable sort leaves ties) snapshot index. That relation is a strict
  /// total order, so a list ascending in it is the only sorted one. A NaN key makes the sort's
  /// comparisons inconsistent: then the answer is no and the caller sorts afresh.
  static func holds(
    _ order: [Int], _ trains: [TrainSnapshot], sort: TableSort, descending: Bool,
    filter: TableFilter
  ) -> Bool {
    let admitted =
      filter == .all
      ? trains.count
      : trains.indices.reduce(0) { $0 + (filter.admits(trains[$1]) ? 1 : 0) }
    guard order.count == admitted else { return false }
    // Ascending in a strict order means no index twice, so in-range, admitted and as many as
    // the admitted trains is exactly the admitted set.
    for i in order {
      guard i >= 0, i < trains.count, filter == .all || filter.admits(trains[i]) else {
        return false
      }
    }
    guard order.count > 1 else { return true }
    let keyed = sort != .id
    var previousKey = keyed ? sortKey(trains[order[0]], sort) : 0
    guard !previousKey.isNaN else { return false }
    for row in 1..<order.count {
      let (a, b) = (order[row - 1], order[row])
      let key = keyed ? sortKey(trains[b], sort) : 0
      guard !key.isNaN else { return false }
      if key != previousKey {
        guard descending ? previousKey > key : previousKey < key else { return false }
      } else if trains[a].id != trains[b].id {
        guard descending ? trains[b].id < trains[a].id : trains[a].id < trains[b].id else {
          return false
        }
      } else if a > b {
        return false
      }
      previousKey = key
    }
    return true
  }

  /// One number per train for `key` (empty for `.id`, which sorts by id alone).
  static func sortKeys(_ trains: [TrainSnapshot], _ key: TableSort) -> [Double] {
    key == .id ? [] : trains.map { sortKey($0, key) }
  }

  /// The number `key` sorts `train` by (0 for `.id`, which sorts by id alone).
  static func sortKey(_ train: TrainSnapshot, _ key: TableSort) -> Double {
    switch key {
    case .id: 0
    case .progress: train.progress
    case .eta: Double(train.predictedArrival.seconds)
    case .delay: Double(train.delaySeconds)
    case .teu: Double(train.consist.teu)
    case .status: Double(TrainStatus.allCases.firstIndex(of: train.status) ?? 0)
    }
  }
}
