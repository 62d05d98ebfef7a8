/// The inserts into and removals from `Simulation.liveOrder` since the snapshot last lined
/// its cached rows up with it, so that when a train is formed or retired the rows follow by
/// the same edits (a move of the rows after it) instead of all being rebuilt from the model.
struct RosterEdits {
  /// One change of `liveOrder`, by index.
  enum Edit: Equatable {
    case inserted(at: Int)
    case removed(at: Int)
  }

  /// More edits than this between two snapshots (a run without a screen) are not kept: the
  /// next snapshot rebuilds its rows instead.
  static let limit = 64

  private var edits: [Edit] = []
  /// The `rosterChanges` count the edits start from; nil when some were not kept.
  private var base: Int? = 0

  /// Records the edit that took the roster count to its new value (nil: an edit the rows
  /// cannot follow, so the next snapshot rebuilds them).
  mutating func record(_ edit: Edit?) {
    guard base != nil, let edit, edits.count < RosterEdits.limit else {
      base = nil
      edits = []
      return
    }
    edits.append(edit)
  }

  /// The edits from roster count `from` to `to`, or nil when they are not all known.
  func edits(from: Int, to: Int) -> [Edit]? {
    guard let base, base == from, from + edits.count == to else { return nil }
    return edits
  }

  /// Forgets the edits: the rows now line up with roster count `roster`.
  mutating func restart(at roster: Int) {
    edits.removeAll(keepingCapacity: true)
    base = roster
  }
}

extension TrainSnapshot {
  /// A row's place before it is built from its train (never handed out).
  static let unbuilt = TrainSnapshot(
    id: "", serviceID: "", serviceName: "", direction: .westbound, status: .loading,
    position: TrainPosition(
      fromStation: "", toStation: "", kmAlongSegment: 0, corridorKm: 0, latitude: 0, longitude: 0),
    progress: 0, nextStop: nil, departedAt: .zero, plannedArrival: .zero, predictedArrival: .zero,
    arrivedAt: nil, delaySeconds: 0, consist: .empty, timeline: [])
}
