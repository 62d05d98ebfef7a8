import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The attract loop's state machine, through the reducer only: rotation by wall time, the
/// interactive mode's steps and return after idle, the lock, the unlock chord, the journey's
/// train, the burn-in shift.
@Suite("Kiosk loop")
struct KioskLoopTests {
  static let second: UInt64 = 1_000_000_000

  static func kiosk(_ mode: KioskMode = .locked, interval: Int = 20, idle: Int = 60)
    -> AppState
  {
    var state = AppState(
      screen: ScreenSize(width: 200, height: 60),
      kiosk: KioskSettings(mode: mode, intervalSeconds: interval, idleSeconds: idle))
    reduce(&state, .clock(1_000 * second))
    return state
  }

  static func at(_ state: inout AppState, _ seconds: UInt64) {
    reduce(&state, .clock(1_000 * second + seconds * second))
  }

  @Test("the views rotate every --interval seconds, in order, round and round")
  func rotation() {
    var state = Self.kiosk()
    #expect(state.view == .kioskMap)
    Self.at(&state, 19)
    #expect(state.view == .kioskMap, "before the interval")
    var seen: [View] = []
    for n in 1...8 {
      Self.at(&state, UInt64(20 * n))
      seen.append(state.view)
    }
    let round: [View] = [.kioskTrains, .kioskCargo, .kioskJourney, .kioskMap]
    #expect(seen == round + round)
  }

  @Test("each view shown gets the next story caption, and every story comes round")
  func stories() {
    var state = Self.kiosk()
    var pairs: Set<String> = []
    for n in 0..<24 {
      Self.at(&state, UInt64(20 * n))
      if let kiosk = state.kiosk { pairs.insert("\(kiosk.view)/\(kiosk.story)") }
    }
    #expect(pairs.count == KioskState.views.count * KioskState.stories.count / 2)
    #expect(Set(pairs.map { $0.split(separator: "/")[1] }).count == KioskState.stories.count)
  }

  @Test("interactive: ← → step through the views; the loop waits --idle seconds, then rotates")
  func interactiveReturnsAfterIdle() {
    var state = Self.kiosk(.interactive, interval: 20, idle: 60)
    let keys = { (state: AppState, input: InputEvent) in KeyMap.actions(for: input, in: state) }
    for action in keys(state, .right) { reduce(&state, action) }
    #expect(state.view == .kioskTrains)
    for action in keys(state, .left) { reduce(&state, action) }
    for action in keys(state, .left) { reduce(&state, action) }
    #expect(state.view == .kioskJourney, "← from the first view wraps to the last")
    Self.at(&state, 59)
    #expect(state.view == .kioskJourney, "a visitor pressed a key under a minute ago")
    Self.at(&state, 60)
    #expect(state.view == .kioskMap, "idle for --idle seconds: the loop rotates on")
    Self.at(&state, 80)
    #expect(state.view == .kioskTrains, "and keeps its interval again")
  }

  @Test("locked: ← → do not step, and keys do not hold the loop")
  func lockedIgnoresArrows() {
    var state = Self.kiosk(.locked)
    for action in KeyMap.actions(for: .right, in: state) { reduce(&state, action) }
    #expect(state.view == .kioskMap)
    Self.at(&state, 20)
    #expect(state.view == .kioskTrains)
  }

  /// One of every action a visitor's key can send.
  static let visitorActions: [Action] = [
    .quit, .togglePause, .faster, .slower, .resetSpeed, .focusNext, .focusPrevious, .cycleTheme,
    .cycleFilter, .cycleSort, .reverseSort, .move(1), .move(-1), .pageUp, .pageDown, .home, .end,
    .openDetail, .closeOverlay, .toggleHelp, .toggleLegend, .toggleMap, .cycleMapRegion,
    .showMapRegion(.europe), .showMessage("hi"), .clearMessage,
  ]

  @Test("the lock refuses every visitor action, in both modes", arguments: KioskMode.allCases)
  func lockRefuses(mode: KioskMode) {
    let before = Self.kiosk(mode)
    for action in Self.visitorActions {
      var state = before
      reduce(&state, action, lists: ListContext(rowIDs: ["A", "B"], eventCount: 3))
      #expect(state == before, "\(action) changed a \(mode) kiosk")
    }
  }

  @Test("every key of the dashboard's key map is refused on a locked kiosk")
  func everyKeyRefused() {
    let before = Self.kiosk(.locked)
    for input in KeyMap.bindings.flatMap(\.mappings).map(\.input) {
      var state = before
      for action in KeyMap.actions(for: input, in: state) { reduce(&state, action) }
      #expect(state.view == before.view && state.speed == before.speed)
      #expect(!state.paused && !state.wantsQuit && !state.helpOpen && state.kiosk != nil)
      #expect(state.theme == before.theme && state.filter == before.filter)
    }
  }

  @Test("Ctrl-] then q ends kiosk mode (the dashboard, every key working); q alone does not")
  func unlockChord() {
    var state = Self.kiosk()
    let press = { (state: inout AppState, input: InputEvent) in
      for action in KeyMap.actions(for: input, in: state) { reduce(&state, action) }
    }
    press(&state, .character("q"))
    #expect(state.kiosk != nil && !state.wantsQuit)
    press(&state, .ctrl("]"))
    Self.at(&state, 4)
    press(&state, .character("q"))
    #expect(state.kiosk != nil, "the chord's window is three seconds")
    press(&state, .ctrl("]"))
    press(&state, .character("q"))
    #expect(state.kiosk == nil && state.view == .dashboard && !state.wantsQuit)
    press(&state, .character(" "))
    #expect(state.paused, "the dashboard's keys work again")
  }

  @Test("the journey keeps its train, shows it arrived for a while, then lets it go")
  func journeyFollow() {
    var state = Self.kiosk()
    reduce(&state, .kioskFollow(trainID: "X1", arrived: false))
    Self.at(&state, 5)
    #expect(state.kiosk?.followedTrainID == "X1")
    reduce(&state, .kioskFollow(trainID: "X1", arrived: true))
    Self.at(&state, 14)
    #expect(state.kiosk?.followedTrainID == "X1", "arrived is shown")
    Self.at(&state, 15)
    #expect(state.kiosk?.followedTrainID == nil, "after ten seconds another train is picked")
  }

  @Test("the burn-in shift walks (0,0) (1,0) (1,1) (0,1) every --shift-every minutes")
  func burnInShift() {
    var state = AppState(
      screen: ScreenSize(width: 200, height: 60),
      kiosk: KioskSettings(intervalSeconds: 20, shiftEveryMinutes: 5))
    var shifts: [KioskShift] = []
    for minute in stride(from: 0, through: 20, by: 5) {
      reduce(&state, .clock(UInt64(minute) * 60 * Self.second + 7))
      shifts.append(state.kiosk?.shift ?? .none)
    }
    #expect(shifts == KioskShift.cycle + [KioskShift.cycle[0]])
  }

  @Test("the title loses control characters")
  func titleSanitised() {
    let settings = KioskSettings(title: "Booth\u{1B}[2J 7\tHall\u{9B}B\n")
    #expect(settings.title == "Booth [2J 7 Hall B")
  }
}
