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
  /// - Complexity: O(n log n) in the number of trains; once per frame.
  public static func rows(_ trains: [TrainSnapshot], sort: TableSort, descending: Bool,
                          filter: TableFilter) -> [TrainSnapshot] {
    let kept = filter == .all ? trains : trains.filter(filter.admits)
    return kept.sorted { a, b in
      let order = compare(a, b, by: sort)
      if order != 0 { return descending ? order > 0 : order < 0 }
      return descending ? a.id > b.id : a.id < b.id
    }
  }

  /// -1, 0 or 1 for `a` before, level with, or after `b` on `key` (ascending).
  static func compare(_ a: TrainSnapshot, _ b: TrainSnapshot, by key: TableSort) -> Int {
    func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
    switch key {
    case .id: return 0
    case .progress: return sign(a.progress, b.progress)
    case .eta: return sign(a.predictedArrival, b.predictedArrival)
    case .delay: return sign(a.delaySeconds, b.delaySeconds)
    case .teu: return sign(a.consist.teu, b.consist.teu)
    case .status:
      return sign(TrainStatus.allCases.firstIndex(of: a.status) ?? 0,
                  TrainStatus.allCases.firstIndex(of: b.status) ?? 0)
    }
  }
}
