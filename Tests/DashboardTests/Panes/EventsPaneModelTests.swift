import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The events pane's model: a frame without a new event changes nothing; a new event shifts
/// every row down by one under an unchanged frame part (the case the rows cache redraws row
/// by row); scrolling back changes the frame part.
@Suite("Pane models: events")
struct EventsPaneModelTests {
  static func events(_ snapshot: SimSnapshot, _ state: AppState) -> EventsPane.Model {
    PaneModels.model(EventsPane.self, .events, PaneModels.frame(snapshot, state))
  }

  @Test("a new event shifts the rows down by one, newest first; the frame part holds")
  func newEventShiftsRows() throws {
    let state = try PaneModels.state()
    let before = Self.events(SnapshotFixture.snapshot(eventCount: 12), state)
    let after = Self.events(SnapshotFixture.snapshot(eventCount: 13), state)
    #expect(before.rows.count >= 2)
    #expect(after.rows.count == before.rows.count)
    #expect(after.frame == before.frame)
    #expect(after.rows.first?.event.sequence == 12)
    #expect(Array(after.rows.dropFirst()) == Array(before.rows.dropLast()))
  }

  @Test("without a new event, time, selection and sort change nothing")
  func noEventNoChange() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let base = Self.events(snapshot, state)
    var later = snapshot
    later.time = later.time + 3_600
    #expect(Self.events(later, PaneModels.after([.move(2), .cycleSort], state)) == base)
  }

  @Test("scrolling back changes the frame part and shows older rows")
  func scrollingBack() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let base = Self.events(snapshot, state)
    var focused = state
    focused.focus = .events
    let unscrolled = Self.events(snapshot, focused)
    let back = Self.events(snapshot, PaneModels.after([.move(1)], focused))
    #expect(back.frame.scroll == 1 && unscrolled.frame.scroll == 0)
    #expect(back.frame != unscrolled.frame)
    #expect(Array(back.rows.dropLast()) == Array(base.rows.dropFirst()))
  }
}
