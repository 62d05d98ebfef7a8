import CorridorSim
import Testing

@testable import Dashboard

/// `.` steps the paused simulation one sim hour; running, it only says how it is used.
@Suite("Step while paused")
struct StepTests {
  @Test("paused, . asks for one sim hour per press; the live loop clears it when run")
  func pausedSteps() {
    var state = AppState(paused: true)
    for action in KeyMap.actions(for: .character("."), in: state) { reduce(&state, action) }
    #expect(state.pendingStep == 3_600)
    #expect(state.message == "stepped 1h 00m")
    reduce(&state, .stepHour)
    #expect(state.pendingStep == 7_200)
    reduce(&state, .stepTaken)
    #expect(state.pendingStep == 0)
    #expect(state.paused)
  }

  @Test("running, . steps nothing and says what it is for")
  func runningDoesNothing() {
    var state = AppState()
    reduce(&state, .stepHour)
    #expect(state.pendingStep == 0)
    #expect(state.message == ". steps one sim hour while paused (space pauses)")
  }
}
