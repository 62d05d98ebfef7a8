import Testing

@testable import CorridorSim

@Suite("Calendar and timetables")
struct CalendarTests {
  @Test(arguments: [
    (Int64(0), Int64(1970), Int64(1), Int64(1), Int64(4)), (17_957, 2019, 3, 2, 6),
    (11_016, 2000, 2, 29, 2), (-1, 1969, 12, 31, 3), (19_723, 2024, 1, 1, 1),
    (-719_468, 0, 3, 1, 3),
  ])
  func civilDates(days: Int64, year: Int64, month: Int64, day: Int64, weekday: Int64) {
    let date = SimCalendar.civilFromDays(days)
    #expect(date.year == year && date.month == month && date.day == day)
    #expect(SimCalendar.daysFromCivil(year: year, month: month, day: day) == days)
    #expect(SimCalendar.isoWeekday(days: days) == weekday)
  }

  @Test func nextMonthStart() {
    // 2019-12-15 → 2020-01-01.
    let unix = SimCalendar.daysFromCivil(year: 2019, month: 12, day: 15) * 86_400 + 3_600
    #expect(
      SimCalendar.startOfNextMonth(afterUnix: unix)
        == SimCalendar.daysFromCivil(year: 2020, month: 1, day: 1) * 86_400)
    #expect(SimCalendar.month(ofUnix: unix) == 12)
  }

  /// The first Cainiao train leaves Zhengzhou on Saturday 2 Mar 2019, 10:00 CST = 02:00 UTC.
  @Test func firstCainiaoDepartureIsOnTheEpochDay() throws {
    let scenario = Scenario.zhengzhouLiege
    let service = try #require(scenario.services.first { $0.id == "cainiao-west" })
    let timetable = Timetable(
      epochUnix: scenario.epochUnix, utcOffsetSeconds: service.utcOffsetSeconds,
      departures: service.departures)
    let first = try #require(timetable.nextDeparture(after: -1))
    #expect(first == 2 * 3_600)
    #expect(timetable.monthDay(of: first) == (3, 2))
    // Then Wednesday 6 Mar, then Saturday 9 Mar.
    let second = try #require(timetable.nextDeparture(after: first))
    #expect(second == 4 * 86_400 + 2 * 3_600)
    let third = try #require(timetable.nextDeparture(after: second))
    #expect(third == 7 * 86_400 + 2 * 3_600)
  }

  @Test func emptyTimetableHasNoDeparture() {
    let timetable = Timetable(epochUnix: 0, utcOffsetSeconds: 0, departures: [])
    #expect(timetable.nextDeparture(after: 0) == nil)
  }

  /// The binary search over the week's slots gives what a day-by-day scan of the slots gives,
  /// for timetables of 1 to 400 slots (duplicates and invalid slots among them), offsets
  /// either side of UTC, and times before the epoch, on slots, and a second either side.
  @Test func nextDepartureIsTheEarliestSlotAfterTheTime() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func draw(_ bound: Int64) -> Int64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int64((state >> 33) % UInt64(bound))
    }
    for size in [1, 2, 3, 7, 40, 400] {
      let slots = (0..<size).map { _ in
        WeeklyDeparture(weekday: Int(draw(9)), secondsOfDay: draw(90_000) - 1_000)
      }
      let offset = draw(36 * 3_600) - 18 * 3_600
      let epoch: Int64 = 1_551_484_800 + draw(7 * 86_400)
      let timetable = Timetable(epochUnix: epoch, utcOffsetSeconds: offset, departures: slots)
      var times = (0..<200).map { _ in draw(60 * 86_400) - 10 * 86_400 }
      for time in times.prefix(20) {
        if let slot = timetable.nextDeparture(after: time) { times += [slot - 1, slot, slot + 1] }
      }
      for time in times {
        let expected = scanForNextDeparture(
          after: time, epochUnix: epoch, utcOffsetSeconds: offset, slots: slots)
        #expect(
          timetable.nextDeparture(after: time) == expected,
          "size \(size), offset \(offset), time \(time)")
      }
    }
  }

  /// The reference: every valid slot on each of the next eight local days, the earliest
  /// strictly after `time`.
  private func scanForNextDeparture(
    after time: Int64, epochUnix: Int64, utcOffsetSeconds: Int64, slots: [WeeklyDeparture]
  ) -> Int64? {
    let valid = slots.filter { (1...7).contains($0.weekday) && (0..<86_400).contains($0.secondsOfDay) }
    let localDay = SimCalendar.floorDiv(epochUnix + time + utcOffsetSeconds, 86_400)
    var best: Int64?
    for day in localDay...(localDay + 7) {
      for slot in valid where slot.weekday == Int(SimCalendar.isoWeekday(days: day)) {
        let sim = day * 86_400 + slot.secondsOfDay - utcOffsetSeconds - epochUnix
        if sim > time, best.map({ sim < $0 }) ?? true { best = sim }
      }
      if best != nil { break }
    }
    return best
  }

  @Test func trainIdsAreReadableAndUnique() {
    var ids = TrainIdentifiers()
    #expect(ids.next(prefix: "X8044", month: 3, day: 2, simDay: 0) == "X8044-0302")
    #expect(ids.next(prefix: "X8044", month: 3, day: 2, simDay: 0) == "X8044-0302-2")
    #expect(ids.next(prefix: "X8045", month: 3, day: 2, simDay: 0) == "X8045-0302")
    // A year later the plain id is free again.
    #expect(ids.next(prefix: "X8044", month: 3, day: 2, simDay: 366) == "X8044-0302")
  }

  /// The ids written byte by byte equal the interpolated text they replace, for every day,
  /// counts past one digit, long prefixes (past the 15 bytes a `String` holds inline) and
  /// prefixes with non-ASCII letters.
  @Test func trainIdTextEqualsTheInterpolatedOne() {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    for prefix in ["X8044", "", "W1R", "Ünterwegs-Zug-Langname", "中欧"] {
      for month in 1...12 {
        for day in 1...31 {
          for count in [1, 2, 9, 10, 123] {
            let base = "\(prefix)-\(two(month))\(two(day))"
            let expected = count == 1 ? base : "\(base)-\(count)"
            let text = TrainIdentifiers.text(prefix: prefix, month: month, day: day, count: count)
            #expect(text == expected)
          }
        }
      }
    }
  }

  @Test func trainIdsCountPerPrefixAndDay() {
    var ids = TrainIdentifiers()
    for k in 1...12 {
      let id = ids.next(prefix: "A", month: 12, day: 31, simDay: 364)
      #expect(id == (k == 1 ? "A-1231" : "A-1231-\(k)"))
    }
    // Another day of the same prefix, and the same day 300 days on, start again at one.
    #expect(ids.next(prefix: "A", month: 1, day: 1, simDay: 365) == "A-0101")
    #expect(ids.next(prefix: "A", month: 12, day: 31, simDay: 664) == "A-1231")
    #expect(ids.next(prefix: "A", month: 12, day: 31, simDay: 664) == "A-1231-2")
  }
}
