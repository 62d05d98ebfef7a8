import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The remembered events, KPI and cargo panes, along a live run: frames 6 sim minutes apart
/// (the live screen at ×3600 and 10 fps), with the events pane focused and scrolled and the
/// theme switched on the way, each equal cell for cell (styles included) to the pane drawn
/// afresh from the same snapshot and state.
@Suite("Remembered panes along a live run")
struct LivePaneMemoTests {
  static let width = 160
  static let height = 45

  static func lightTheme() throws -> Theme {
    let text = try #require(EmbeddedThemes.text(named: "light"))
    return try ThemeParser.theme(text: text, file: "light.theme", fallbackName: "light")
  }

  /// What changes the state before frame `step`.
  static func actions(at step: Int) -> [Action] {
    switch step {
    case 10: [.focusNext, .focusNext]  // trains → cargo → events
    case 14: [.move(3)]  // scrolls the focused events pane back
    case 20: [.home]
    case 25: [.cycleTheme]
    case 32: [.focusPrevious]
    default: []
    }
  }

  @Test func panesEqualFreshOnesFrameAfterFrame() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 7)
    simulation.run(until: .days(25))
    var state = AppState(
      themes: ThemeRing(current: .compiledDefault, others: [.loaded(try Self.lightTheme())]))
    let plan = DashboardLayout.plan(width: Self.width, height: Self.height)
    var mismatches: [String] = []
    var eventsChanged = 0
    var previousEvents: Buffer?
    var scrolledFrames = 0
    for step in 0..<40 {
      simulation.run(until: simulation.now + 360)
      let snapshot = simulation.snapshot()
      state.sync(with: snapshot, width: Self.width, height: Self.height)
      for action in Self.actions(at: step) { reduce(&state, action) }
      state.sync(with: snapshot, width: Self.width, height: Self.height)
      if state.eventScroll > 0 { scrolledFrames += 1 }
      let frame = DashboardFrame.render(
        snapshot: snapshot, state: state, width: Self.width, height: Self.height)
      let context = FrameContext(snapshot: snapshot, state: state, ui: .unicode)
      for pane in [Pane.events, .kpis, .cargo] {
        let area = try #require(plan[pane])
        var fresh = Buffer(width: Self.width, height: Self.height)
        switch pane {
        case .events: EventsView.drawAfresh(into: &fresh, area: area, context: context)
        case .kpis:
          KPIStripView.draw(
            KPIStripView.items(snapshot, glyphs: context.glyphs), into: &fresh, area: area,
            context: context)
        default: CargoView.drawAfresh(into: &fresh, area: area, context: context)
        }
        let drawn = Self.crop(frame, area)
        if drawn != Self.crop(fresh, area) { mismatches.append("\(pane) at step \(step)") }
        if pane == .events {
          if let previousEvents, previousEvents != drawn { eventsChanged += 1 }
          previousEvents = drawn
        }
      }
    }
    #expect(mismatches == [])
    // The run exercised both reuse and redraw of the events pane.
    #expect(eventsChanged > 3)
    #expect(eventsChanged < 39)
    #expect(scrolledFrames > 0)
    #expect(state.theme.name == "light")
  }

  static func crop(_ buffer: Buffer, _ area: Rect) -> Buffer {
    var out = Buffer(width: area.width, height: area.height)
    out.blit(buffer, x: -area.x, y: -area.y)
    return out
  }
}
