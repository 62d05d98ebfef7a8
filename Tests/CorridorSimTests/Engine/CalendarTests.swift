import Testing

@testable import CorridorSim

@Suite("Calendar and timetables")
struct CalendarTests {
  @Test(arguments: [
    (Int64(0), Int64(1970), 1, 1, 4), (17_957, 2019, 3, 2, 6), (11_016, 2000, 2, 29, 2),
    (-1, 1969, 12, 31, 3), (19_723, 2024, 1, 1, 1),
  ])
  func civilDates(days: Int64, year: Int64, month: Int, day: Int, weekday: Int) {
    let date = CivilCalendar.civil(fromDays: days)
    #expect(date.year == year && date.month == month && date.day == day)
    #expect(CivilCalendar.days(year: year, month: month, day: day) == days)
    #expect(CivilCalendar.isoWeekday(ofDays: days) == weekday)
  }

  @Test func nextMonthStart() {
    // 2019-12-15 → 2020-01-01.
    let unix = CivilCalendar.days(year: 2019, month: 12, day: 15) * 86_400 + 3_600
    #expect(
      CivilCalendar.startOfNextMonth(afterUnix: unix)
        == CivilCalendar.days(year: 2020, month: 1, day: 1) * 86_400)
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

  @Test func trainIdsAreReadableAndUnique() {
    var ids = TrainIdentifiers()
    #expect(ids.next(prefix: "X8044", month: 3, day: 2, simDay: 0) == "X8044-0302")
    #expect(ids.next(prefix: "X8044", month: 3, day: 2, simDay: 0) == "X8044-0302-2")
    #expect(ids.next(prefix: "X8045", month: 3, day: 2, simDay: 0) == "X8045-0302")
    // A year later the plain id is free again.
    #expect(ids.next(prefix: "X8044", month: 3, day: 2, simDay: 366) == "X8044-0302")
  }
}
