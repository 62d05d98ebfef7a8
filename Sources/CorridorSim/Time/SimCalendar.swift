/// Shows sim time as calendar date and time in the three zones the corridor spans: UTC,
/// China Standard Time (UTC+8, no DST) and Central European Time (CET/CEST, EU summer rule).
///
/// Pure integer arithmetic (Howard Hinnant's civil-date algorithms), so the output is
/// deterministic and needs neither Foundation nor the host's time-zone database.
public struct SimCalendar: Sendable, Hashable {
  /// Unix seconds of sim time zero (the scenario's `epochUnix`).
  public var epochUnix: Int64

  public init(epochUnix: Int64) { self.epochUnix = epochUnix }

  /// A time zone the dashboard shows.
  public enum Zone: String, Sendable, Hashable, CaseIterable {
    case utc
    /// China Standard Time, UTC+8 all year.
    case china
    /// CET (UTC+1), CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of
    /// October 01:00 UTC.
    case centralEurope
  }

  /// Unix seconds of a sim time.
  public func unixTime(_ time: SimTime) -> Int64 { epochUnix + time.seconds }

  /// The wall-clock date and time at `time` in `zone`.
  public func dateTime(_ time: SimTime, in zone: Zone) -> CivilDateTime {
    let unix = unixTime(time)
    let offset = Self.utcOffsetSeconds(atUnix: unix, in: zone)
    return CivilDateTime(
      unix: unix + offset, utcOffsetSeconds: offset,
      abbreviation: Self.abbreviation(offset: offset, zone: zone))
  }

  /// e.g. `2019-03-02 08:00 CST`.
  public func format(_ time: SimTime, in zone: Zone) -> String {
    dateTime(time, in: zone).description
  }

  /// The zone's offset from UTC at a Unix instant.
  public static func utcOffsetSeconds(atUnix unix: Int64, in zone: Zone) -> Int64 {
    switch zone {
    case .utc: return 0
    case .china: return 8 * 3_600
    case .centralEurope:
      let year = CivilDateTime(unix: unix, utcOffsetSeconds: 0, abbreviation: "UTC").year
      let start = lastSundayOneAM(year: year, month: 3)
      let end = lastSundayOneAM(year: year, month: 10)
      return unix >= start && unix < end ? 2 * 3_600 : 3_600
    }
  }

  /// Unix seconds of 01:00 UTC on the last Sunday of a month: when EU clocks change.
  static func lastSundayOneAM(year: Int64, month: Int64) -> Int64 {
    let nextMonthFirst =
      month == 12
      ? daysFromCivil(year: year + 1, month: 1, day: 1)
      : daysFromCivil(year: year, month: month + 1, day: 1)
    let lastDay = nextMonthFirst - 1
    let weekday = isoWeekday(days: lastDay)
    let sunday = lastDay - (weekday % 7)
    return sunday * 86_400 + 3_600
  }

  private static func abbreviation(offset: Int64, zone: Zone) -> String {
    switch zone {
    case .utc: "UTC"
    case .china: "CST"
    case .centralEurope: offset == 7_200 ? "CEST" : "CET"
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date.
  public static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = floorDiv(y, 400)
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// (year, month 1…12, day 1…31) of a day count since 1970-01-01; the inverse of
  /// `daysFromCivil`, exact for any Int64 day.
  public static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = floorDiv(z, 146_097)
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Floor division, correct for negative numerators (instants before 1970 or the epoch).
  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }

  /// UTC month (1…12) of a Unix time: when winter slowdowns apply.
  static func month(ofUnix unix: Int64) -> Int {
    Int(civilFromDays(floorDiv(unix, 86_400)).month)
  }

  /// Unix seconds of the first instant (UTC) of the month after the one containing `unix`.
  static func startOfNextMonth(afterUnix unix: Int64) -> Int64 {
    let date = civilFromDays(floorDiv(unix, 86_400))
    return date.month == 12
      ? daysFromCivil(year: date.year + 1, month: 1, day: 1) * 86_400
      : daysFromCivil(year: date.year, month: date.month + 1, day: 1) * 86_400
  }

  /// ISO weekday (1 = Monday … 7 = Sunday) of a day count since 1970-01-01 (a Thursday).
  public static func isoWeekday(days: Int64) -> Int64 {
    let fromMonday = (days + 3) % 7
    return (fromMonday < 0 ? fromMonday + 7 : fromMonday) + 1
  }
}

/// A calendar date and wall-clock time in some zone.
public struct CivilDateTime: Sendable, Hashable, CustomStringConvertible {
  public var year: Int64
  public var month: Int64
  public var day: Int64
  public var hour: Int64
  public var minute: Int64
  public var second: Int64
  /// ISO weekday, 1 = Monday … 7 = Sunday.
  public var weekday: Int64
  public var utcOffsetSeconds: Int64
  /// `UTC`, `CST`, `CET` or `CEST`.
  public var abbreviation: String

  /// Splits local seconds (Unix seconds already shifted by the zone's offset) into fields.
  init(unix local: Int64, utcOffsetSeconds: Int64, abbreviation: String) {
    let days = SimCalendar.floorDiv(local, 86_400)
    let secondOfDay = local - days * 86_400
    (year, month, day) = SimCalendar.civilFromDays(days)
    hour = secondOfDay / 3_600
    minute = secondOfDay % 3_600 / 60
    second = secondOfDay % 60
    weekday = SimCalendar.isoWeekday(days: days)
    self.utcOffsetSeconds = utcOffsetSeconds
    self.abbreviation = abbreviation
  }

  /// `YYYY-MM-DD`.
  public var dateString: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }
  /// `HH:MM`.
  public var timeString: String { "\(Self.pad(hour)):\(Self.pad(minute))" }
  /// `YYYY-MM-DD HH:MM ABBR`.
  public var description: String { "\(dateString) \(timeString) \(abbreviation)" }

  static func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension SimCalendar {
  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (or with a space instead of `T`, seconds optional) as Unix
  /// seconds; nil when malformed. Used for the scenario file's `epoch`.
  public static func parseUTC(_ text: String) -> Int64? {
    var body = Substring(text)
    if body.hasSuffix("Z") { body = body.dropLast() }
    let halves = body.split(whereSeparator: { $0 == "T" || $0 == " " })
    guard halves.count == 2 else { return nil }
    let date = halves[0].split(separator: "-").compactMap { Int64($0) }
    let time = halves[1].split(separator: ":").compactMap { Int64($0) }
    // Four-digit years only: the day count of a year near Int64's limit would overflow.
    guard date.count == 3, (2...3).contains(time.count), (1...9_999).contains(date[0]),
      (1...12).contains(date[1]), (1...31).contains(date[2]),
      (0...23).contains(time[0]), (0...59).contains(time[1]),
      time.count == 2 || (0...59).contains(time[2])
    else { return nil }
    let days = daysFromCivil(year: date[0], month: date[1], day: date[2])
    let seconds = time[0] * 3_600 + time[1] * 60 + (time.count == 3 ? time[2] : 0)
    let unix = days * 86_400 + seconds
    // Reject 31 February and the like: the date must survive the round trip.
    let back = CivilDateTime(unix: unix, utcOffsetSeconds: 0, abbreviation: "UTC")
    return back.day == date[2] && back.month == date[1] ? unix : nil
  }

  /// `YYYY-MM-DDTHH:MM:SSZ`, the inverse of `parseUTC`.
  public static func formatUTC(unix: Int64) -> String {
    let t = CivilDateTime(unix: unix, utcOffsetSeconds: 0, abbreviation: "UTC")
    return "\(t.dateString)T\(t.timeString):\(CivilDateTime.pad(t.second))Z"
  }
}
