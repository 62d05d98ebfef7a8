/// Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01, without Foundation.
///
/// The engine needs weekdays (timetables) and months (winter slowdowns) and must not read a
/// clock or depend on a locale; Howard Hinnant's `civil_from_days` / `days_from_civil`
/// algorithms give exact results for any Int64 day.
enum CivilCalendar {
  /// Floor division, correct for negative numerators.
  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }

  /// (year, month 1...12, day 1...31) of a day number.
  static func civil(fromDays days: Int64) -> (year: Int64, month: Int, day: Int) {
    let z = days + 719_468
    let era = floorDiv(z, 146_097)
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = Int(doy - (153 * mp + 2) / 5 + 1)
    let month = Int(mp < 10 ? mp + 3 : mp - 9)
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Day number of a civil date.
  static func days(year: Int64, month: Int, day: Int) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = floorDiv(y, 400)
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// ISO weekday (1 = Monday … 7 = Sunday); 1970-01-01 was a Thursday.
  static func isoWeekday(ofDays days: Int64) -> Int {
    Int(((days % 7) + 7 + 3) % 7) + 1
  }

  /// Unix seconds of the first instant of the month after the one containing `unix` (UTC).
  static func startOfNextMonth(afterUnix unix: Int64) -> Int64 {
    let date = civil(fromDays: floorDiv(unix, 86_400))
    let nextMonth = date.month == 12 ? 1 : date.month + 1
    let year = date.month == 12 ? date.year + 1 : date.year
    return days(year: year, month: nextMonth, day: 1) * 86_400
  }

  /// UTC month (1...12) of a Unix time.
  static func month(ofUnix unix: Int64) -> Int {
    civil(fromDays: floorDiv(unix, 86_400)).month
  }
}
