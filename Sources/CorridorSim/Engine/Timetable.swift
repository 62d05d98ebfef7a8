/// Turns a service's weekly timetable into concrete departure times in sim seconds.
///
/// Timetable slots are local times at the origin (`utcOffsetSeconds`); sim time counts UTC
/// seconds from the scenario's epoch.
struct Timetable {
  let epochUnix: Int64
  let utcOffsetSeconds: Int64
  /// The weekly slots as seconds after Monday 00:00 local time, sorted: a departure is then
  /// one binary search, however many trains a week the service runs (a 2024-scale stress
  /// service has hundreds of slots, and every train formed asks for the next one). Slots
  /// outside a day are ignored rather than overflowing.
  private let weekSeconds: [Int64]

  static let secondsPerWeek: Int64 = 7 * 86_400

  init(epochUnix: Int64, utcOffsetSeconds: Int64, departures: [WeeklyDeparture]) {
    self.epochUnix = epochUnix
    self.utcOffsetSeconds = utcOffsetSeconds
    weekSeconds =
      departures
      .filter { (1...7).contains($0.weekday) && (0..<86_400).contains($0.secondsOfDay) }
      .map { Int64($0.weekday - 1) * 86_400 + $0.secondsOfDay }
      .sorted()
  }

  /// The earliest departure strictly after sim second `time`, or nil for an empty timetable.
  func nextDeparture(after time: Int64) -> Int64? {
    // An offset beyond ±18 h is ignored rather than overflowing.
    guard (-18 * 3_600...18 * 3_600).contains(utcOffsetSeconds) else { return nil }
    guard let firstOfWeek = weekSeconds.first else { return nil }
    let local = epochUnix + time + utcOffsetSeconds
    let day = SimCalendar.floorDiv(local, 86_400)
    let monday = (day - (SimCalendar.isoWeekday(days: day) - 1)) * 86_400
    let intoWeek = local - monday
    // The first slot later than `intoWeek` this week, else the week's first slot next week.
    var low = 0
    var high = weekSeconds.count
    while low < high {
      let middle = (low + high) / 2
      if weekSeconds[middle] > intoWeek { high = middle } else { low = middle + 1 }
    }
    let departure =
      low < weekSeconds.count
      ? monday + weekSeconds[low] : monday + Timetable.secondsPerWeek + firstOfWeek
    return departure - utcOffsetSeconds - epochUnix
  }

  /// Month and day (MMDD) of a departure in the origin's local time, for train ids.
  func monthDay(of time: Int64) -> (month: Int, day: Int) {
    let date = SimCalendar.civilFromDays(
      SimCalendar.floorDiv(epochUnix + time + utcOffsetSeconds, 86_400))
    return (Int(date.month), Int(date.day))
  }
}
