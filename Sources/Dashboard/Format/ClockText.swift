import CorridorSim

/// Sim times as the panes print them, through the scenario's calendar (`SimCalendar`).
///
/// The header shows China Standard Time (UTC+8, no summer time) and the corridor clock, the
/// engine's fixed offset its days are counted in (`CorridorCalendar`, UTC+1 by default); every
/// other time (events, timelines, departed / planned / predicted) is on the corridor clock and
/// says so (`zone`). The engine models no summer time, so no time is shown as CEST.
struct ClockText {
  let calendar: SimCalendar
  /// The engine's corridor days: "day N" is always the snapshot's corridor day.
  let corridor: CorridorCalendar

  init(epochUnix: Int64, corridor: CorridorCalendar? = nil) {
    self.calendar = SimCalendar(epochUnix: epochUnix)
    self.corridor = corridor ?? CorridorCalendar(epochUnix: epochUnix, utcOffsetSeconds: 0)
  }

  /// `03-11 14:00` on the corridor clock (the caller names the zone once, `zone`).
  func short(_ time: SimTime) -> String {
    let t = corridor.dateTime(time)
    return "\(pad(t.month))-\(pad(t.day)) \(t.timeString)"
  }

  /// `03-11 14:00 UTC+1`: `short` with its zone.
  func zoned(_ time: SimTime) -> String { short(time) + " " + zone }

  /// The corridor clock's name, e.g. `UTC+1`.
  var zone: String { corridor.clockName }

  /// How much of the clock the header shows, longest first.
  enum HeaderForm: CaseIterable {
    /// `day 9 · 2019-03-11 21:00 CST · 14:00 UTC+1`
    case full
    /// `day 9 · 03-11 21:00 CST · 14:00 UTC+1`: the year goes first.
    case withoutYear
    /// `03-11 21:00 CST · 14:00 UTC+1`: the day count goes last.
    case compact
  }

  /// The header clock in `form`, the corridor clock's date included whenever it differs from
  /// China's.
  func header(_ time: SimTime, dot: String, form: HeaderForm = .full) -> String {
    let china = calendar.dateTime(time, in: .china)
    let europe = corridor.dateTime(time)
    let sameDate = china.day == europe.day && china.month == europe.month
    let europeText =
      (sameDate ? "" : "\(pad(europe.month))-\(pad(europe.day)) ")
      + "\(europe.timeString) \(europe.abbreviation)"
    let chinaShort =
      "\(pad(china.month))-\(pad(china.day)) \(china.timeString) \(china.abbreviation)"
    let day = "day \(corridor.day(at: time)) \(dot) "
    switch form {
    case .full: return day + "\(china.description) \(dot) \(europeText)"
    case .withoutYear: return day + "\(chinaShort) \(dot) \(europeText)"
    case .compact: return "\(chinaShort) \(dot) \(europeText)"
    }
  }

  /// The kiosk's two clocks: `21:00 CST` (China) and `14:00 UTC+1` (the corridor clock,
  /// which Liège keeps in the built-in scenario), each with its zone.
  func clocks(_ time: SimTime) -> (china: String, corridor: String) {
    let china = calendar.dateTime(time, in: .china)
    let europe = corridor.dateTime(time)
    return ("\(china.timeString) \(china.abbreviation)", "\(europe.timeString) \(europe.abbreviation)")
  }

  private func pad(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
