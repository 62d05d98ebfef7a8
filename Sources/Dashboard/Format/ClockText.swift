import CorridorSim

/// Sim times as the panes print them, through the scenario's calendar (`SimCalendar`).
///
/// The header shows China (CST) and Europe (CET/CEST), the two ends of the corridor; every
/// other time (events, ETAs, timelines) is Central European, where the trains are received.
struct ClockText {
  let calendar: SimCalendar
  /// The engine's corridor days: "day N" is always the snapshot's corridor day.
  let corridor: CorridorCalendar

  init(epochUnix: Int64, corridor: CorridorCalendar? = nil) {
    self.calendar = SimCalendar(epochUnix: epochUnix)
    self.corridor = corridor ?? CorridorCalendar(epochUnix: epochUnix, utcOffsetSeconds: 0)
  }

  /// `03-11 14:00` in Central European time (the zone is named in the header).
  func short(_ time: SimTime) -> String {
    let t = calendar.dateTime(time, in: .centralEurope)
    return "\(pad(t.month))-\(pad(t.day)) \(t.timeString)"
  }

  /// How much of the clock the header shows, longest first.
  enum HeaderForm: CaseIterable {
    /// `day 9 · 2019-03-11 21:00 CST · 14:00 CET`
    case full
    /// `day 9 · 03-11 21:00 CST · 14:00 CET`: the year goes first.
    case withoutYear
    /// `03-11 21:00 CST · 14:00 CET`: the day count goes last.
    case compact
  }

  /// The header clock in `form`, the European date included whenever it differs from China's.
  func header(_ time: SimTime, dot: String, form: HeaderForm = .full) -> String {
    let china = calendar.dateTime(time, in: .china)
    let europe = calendar.dateTime(time, in: .centralEurope)
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

  private func pad(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
