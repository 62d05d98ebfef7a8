import CPrefetch

/// The actual arrival and departure time at every stop of every train, by roster slot, in one
/// flat array: slot × `stopsPerTrain` × (arrival, departure), `notYet` where the train has
/// not got there.
///
/// Why not in each train's timeline: an arrival or departure would then write into the train's
/// own array, whose header (for the check that it is not shared) and element lie on cold
/// lines at 200,000 trains a year; here it is one store into one array the event loop keeps
/// warm (D78). The snapshot joins these times with the train's planned timeline (D81).
struct StopTimeBook {
  /// Room per slot: the most stops any plan of the scenario has (relief plans are cuts of
  /// service plans, so never longer).
  let stopsPerTrain: Int
  private var times: [Int64] = []

  /// Marks a time not reached yet.
  static let notYet = Int64.min

  init(stopsPerTrain: Int) {
    self.stopsPerTrain = max(0, stopsPerTrain)
  }

  /// Makes room for `slot` if it is new, and clears its times for a new train of `stops`
  /// stops.
  mutating func clear(slot: Int32, stops: Int) {
    precondition(stops <= stopsPerTrain, "a plan of \(stops) stops in a book of \(stopsPerTrain)")
    let end = (Int(slot) + 1) * stopsPerTrain * 2
    if times.count < end {
      // Doubling: appending exactly one slot's room would copy the whole book each time.
      if times.capacity < end { times.reserveCapacity(max(end, 2 * times.capacity)) }
      times.append(contentsOf: repeatElement(Self.notYet, count: end - times.count))
    }
    let start = Int(slot) * stopsPerTrain * 2
    for i in start..<end { times[i] = Self.notYet }
  }

  mutating func setArrival(slot: Int32, stop: Int, _ time: Int64) {
    times[index(slot, stop)] = time
  }

  mutating func setDeparture(slot: Int32, stop: Int, _ time: Int64) {
    times[index(slot, stop) + 1] = time
  }

  func arrival(slot: Int32, stop: Int) -> SimTime? { time(at: index(slot, stop)) }
  func departure(slot: Int32, stop: Int) -> SimTime? { time(at: index(slot, stop) + 1) }

  /// Writes the actual times of the train in `slot` into `stops` (its planned stop times,
  /// or a timeline made from them before).
  func fill(slot: Int32, _ stops: inout [StopTime]) {
    for i in stops.indices {
      stops[i].actualArrival = arrival(slot: slot, stop: i)
      stops[i].actualDeparture = departure(slot: slot, stop: i)
    }
  }

  /// Asks the CPU for the line holding the times of stop `stop` of the train in `slot` and
  /// of the stop after it (a hint: nothing is read, and anything out of range is ignored).
  func prefetch(slot: Int32, stop: Int) {
    guard slot >= 0, stop >= 0 else { return }
    let first = index(slot, stop)
    times.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, first < buffer.count else { return }
      prefetch_for_write(base + first)
      if first + 2 < buffer.count { prefetch_for_write(base + first + 2) }
    }
  }

  private func index(_ slot: Int32, _ stop: Int) -> Int { (Int(slot) * stopsPerTrain + stop) * 2 }

  private func time(at i: Int) -> SimTime? {
    times[i] == Self.notYet ? nil : SimTime(seconds: times[i])
  }
}
