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
    filter: TableFilter, search: TrainSearch? = nil, carrying cargo: String? = nil,
    categoryNames: [String: String] = [:]
  ) -> [TrainSnapshot] {
    order(
      trains, sort: sort, descending: descending, filter: filter, search: search,
      carrying: cargo, categoryNames: categoryNames
    ).map { trains[$0] }
  }

  /// The indices into `trains` of the table's rows, in display order (see `rows`).
  ///
  /// Runs every frame over up to tens of thousands of trains: sorted by id, the admitted
  /// indices already are the order; under a key, each admitted train's key is read once into
  /// a (key, index) pair and the pairs are sorted as plain tuples — the key, then the index,
  /// which is the id's rank. No train is copied and no id is read. The text keys (service,
  /// main cargo by its shown name from `categoryNames`) sort by each distinct text's rank.
  /// A train is listed when it passes the filter AND the search AND carries `cargo` (a
  /// category id, the cargo pane's pick).
  /// - Complexity: O(n log n) in the number of trains; O(n) sorted by id.
  public static func order(
    _ trains: [TrainSnapshot], sort: TableSort, descending: Bool,
    filter: TableFilter, search: TrainSearch? = nil, carrying cargo: String? = nil,
    categoryNames: [String: String] = [:]
  ) -> [Int] {
    let order =
      filter == .all && search == nil && cargo == nil
      ? Array(trains.indices)
      : trains.indices.filter { index in
        let train = trains[index]
        return filter.admits(train) && (search?.admits(train) ?? true)
          && (cargo.map { carries(train, $0) } ?? true)
      }
    guard sort != .id else { return descending ? order.reversed() : order }
    var keyed = Array(zip(sortKeys(trains, order, sort, categoryNames: categoryNames), order))
    // A NaN key is neither before nor after anything, as the comparisons of Double say.
    if descending { keyed.sort(by: >) } else { keyed.sort(by: <) }
    return keyed.map(\.1)
  }

  /// The numbers `sort` orders `trains[indices]` by, one per index: a field read in place, or
  /// for the text keys each distinct text's rank among the texts of `indices`.
  static func sortKeys(
    _ trains: [TrainSnapshot], _ indices: [Int], _ sort: TableSort,
    categoryNames: [String: String] = [:]
  ) -> [Double] {
    if let text = textKey(sort, categoryNames) {
      let texts = indices.map { text(trains[$0]) }
      var rank: [String: Double] = [:]
      for (place, value) in Set(texts).sorted().enumerated() { rank[value] = Double(place) }
      return texts.map { rank[$0] ?? 0 }
    }
    // `allCases` builds a new array on every call: once here, not once per train.
    let statuses = TrainStatus.allCases
    return indices.map { sortKey(trains, $0, sort, statuses: statuses) }
  }

  /// Whether `train` carries any box of `category`.
  static func carries(_ train: TrainSnapshot, _ category: String) -> Bool {
    train.consist.byCategory.contains { $0.category == category && $0.containers > 0 }
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

  /// The text a text key sorts a train by (nil for the keys that are numbers): the service's
  /// name, or the main cargo's shown name (no cargo sorts first).
  static func textKey(
    _ key: TableSort, _ categoryNames: [String: String]
  ) -> ((TrainSnapshot) -> String)? {
    switch key {
    case .service: return { $0.serviceName }
    case .cargo:
      return { train in
        train.consist.byCategory.first.map { categoryNames[$0.category] ?? $0.category } ?? ""
      }
    default: return nil
    }
  }

  /// The number `key` sorts `trains[index]` by (0 for `.id`, which sorts by index, and for
  /// the text keys, which `textKey` ranks); direction westbound first, location by corridor km;
  /// `statuses` is `TrainStatus.allCases`.
  ///
  /// Takes the array and an index, not a train: the field is read in place, where a train
  /// passed as an argument is copied (every string and array retained) unless the call is
  /// inlined — that copy cost 5 ms a frame sorting 20,000 trains by status.
  static func sortKey(
    _ trains: [TrainSnapshot], _ index: Int, _ key: TableSort, statuses: [TrainStatus]
  ) -> Double {
    switch key {
    case .id, .service, .cargo: 0
    case .direction: trains[index].direction == .westbound ? 0 : 1
    case .location: trains[index].position.corridorKm
    case .progress: trains[index].progress
    case .eta: Double(trains[index].predictedArrival.seconds)
    case .delay: Double(trains[index].delaySeconds)
    case .teu: Double(trains[index].consist.teu)
    case .status: Double(statuses.firstIndex(of: trains[index].status) ?? 0)
    }
  }
}
