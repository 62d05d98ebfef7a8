import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The KPI strip's and the cargo pane's models hold the figures they show: equal for frames
/// whose figures are equal (the same snapshot with another selection, sort or focus; a queue
/// wait within the same shown minute), different when a figure changes.
@Suite("Pane models: KPI strip and cargo")
struct KPIStripPaneModelTests {
  /// The fixture with one station queueing: 2 trains, the head waiting `wait` seconds.
  static func snapshot(wait: Int64 = 7_200) -> SimSnapshot {
    var snapshot = SnapshotFixture.snapshot()
    snapshot.stations = [
      StationSnapshot(
        id: "malaszewicze", name: "Małaszewicze", kind: .gaugeChange, queueLength: 2,
        inService: 1, capacity: 1, backlogFEU: 0, longestWaitSeconds: wait, closedUntil: nil)
    ]
    return snapshot
  }

  static func kpis(_ snapshot: SimSnapshot, _ state: AppState) -> KPIStripPane.Model {
    PaneModels.model(KPIStripPane.self, .kpis, PaneModels.frame(snapshot, state))
  }

  @Test("the strip is equal for equal figures, whatever the selection, sort or focus")
  func kpisHold() throws {
    let state = try PaneModels.state()
    let base = Self.kpis(Self.snapshot(), state)
    for keys: [Action] in [[.move(3)], [.cycleSort], [.focusNext], [.toggleHelp]] {
      #expect(Self.kpis(Self.snapshot(), PaneModels.after(keys, state)) == base, "\(keys)")
    }
    #expect(Self.kpis(Self.snapshot(wait: 7_259), state) == base)
    var later = Self.snapshot()
    later.time = later.time + 600
    #expect(Self.kpis(later, state) == base)
  }

  @Test("the strip changes when a figure changes")
  func kpisChange() throws {
    let state = try PaneModels.state()
    let base = Self.kpis(Self.snapshot(), state)
    var changed: [SimSnapshot] = Array(repeating: Self.snapshot(), count: 6)
    changed[0].kpis.teuInTransit += 2
    changed[1].kpis.trainsInTransit += 1
    changed[2].kpis.meanTransitDays = 18
    changed[3].kpis.onTimePercent = nil
    changed[4].stations[0].queueLength = 3
    changed[5] = Self.snapshot(wait: 7_260)
    for (index, snapshot) in changed.enumerated() {
      #expect(Self.kpis(snapshot, state) != base, "change \(index)")
    }
    #expect(Self.kpis(Self.snapshot(), PaneModels.after([.cycleTheme], state)) != base)
  }

  static func cargo(_ snapshot: SimSnapshot, _ state: AppState) -> CargoPane.Model {
    PaneModels.model(CargoPane.self, .cargo, PaneModels.frame(snapshot, state))
  }

  @Test("the cargo pane holds across selection and time, and changes with its figures and focus")
  func cargo() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let base = Self.cargo(snapshot, state)
    var later = snapshot
    later.time = later.time + 3_600
    #expect(Self.cargo(later, PaneModels.after([.move(2), .cycleSort], state)) == base)
    var moved = snapshot
    moved.kpis.teuInTransitByCategory[0].teu += 2
    #expect(Self.cargo(moved, state) != base)
    var delivered = snapshot
    delivered.kpis.teuDeliveredPerDayEastbound[29] = 40
    #expect(Self.cargo(delivered, state) != base)
    #expect(Self.cargo(snapshot, PaneModels.after([.focusNext], state)) != base)
  }
}
