/// Turns a service's weekly timetable into concrete departure times in sim seconds.
///
/// Timetable slots are local times at the origin (`utcOffsetSeconds`); sim time counts UTC
/// seconds from the scenario's epoch.
struct Timetable {
  let epochUnix: Int64
  let utcOffsetSeconds: Int64
  /// The weekly slots that lie within a day (others are ignored rather than overflowing).
  let departures: [WeeklyDeparture]

  init(epochUnix: Int64, utcOffsetSeconds: Int64, departures: [WeeklyDeparture]) {
    self.epochUnix = epochUnix
    self.utcOffsetSeconds = utcOffsetSeconds
    self.departures = departures.filter {
      (1...7).contains($0.weekday) && (0..<86_400).contains($0.secondsOfDay)
    }
  }

  /// The earliest departure strictly after sim second `time`, or nil for an empty timetable.
  func nextDeparture(after time: Int64) -> Int64? {
    // An offset beyond ±18 h is ignored rather than overflowing.
    guard (-18 * 3_600...18 * 3_600).contains(utcOffsetSeconds) else { return nil }
    guard !departures.isEmpty else { return nil }
    let localDay = SimCalendar.floorDiv(epochUnix + time + utcOffsetSeconds, 86_400)
    var best: Int64?
    for dayOffset in Int64(0)...7 {
      let day = localDay + dayOffset
      let weekday = Int(SimCalendar.isoWeekday(days: day))
      for slot in departures where slot.weekday == weekday {
        let sim = day * 86_400 + slot.secondsOfDay - utcOffsetSeconds - epochUnix
        if sim > time, best.map({ sim < $0 }) ?? true { best = sim }
      }
      if best != nil { break }
    }
    return best
  }

  /// Month and day (MMDD) of a departure in the origin's local time, for train ids.
  func monthDay(of time: Int64) -> (month: Int, day: Int) {
    let date = SimCalendar.civilFromDays(
      SimCalendar.floorDiv(epochUnix + time + utcOffsetSeconds, 86_400))
    return (Int(date.month), Int(date.day))
  }
}
