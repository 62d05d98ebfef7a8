import CorridorSim

/// Which column orders the trains table: one key per table column, in the columns' display
/// order; `s` cycles through the keys of the columns the table shows (`AppState.visibleSorts`).
public enum TableSort: Int, CaseIterable, Sendable, Hashable {
  case id, direction, status, location, progress, eta, delay, teu, cargo, service

  /// Column label shown in the table title and the status line.
  public var label: String {
    switch self {
    case .id: "ID"
    case .direction: "direction"
    case .status: "status"
    case .location: "location"
    case .progress: "progress"
    case .eta: "ETA"
    case .delay: "delay"
    case .teu: "TEU"
    case .cargo: "main cargo"
    case .service: "service"
    }
  }

  /// The order a key starts in when `s` reaches it: delay worst first, the rest ascending.
  public var startsDescending: Bool { self == .delay }

  /// The key after this one among `visible` (display order), wrapping; a key not in
  /// `visible` moves on to the first visible one after it. Nil when nothing is visible.
  public func next(among visible: [TableSort]) -> TableSort? {
    let count = Self.allCases.count
    for step in 1...count {
      if let key = TableSort(rawValue: (rawValue + step) % count), visible.contains(key) {
        return key
      }
    }
    return nil
  }
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
