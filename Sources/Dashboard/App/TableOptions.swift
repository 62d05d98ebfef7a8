import CorridorSim

/// Which column orders the trains table; `s` cycles through them.
public enum TableSort: Int, CaseIterable, Sendable, Hashable {
  case id, progress, eta, delay, teu, status

  /// Column label shown in the table header and the status line.
  public var label: String {
    switch self {
    case .id: "ID"
    case .progress: "progress"
    case .eta: "ETA"
    case .delay: "delay"
    case .teu: "TEU"
    case .status: "status"
    }
  }

  /// The next key in the cycle.
  public var next: TableSort { TableSort(rawValue: (rawValue + 1) % Self.allCases.count) ?? .id }
}

/// Which trains the table shows; `f` cycles through direction and status filters.
public enum TableFilter: Int, CaseIterable, Sendable, Hashable {
  case all, westbound, eastbound, late, stopped

  /// Shown in the table title and the status line.
  public var label: String {
    switch self {
    case .all: "all"
    case .westbound: "westbound"
    case .eastbound: "eastbound"
    case .late: "late or held"
    case .stopped: "queued, held or at a border"
    }
  }

  public var next: TableFilter {
    TableFilter(rawValue: (rawValue + 1) % Self.allCases.count) ?? .all
  }

  /// Whether `train` passes the filter.
  public func admits(_ train: TrainSnapshot) -> Bool {
    switch self {
    case .all: return true
    case .westbound: return train.direction == .westbound
    case .eastbound: return train.direction == .eastbound
    case .late:
      let cls = StatusClass(status: train.status, delaySeconds: train.delaySeconds)
      return cls == .delayed || cls == .held
    case .stopped:
      switch train.status {
      case .held, .atCustoms, .queuedForGaugeChange, .transshipping, .waitingForPath: return true
      default: return false
      }
    }
  }
}

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

  /// One number per train for `key` (empty for `.id`, which sorts by id alone).
  static func sortKeys(_ trains: [TrainSnapshot], _ key: TableSort) -> [Double] {
    switch key {
    case .id: return []
    case .progress: return trains.map(\.progress)
    case .eta: return trains.map { Double($0.predictedArrival.seconds) }
    case .delay: return trains.map { Double($0.delaySeconds) }
    case .teu: return trains.map { Double($0.consist.teu) }
    case .status:
      return trains.map { Double(TrainStatus.allCases.firstIndex(of: $0.status) ?? 0) }
    }
  }
}
