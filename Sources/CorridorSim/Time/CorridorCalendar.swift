/// The corridor's one calendar of days: "day N" on screen, "delivered today", the rows of
/// `simulate` and the end of `snapshot --days N` all count these days.
///
/// A day runs from midnight to midnight of the scenario's corridor clock, a fixed offset from
/// UTC (`Scenario.corridorUTCOffsetSeconds`; the built-in scenario uses UTC+1, Central
/// European Time at Liège, where boxes are handed off). Day 1 is the day the run starts in;
/// it may have begun before sim time zero.
public struct CorridorCalendar: Sendable, Hashable {
  /// Unix seconds of sim time zero.
  public let epochUnix: Int64
  /// The corridor clock's offset from UTC, seconds.
  public let utcOffsetSeconds: Int64
  /// Sim second at which day 1 began (≤ 0).
  public let dayOneStart: Int64

  public init(epochUnix: Int64, utcOffsetSeconds: Int64) {
    self.epochUnix = epochUnix
    self.utcOffsetSeconds = utcOffsetSeconds
    let local = epochUnix + utcOffsetSeconds
    dayOneStart = -(local - SimCalendar.floorDiv(local, 86_400) * 86_400)
  }

  public init(_ scenario: Scenario) {
    self.init(epochUnix: scenario.epochUnix, utcOffsetSeconds: scenario.corridorUTCOffsetSeconds)
  }

  /// The corridor clock's name, e.g. `UTC+1` (or `UTC`).
  public var clockName: String {
    let hours = utcOffsetSeconds / 3_600
    let minutes = abs(utcOffsetSeconds % 3_600) / 60
    guard utcOffsetSeconds != 0 else { return "UTC" }
    let sign = utcOffsetSeconds < 0 ? "-" : "+"
    return "UTC\(sign)\(abs(hours))" + (minutes > 0 ? ":\(CivilDateTime.pad(minutes))" : "")
  }

  /// The date and time at `time` on the corridor clock, named `clockName` (a fixed offset: the
  /// engine models no summer time, so neither does any time shown on it).
  public func dateTime(_ time: SimTime) -> CivilDateTime {
    CivilDateTime(
      unix: epochUnix + time.seconds + utcOffsetSeconds, utcOffsetSeconds: utcOffsetSeconds,
      abbreviation: clockName)
  }

  /// The day number (1-based) that sim second `t` falls in.
  public func day(at t: Int64) -> Int64 {
    SimCalendar.floorDiv(t - dayOneStart, 86_400) + 1
  }

  public func day(at time: SimTime) -> Int64 { day(at: time.seconds) }

  /// The first sim second of day `n`.
  public func start(ofDay n: Int64) -> Int64 { dayOneStart + (n - 1) * 86_400 }

  /// The last sim second of day `n`: a run `until` it has seen the whole day.
  public func end(ofDay n: Int64) -> SimTime { SimTime(seconds: start(ofDay: n + 1) - 1) }

  /// The date of day `n` in the corridor clock, e.g. `2019-03-02`.
  public func dateString(ofDay n: Int64) -> String {
    let local = epochUnix + utcOffsetSeconds + start(ofDay: n)
    let date = SimCalendar.civilFromDays(SimCalendar.floorDiv(local, 86_400))
    return "\(date.year)-\(CivilDateTime.pad(date.month))-\(CivilDateTime.pad(date.day))"
  }
}
