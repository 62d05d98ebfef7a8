/// Turns a service's weekly timetable into concrete departure times in sim seconds.
///
/// Timetable slots are local times at the origin (`utcOffsetSeconds`); sim time counts UTC
/// seconds from the scenario's epoch.
struct Timetable {
  let epochUnix: Int64
  let utcOffsetSeconds: Int64
  let departures: [WeeklyDeparture]

  /// The earliest departure strictly after sim second `time`, or nil for an empty timetable.
  func nextDeparture(after time: Int64) -> Int64? {
    // Slots outside a day or an offset beyond ±18 h are ignored rather than overflowing.
    guard (-18 * 3_600...18 * 3_600).contains(utcOffsetSeconds) else { return nil }
    let valid = departures.filter {
      (1...7).contains($0.weekday) && (0..<86_400).contains($0.secondsOfDay)
    }
    guard !valid.isEmpty else { return nil }
    let localDay = CivilCalendar.floorDiv(epochUnix + time + utcOffsetSeconds, 86_400)
    var best: Int64?
    for dayOffset in Int64(0)...7 {
      let day = localDay + dayOffset
      let weekday = CivilCalendar.isoWeekday(ofDays: day)
      for slot in valid where slot.weekday == weekday {
        let sim = day * 86_400 + slot.secondsOfDay - utcOffsetSeconds - epochUnix
        if sim > time, best.map({ sim < $0 }) ?? true { best = sim }
      }
      if best != nil { break }
    }
    return best
  }

  /// Month and day (MMDD) of a departure in the origin's local time, for train ids.
  func monthDay(of time: Int64) -> (month: Int, day: Int) {
    let date = CivilCalendar.civil(
      fromDays: CivilCalendar.floorDiv(epochUnix + time + utcOffsetSeconds, 86_400))
    return (date.month, date.day)
  }
}
