import DequeModule

/// Rolling delivery and punctuality figures, kept in fixed-size windows so memory does not
/// grow with run length.
struct KPITracker {
  static let windowDays = 30

  /// Ring of the last `windowDays` days: the day each slot holds and its TEU per direction.
  private var slotDay = Array(repeating: Int64.min, count: windowDays)
  private var slotWest = Array(repeating: 0, count: windowDays)
  private var slotEast = Array(repeating: 0, count: windowDays)
  private(set) var teuDeliveredTotal = 0
  private(set) var trainsArrivedTotal = 0
  /// Arrivals of the last `windowDays` days: time, transit seconds, on time.
  private(set) var recentArrivals = Deque<(time: Int64, transit: Int64, onTime: Bool)>()
  /// Per station index: total wait seconds and trains counted.
  private(set) var borderWaits: [Int: (seconds: Int64, trains: Int)] = [:]
  /// Bumped by every record, so a KPI snapshot can tell whether anything changed.
  private(set) var revision = 0

  mutating func recordArrival(
    time: Int64, teu: Int, direction: Direction, transitSeconds: Int64, onTime: Bool
  ) {
    let day = SimCalendar.floorDiv(time, 86_400)
    let slot = Int(
      ((day % Int64(KPITracker.windowDays)) + Int64(KPITracker.windowDays))
        % Int64(KPITracker.windowDays))
    revision += 1
    if slotDay[slot] != day {
      slotDay[slot] = day
      slotWest[slot] = 0
      slotEast[slot] = 0
    }
    if direction == .westbound { slotWest[slot] += teu } else { slotEast[slot] += teu }
    teuDeliveredTotal += teu
    trainsArrivedTotal += 1
    recentArrivals.append((time, transitSeconds, onTime))
    let cutoff = time - Int64(KPITracker.windowDays) * 86_400
    while let first = recentArrivals.first, first.time <= cutoff { recentArrivals.removeFirst() }
  }

  mutating func recordWait(station: Int, seconds: Int64) {
    revision += 1
    var entry = borderWaits[station] ?? (0, 0)
    entry.seconds += max(0, seconds)
    entry.trains += 1
    borderWaits[station] = entry
  }

  /// TEU delivered per day for the `windowDays` days ending with `today`, oldest first.
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

  /// Mean transit (days) and on-time share (%) of arrivals after `cutoff`; nil when none.
  func punctuality(after cutoff: Int64) -> (meanTransitDays: Double?, onTimePercent: Double?) {
    var count = 0
    var transit: Int64 = 0
    var onTime = 0
    for arrival in recentArrivals where arrival.time > cutoff {
      count += 1
      transit += arrival.transit
      if arrival.onTime { onTime += 1 }
    }
    guard count > 0 else { return (nil, nil) }
    return (Double(transit) / Double(count) / 86_400, Double(onTime) * 100 / Double(count))
  }
}
