/// The trains formed and retired since the snapshot last lined its id-ordered rows up with
/// the roster, so the rows follow by the same edits (an insert or removal each) instead of
/// all being sorted and rebuilt. The engine only records; the ordering work is the
/// snapshot's, once per frame, not the event loop's.
struct RosterEdits {
  /// One change of the roster, by train slot.
  enum Edit: Equatable {
    case formed(Int32)
    case retired(Int32)
  }

  /// More edits than this between two snapshots (a run without a screen) are not kept: the
  /// next snapshot rebuilds its rows instead.
  static let limit = 64

  private var edits: [Edit] = []
  /// The `rosterChanges` count the edits start from; nil when some were not kept.
  private var base: Int? = 0

  /// Records the edit that took the roster count to its new value.
  mutating func record(_ edit: Edit) {
    guard base != nil, edits.count < RosterEdits.limit else {
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
