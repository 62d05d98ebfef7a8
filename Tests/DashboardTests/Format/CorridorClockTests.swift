import CorridorSim
import Testing

@testable import Dashboard

/// Issue 9 §1: every time is labelled with its zone, and the zone is the engine's corridor
/// clock — a fixed offset, so a summer date is UTC+1, never CEST.
@Suite("Corridor clock")
struct CorridorClockTests {
  static let calendar = CorridorCalendar(Scenario.zhengzhouLiege)

  @Test("times are on the corridor clock, named by it, in winter and summer alike")
  func fixedOffset() {
    let clock = ClockText(epochUnix: Self.calendar.epochUnix, corridor: Self.calendar)
    #expect(clock.zone == "UTC+1")
    // 2019-03-02 00:00 UTC is 01:00 UTC+1; 150 days later it is still 01:00 (no summer time).
    #expect(clock.zoned(.zero) == "03-02 01:00 UTC+1")
    #expect(clock.short(SimTime(seconds: 150 * 86_400)) == "07-30 01:00")
    let header = clock.header(SimTime(seconds: 150 * 86_400), dot: "·")
    #expect(header.contains("UTC+1") && header.contains("CST") && !header.contains("CEST"))
    // The header's day is the corridor day: 23:00 UTC on day 1 is 00:00 UTC+1 of day 2.
    #expect(clock.header(SimTime(seconds: 23 * 3_600), dot: "·").hasPrefix("day 2 "))
  }

  @Test("the events title, the detail's times and its timeline name the zone")
  func panesLabelTheZone() throws {
    let snapshot = PaneModels.snapshots(seed: 1, at: [0])[0]
    var state = try PaneModels.state(width: 160, height: 45)
    let frame = PaneModels.frame(snapshot, state)
    let screen = DashboardFrame.render(snapshot: snapshot, state: state, width: 160, height: 45)
    let text = screen.textLines().joined(separator: "\n")
    #expect(text.contains("times UTC+1"))
    #expect(!text.contains("CEST") && !text.contains("CET"))
    reduce(&state, .openDetail, lists: frame.lists)
    let detail = DashboardFrame.render(snapshot: snapshot, state: state, width: 160, height: 45)
      .textLines().joined(separator: "\n")
    #expect(detail.contains("departed  ") && detail.contains(" UTC+1"))
    #expect(detail.contains("times UTC+1"))
  }
}
