import DequeModule

/// Rolling delivery and punctuality figures by corridor day, kept in fixed-size windows so
/// memory does not grow with run length. Deliveries are hand-offs, counted in boxes.
struct KPITracker {
  static let windowDays = 30

  /// Ring of the last `windowDays` days: the day each slot holds and its TEU per direction.
  private var slotDay = Array(repeating: Int64.min, count: windowDays)
  private var slotWest = Array(repeating: 0, count: windowDays)
  private var slotEast = Array(repeating: 0, count: windowDays)
  private(set) var teuDeliveredTotal = 0
  /// Trains whose boxes were handed off.
  private(set) var trainsDeliveredTotal = 0
  /// Hand-offs of the last `windowDays` days: corridor day, boxes, their summed door-to-door
  /// transit and how many were on time.
  private(set) var recentDeliveries = Deque<Delivery>()
  /// By station index (grown on the first wait recorded at a station): total wait seconds
  /// and trains counted. An array, not a dictionary: a border departure adds to it.
  private var borderWaits: [(seconds: Int64, trains: Int)] = []
  /// Bumped by every record, so a KPI snapshot can tell whether anything changed.
  private(set) var revision = 0

  /// One train's boxes handed off.
  struct Delivery {
    var day: Int64
    var boxes: Int
    var transitSeconds: Int64
    var onTimeBoxes: Int
  }

  /// A train's boxes are handed off on corridor day `day` (see `CorridorCalendar`).
  mutating func recordDelivery(
    day: Int64, direction: Direction, boxes: Int, transitSeconds: Int64,
    onTimeBoxes: Int
  ) {
    let n = Int64(KPITracker.windowDays)
    let slot = Int(((day % n) + n) % n)
    revision += 1
    if slotDay[slot] != day {
      slotDay[slot] = day
      slotWest[slot] = 0
      slotEast[slot] = 0
    }
    let teu = 2 * boxes
    if direction == .westbound { slotWest[slot] += teu } else { slotEast[slot] += teu }
    teuDeliveredTotal += teu
    trainsDeliveredTotal += 1
    recentDeliveries.append(
      Delivery(day: day, boxes: boxes, transitSeconds: transitSeconds, onTimeBoxes: onTimeBoxes))
    while let first = recentDeliveries.first, first.day <= day - n {
      recentDeliveries.removeFirst()
    }
  }

  mutating func recordWait(station: Int, seconds: Int64) {
    guard station >= 0 else { return }
    revision += 1
    if station >= borderWaits.count {
      let missing = station + 1 - borderWaits.count
      borderWaits.append(contentsOf: repeatElement((seconds: 0, trains: 0), count: missing))
    }
    borderWaits[station].seconds += max(0, seconds)
    borderWaits[station].trains += 1
  }

  /// Total wait and trains counted at `station`; nil before its first.
  func borderWait(at station: Int) -> (seconds: Int64, trains: Int)? {
    guard borderWaits.indices.contains(station), borderWaits[station].trains > 0 else {
      return nil
    }
    return borderWaits[station]
  }

  /// The stations with waits recorded, by index.
  var stationsWithWaits: [Int] { borderWaits.indices.filter { borderWaits[$0].trains > 0 } }

  /// TEU delivered per day for the `windowDays` corridor days ending with `today`, oldest first.
  func deliveredPerDay(today: Int64) -> (west: [Int], east: [Int]) {
    var west: [Int] = []
    var east: [Int] = []
    west.reserveCapacity(KPITracker.windowDays)
    east.reserveCapacity(KPITracker.windowDays)
    let n = Int64(KPITracker.windowDays)
    for day in (today - n + 1)...today {
      let slot = Int(((day % n) + n) % n)
      let hit = slotDay[slot] == day
      west.append(hit ? slotWest[slot] : 0)
      east.append(hit ? slotEast[slot] : 0)
    }
    return (west, east)
  }

  /// Door-to-door transit (days) and on-time share (%) of the boxes handed off on corridor
  /// days `firstDay` and later; nil when none.
  func punctuality(fromDay firstDay: Int64) -> (meanTransitDays: Double?, onTimePercent: Double?) {
    var boxes = 0
    var transit: Int64 = 0
    var onTime = 0
    for delivery in recentDeliveries where delivery.day >= firstDay {
      boxes += delivery.boxes
      transit += delivery.transitSeconds
      onTime += delivery.onTimeBoxes
    }
    guard boxes > 0 else { return (nil, nil) }
    return (Double(transit) / Double(boxes) / 86_400, Double(onTime) * 100 / Double(boxes))
  }
}
