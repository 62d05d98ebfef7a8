import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The remembered cargo pane is exactly the pane drawn afresh: frames drawn in any order, with
/// the memo holding another frame's pane, equal frames drawn from scratch.
@Suite("Remembered panes")
struct PaneMemoTests {
  static let later: SimSnapshot = {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.run(until: .days(45))
    return simulation.snapshot()
  }()

  static func frame(_ snapshot: SimSnapshot, width: Int, height: Int) -> Buffer {
    var state = AppState()
    state.sync(with: snapshot, width: width, height: height)
    return DashboardFrame.render(snapshot: snapshot, state: state, width: width, height: height)
  }

  /// The cargo pane drawn with the memo bypassed, placed in a blank frame-sized buffer.
  static func freshCargo(_ snapshot: SimSnapshot, width: Int, height: Int) -> Buffer {
    var state = AppState()
    state.sync(with: snapshot, width: width, height: height)
    let plan = DashboardLayout.plan(width: width, height: height)
    var buffer = Buffer(width: width, height: height)
    if let area = plan[.cargo] {
      let context = FrameContext(snapshot: snapshot, state: state, ui: .unicode)
      CargoView.drawAfresh(into: &buffer, area: area, context: context)
    }
    return buffer
  }

  @Test func framesInAnyOrderEqualFreshOnes() throws {
    let early = ScreenGoldenTests.snapshot
    let a1 = Self.frame(early, width: 120, height: 40)
    let b = Self.frame(Self.later, width: 120, height: 40)
    let a2 = Self.frame(early, width: 120, height: 40)
    #expect(a1 == a2)
    #expect(a1 != b)
    let plan = DashboardLayout.plan(width: 120, height: 40)
    let area = try #require(plan[.cargo])
    for (frame, snapshot) in [(a1, early), (b, Self.later), (a2, early)] {
      let fresh = Self.freshCargo(snapshot, width: 120, height: 40)
      for y in area.y..<area.maxY {
        for x in area.x..<area.maxX { #expect(frame[x, y] == fresh[x, y]) }
      }
    }
  }
}
