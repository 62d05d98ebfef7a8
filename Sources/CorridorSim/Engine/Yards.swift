import DequeModule

/// The receiving yards of stations with a `yardCapacity`: per station and direction, how many
/// trains hold a place and who waits for one, first come, first served.
///
/// A train takes its place when it leaves the stop before (so a full yard holds it back
/// there: backpressure down the line) and gives it up when it leaves the yard's station.
/// Directions have separate yards, so two directions can never wait for each other.
struct YardBook {
  /// Places per station (0: no yard, never full).
  let capacity: [Int]
  /// Per yard (station × 2 + direction): places taken and trains waiting for one.
  private(set) var used: [Int]
  private(set) var waiting: [Deque<Int32>]

  init(stations: [Station]) {
    capacity = stations.map { max(0, $0.yardCapacity) }
    used = Array(repeating: 0, count: stations.count * 2)
    waiting = Array(repeating: Deque(), count: stations.count * 2)
  }

  static func index(station: Int, direction: Direction) -> Int {
    station * 2 + (direction == .westbound ? 0 : 1)
  }

  /// Whether trains bound for `station` ever wait for its yard.
  func isLimited(_ station: Int) -> Bool { capacity[station] > 0 }

  /// Takes a place for a train, or queues it (false) when the yard is full or others wait.
  mutating func request(station: Int, direction: Direction, train: Int32) -> Bool {
    let yard = Self.index(station: station, direction: direction)
    if waiting[yard].isEmpty && used[yard] < capacity[station] {
      used[yard] += 1
      return true
    }
    waiting[yard].append(train)
    return false
  }

  /// Gives a place back; returns the train that takes it, if one waits (its place is taken).
  mutating func release(station: Int, direction: Direction) -> Int32? {
    let yard = Self.index(station: station, direction: direction)
    used[yard] = max(0, used[yard] - 1)
    guard used[yard] < capacity[station], let next = waiting[yard].popFirst() else { return nil }
    used[yard] += 1
    return next
  }

  /// Trains standing in or bound for the yards of `station`, both directions.
  func occupancy(of station: Int) -> Int { used[station * 2] + used[station * 2 + 1] }

  /// Trains held back waiting for a place at `station`, both directions.
  func waitingCount(for station: Int) -> Int {
    waiting[station * 2].count + waiting[station * 2 + 1].count
  }
}
