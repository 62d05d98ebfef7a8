/// The model's trains by slot: forming and retiring in O(1) (retired slots are reused), and
/// every train read and written in place.
///
/// `self[slot]` is the only way to a train. Reading yields the stored value (no copy);
/// writing also counts a write of that slot (`writes(of:)`), so no event handler can forget
/// to. The snapshot keeps, per row, the count it last read its train at: while the count
/// stands, no event has touched the train and the row is moved on from its cached motion
/// without reading the train (cold memory on the live screen after its 100 ms sleep; these
/// counts are a small array read instead).
///
/// Formings and retirements are also kept as `edits`, so the snapshot's id-ordered rows can
/// follow them instead of being rebuilt: the engine keeps no order.
struct Roster {
  private var trains: [Train] = []
  private var isLive: [Bool] = []
  private var writeCounts: [UInt32] = []
  private var freeSlots: [Int32] = []
  /// The latest formings and retirements, numbered from 0.
  private(set) var edits = RosterEdits()

  /// How many trains were formed or retired so far: the number of the next edit.
  var changes: Int { edits.count }

  /// Slots in use or vacant; live trains are the slots that `contains`.
  var slotCount: Int { trains.count }

  /// Whether a live train holds `slot`.
  func contains(_ slot: Int32) -> Bool {
    slot >= 0 && Int(slot) < isLive.count && isLive[Int(slot)]
  }

  /// The train in `slot` (the caller checks `contains` first: a vacant slot reads as
  /// `Train.vacant`).
  subscript(slot: Int32) -> Train {
    _read { yield trains[Int(slot)] }
    _modify {
      writeCounts[Int(slot)] &+= 1
      yield &trains[Int(slot)]
    }
  }

  /// How many times the train in `slot` was written, wrapping (any change of the count means
  /// a change of the train).
  func writes(of slot: Int32) -> UInt32 { writeCounts[Int(slot)] }

  /// Puts a new train in a free slot.
  mutating func insert(_ train: consuming Train) -> Int32 {
    let slot: Int32
    if let free = freeSlots.popLast() {
      slot = free
      trains[Int(free)] = consume train
      isLive[Int(free)] = true
      writeCounts[Int(free)] &+= 1
    } else {
      slot = Int32(trains.count)
      trains.append(consume train)
      isLive.append(true)
      writeCounts.append(0)
    }
    edits.record(.formed(slot))
    return slot
  }

  /// Takes the train in `slot` off the roster (its arrays are released now, not at reuse).
  mutating func retire(_ slot: Int32) {
    guard contains(slot) else { return }
    trains[Int(slot)] = .vacant
    isLive[Int(slot)] = false
    writeCounts[Int(slot)] &+= 1
    freeSlots.append(slot)
    edits.record(.retired(slot))
  }

  /// The live trains' slots, in slot order.
  var liveSlots: [Int32] {
    isLive.indices.compactMap { isLive[$0] ? Int32($0) : nil }
  }
}
