import Testing

@testable import CorridorSim

@Suite("Sim calendar")
struct SimCalendarTests {
  /// 2019-03-02 00:00 UTC, the Cainiao train's departure date.
  let calendar = SimCalendar(epochUnix: 1_551_484_800)

  @Test func showsTheEpochInAllThreeZones() {
    #expect(calendar.format(.zero, in: .utc) == "2019-03-02 00:00 UTC")
    #expect(calendar.format(.zero, in: .china) == "2019-03-02 08:00 CST")
    #expect(calendar.format(.zero, in: .centralEurope) == "2019-03-02 01:00 CET")
    #expect(calendar.dateTime(.zero, in: .utc).weekday == 6)
  }

  /// EU summer time: from the last Sunday of March 01:00 UTC to the last Sunday of October
  /// 01:00 UTC. In 2019 those were 31 March and 27 October.
  @Test(arguments: [
    ("2019-03-31T00:59:59Z", "2019-03-31 01:59 CET"),
    ("2019-03-31T01:00:00Z", "2019-03-31 03:00 CEST"),
    ("2019-10-27T00:59:59Z", "2019-10-27 02:59 CEST"),
    ("2019-10-27T01:00:00Z", "2019-10-27 02:00 CET"),
    ("2021-03-28T01:00:00Z", "2021-03-28 03:00 CEST"),
    ("2021-03-27T01:00:00Z", "2021-03-27 02:00 CET"),
    ("2024-10-27T00:30:00Z", "2024-10-27 02:30 CEST"),
    ("2024-12-31T23:30:00Z", "2025-01-01 00:30 CET"),
  ])
  func followsTheEUSummerRule(utc: String, expected: String) throws {
    let unix = try #require(SimCalendar.parseUTC(utc))
    let time = SimTime(seconds: unix - calendar.epochUnix)
    #expect(calendar.format(time, in: .centralEurope) == expected)
  }

  @Test func chinaHasNoSummerTimeAndCrossesMidnightFirst() throws {
    let july = try #require(SimCalendar.parseUTC("2019-07-01T16:30:00Z"))
    let time = SimTime(seconds: july - calendar.epochUnix)
    #expect(calendar.format(time, in: .china) == "2019-07-02 00:30 CST")
    #expect(calendar.dateTime(time, in: .china).weekday == 2)
    #expect(calendar.format(time, in: .utc) == "2019-07-01 16:30 UTC")
  }

  @Test(arguments: [
    ("1970-01-01T00:00:00Z", Int64(0)),
    ("2000-02-29T12:00:00Z", Int64(951_825_600)),
    ("1969-12-31T23:59:59Z", Int64(-1)),
    ("2019-03-02 00:00", Int64(1_551_484_800)),
  ])
  func parsesAndFormatsUTC(text: String, unix: Int64) {
    #expect(SimCalendar.parseUTC(text) == unix)
    #expect(SimCalendar.parseUTC(SimCalendar.formatUTC(unix: unix)) == unix)
  }

  @Test(arguments: [
    "2019-02-29T00:00:00Z", "2019-13-01T00:00:00Z", "2019-03-02", "yesterday",
    "2019-03-02T24:00:00Z", "99999999999999999-03-02T00:00:00Z", "10000-01-01T00:00:00Z",
  ])
  func refusesMalformedTimes(text: String) {
    #expect(SimCalendar.parseUTC(text) == nil)
  }
}
