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

  /// Shown in the table title, the status line and the help (`KeyMap`'s `f` row).
  public var label: String {
    switch self {
    case .all: "all"
    case .westbound: "westbound"
    case .eastbound: "eastbound"
    case .late: "late"
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
      // The one meaning of late (`LateRule`): whatever the status, held or arrived included.
      return train.isLate
    case .stopped:
      switch train.status {
      case .held, .atCustoms, .queuedForGaugeChange, .transshipping, .waitingForPath: return true
      default: return false
      }
    }
  }
}
