/// The time zones a corridor dashboard shows sim time in.
public enum CorridorTimeZone: String, Sendable, Hashable, CaseIterable {
  /// Coordinated Universal Time.
  case utc
  /// China Standard Time, UTC+8 all year (Zhengzhou).
  case china
  /// Central European Time, UTC+1, and CEST, UTC+2, from the last Sunday of March to the last
  /// Sunday of October at 01:00 UTC (Liège, Małaszewicze).
  case centralEurope

  /// Offset from UTC at Unix time `unix`, seconds.
  public func utcOffsetSeconds(atUnix unix: Int64) -> Int64 {
    switch self {
    case .utc: return 0
    case .china: return 8 * 3_600
    case .centralEurope: return CorridorTimeZone.isEuropeanSummerTime(unix) ? 7_200 : 3_600
    }
  }

  /// Abbreviation at Unix time `unix`: UTC, CST, CET or CEST.
  public func abbreviation(atUnix unix: Int64) -> String {
    switch self {
    case .utc: "UTC"
    case .china: "CST"
    case .centralEurope: CorridorTimeZone.isEuropeanSummerTime(unix) ? "CEST" : "CET"
    }
  }

  /// EU rule since 1996: summer time from the last Sunday of March to the last Sunday of
  /// October, switching at 01:00 UTC.
  static func isEuropeanSummerTime(_ unix: Int64) -> Bool {
    let year = CivilCalendar.civil(fromDays: CivilCalendar.floorDiv(unix, 86_400)).year
    let start = lastSunday(year: year, month: 3) * 86_400 + 3_600
    let end = lastSunday(year: year, month: 10) * 86_400 + 3_600
    return unix >= start && unix < end
  }

  private static func lastSunday(year: Int64, month: Int) -> Int64 {
    let last = CivilCalendar.days(year: year, month: month + 1, day: 1) - 1
    return last - Int64(CivilCalendar.isoWeekday(ofDays: last) % 7)
  }
}

/// A sim time as a civil date and time in one corridor time zone, for display.
public struct CorridorDateTime: Sendable, Hashable {
  public var year: Int64
  public var month: Int
  public var day: Int
  public var hour: Int
  public var minute: Int
  public var second: Int
  /// ISO weekday, 1 = Monday … 7 = Sunday.
  public var weekday: Int
  /// UTC, CST, CET or CEST.
  public var abbreviation: String

  /// `2019-03-02 10:00 CST`.
  public var text: String {
    "\(year)-\(pad(month))-\(pad(day)) \(pad(hour)):\(pad(minute)) \(abbreviation)"
  }

  private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension SimTime {
  /// This instant as a civil date and time in `zone`, given the scenario's epoch.
  public func dateTime(epochUnix: Int64, zone: CorridorTimeZone) -> CorridorDateTime {
    let unix = epochUnix + seconds
    let local = unix + zone.utcOffsetSeconds(atUnix: unix)
    let days = CivilCalendar.floorDiv(local, 86_400)
    let secondOfDay = Int(local - days * 86_400)
    let date = CivilCalendar.civil(fromDays: days)
    return CorridorDateTime(
      year: date.year, month: date.month, day: date.day, hour: secondOfDay / 3_600,
      minute: secondOfDay % 3_600 / 60, second: secondOfDay % 60,
      weekday: CivilCalendar.isoWeekday(ofDays: days), abbreviation: zone.abbreviation(atUnix: unix)
    )
  }
}
