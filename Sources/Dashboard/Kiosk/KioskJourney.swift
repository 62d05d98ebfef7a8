import CorridorSim

/// Which train "a parcel's journey" follows: the one it followed last frame while that train
/// is listed (through its arrival, which the view then shows), else a westbound train bound for
/// the corridor's western end (Liège) that is running, the one that has the most of its
/// journey ahead, so the view can follow it longest. The choice is a function of the snapshot
/// and the followed id, so the pure frame and the live one agree.
public enum KioskJourney {
  public static func train(in snapshot: SimSnapshot, following id: String?) -> TrainSnapshot? {
    let trains = snapshot.trains
    if let id, let index = TrainOrdering.index(ofID: id, in: trains) { return trains[index] }
    let west = snapshot.corridor.stops.last?.id
    let candidates = trains.lazy.filter {
      $0.direction == .westbound && $0.status == .running && $0.timeline.last?.station == west
    }
    return candidates.min { ($0.progress, $0.id) < ($1.progress, $1.id) }
  }
}
