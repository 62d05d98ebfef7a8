/// The latest formings and retirements of trains, numbered from 0, so the snapshot's
/// id-ordered rows can follow the roster by the same edits (an insert or removal each)
/// instead of all being sorted and rebuilt. The engine only records; the ordering work is the
/// snapshot's, once per frame, not the event loop's.
struct RosterEdits {
  /// One change of the roster, by train slot.
  enum Edit: Equatable {
    case formed(Int32)
    case retired(Int32)
  }

  /// Only the last `limit` edits are kept: a snapshot further behind (a run without a
  /// screen) rebuilds its rows instead.
  static let limit = 64

  /// Edit number k is at `recent[k % limit]`.
  private var recent: [Edit] = []
  /// How many edits were recorded: the number of the next one.
  private(set) var count = 0

  mutating func record(_ edit: Edit) {
    if recent.count < RosterEdits.limit {
      recent.append(edit)
    } else {
      recent[count % RosterEdits.limit] = edit
    }
    count += 1
  }

  /// The edits numbered `from` up to `to` (the latest count), or nil when they are not all
  /// kept.
  func edits(from: Int, to: Int) -> [Edit]? {
    guard to == count, from >= 0, from <= to, to - from <= RosterEdits.limit else { return nil }
    return (from..<to).map { recent[$0 % RosterEdits.limit] }
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
