import CPrefetch

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
  /// The actual times at every slot's stops, written only by the journey steps below.
  private(set) var stopTimes: StopTimeBook

  /// A roster for trains of at most `stopsPerTrain` stops.
  init(stopsPerTrain: Int = 0) {
    stopTimes = StopTimeBook(stopsPerTrain: stopsPerTrain)
  }

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

  /// Asks the CPU for the cache lines of the train in `slot` (a hint: nothing is read, and a
  /// slot out of range is ignored), so that an event about to use it does not wait for them.
  func prefetch(_ slot: Int32) {
    guard slot >= 0, Int(slot) < trains.count else { return }
    trains.withUnsafeBufferPointer { buffer in
      guard let train = buffer.baseAddress.map({ UnsafeRawPointer($0 + Int(slot)) }) else {
        return
      }
      // The lines of the train's first `Train.eventBytes` (128): those of its bytes 0, 64
      // and 127, as a train need not start on a line.
      prefetch_for_write(train)
      prefetch_for_write(train + 64)
      prefetch_for_write(train + (Train.eventBytes - 1))
    }
  }

  /// Asks the CPU for the line of the stop-time book the train in `slot` writes next (its
  /// arrival at the next stop or its departure from this one). Reads the train's stop, so
  /// it is for a train whose own lines were asked for an event before.
  func prefetchTimes(_ slot: Int32) {
    guard slot >= 0, Int(slot) < trains.count else { return }
    stopTimes.prefetch(slot: slot, stop: trains[Int(slot)].stopIndex)
  }

  /// How many times the train in `slot` was written, wrapping (any change of the count means
  /// a change of the train).
  func writes(of slot: Int32) -> UInt32 { writeCounts[Int(slot)] }

  /// Puts a new train of `stops` stops in a free slot.
  mutating func insert(_ train: consuming Train, stops: Int) -> Int32 {
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
    stopTimes.clear(slot: slot, stops: stops)
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

  // Journey steps that reach or leave a stop: the train's step and the stop's time together.

  /// The train in `slot` reaches its next stop (station index `station`) at `now`; a junction
  /// pass it ends is recorded as its departure from the junction.
  mutating func arrive(_ slot: Int32, at station: Int, now: SimTime) {
    if case .passing(_, let departs, _) = self[slot].phase {
      stopTimes.setDeparture(slot: slot, stop: self[slot].stopIndex, departs)
    }
    self[slot].arrive(at: station)
    stopTimes.setArrival(slot: slot, stop: self[slot].stopIndex, now.seconds)
  }

  /// The train in `slot` leaves its stop at `now` onto the leg it runs until `arrives`.
  mutating func depart(_ slot: Int32, now: SimTime, arrives: Int64) {
    stopTimes.setDeparture(slot: slot, stop: self[slot].stopIndex, now.seconds)
    self[slot].depart(now: now, arrives: arrives)
  }

  /// The train in `slot` is done at its destination at `now` (its departure from there).
  mutating func finish(_ slot: Int32, now: SimTime) {
    stopTimes.setDeparture(slot: slot, stop: self[slot].stopIndex, now.seconds)
    self[slot].finish()
  }

  /// Writes the actual times of the train in `slot` into `timeline`: its planned stop times,
  /// or a timeline made from them before (whose planned times do not change).
  func updateTimes(of slot: Int32, in timeline: inout [StopTime]) {
    stopTimes.fill(slot: slot, &timeline)
  }

  /// The live trains' slots, in slot order.
  var liveSlots: [Int32] {
    isLive.indices.compactMap { isLive[$0] ? Int32($0) : nil }
  }
}
