import CorridorSim

/// Sim times as the panes print them.
///
/// Elapsed sim time since the scenario's epoch (`d9 13:00`): exact, and needs no calendar.
struct ClockText {
  let epochUnix: Int64

  /// `d9 13:00` — sim day and time of day.
  func short(_ time: SimTime) -> String {
    let s = time.seconds
    let day = time.day
    let inDay = s - day * 86_400
    return "d\(day) \(Formatting.pad(inDay / 3_600)):\(Formatting.pad((inDay % 3_600) / 60))"
  }

  /// The header's clock.
  func header(_ time: SimTime) -> String { "sim " + short(time) }
}
