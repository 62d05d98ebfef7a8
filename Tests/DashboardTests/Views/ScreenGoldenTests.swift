import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Whole-screen goldens of the real simulation: the built-in scenario, seed 1, after 30 days
/// and 13 hours of sim time (mid-afternoon in Liège, trains spread along the whole corridor).
///
/// `railtop snapshot --days 30` draws with the same `DashboardFrame.render`; these pin its
/// output. Re-record with `RECORD_SNAPSHOTS=1` after a deliberate engine or view change.
@Suite("Screen goldens (real simulation)")
struct ScreenGoldenTests {
  static let snapshot: SimSnapshot = {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.run(until: .days(30) + 13 * 3_600)
    return simulation.snapshot()
  }()

  static func frame(
    _ width: Int, _ height: Int, glyphs: GlyphSet = .unicode,
    prepare: (inout StateDriver) -> Void = { _ in }
  ) -> String {
    FixtureFrame.text(width, height, snapshot: snapshot, glyphs: glyphs, prepare: prepare)
  }

  @Test(
    "whole screens",
    arguments: [(80, 24), (120, 40), (160, 45), (200, 60), (60, 20), (250, 25), (300, 90)])
  func screens(width: Int, height: Int) {
    Golden.check(Self.frame(width, height), named: "screen-\(width)x\(height)")
  }

  @Test("ASCII glyphs at 80×24 (non-UTF-8 locale)")
  func ascii() {
    let text = Self.frame(80, 24, glyphs: .ascii)
    Golden.check(text, named: "screen-80x24-ascii")
    // Only data may be non-ASCII (scenario title, Latin station names, event messages), never
    // a symbol we draw, and no native-script name is added (郑州 needs a UTF-8 terminal).
    let data =
      ([Self.snapshot.scenarioTitle] + Self.snapshot.corridor.stops.map(\.name)
      + Self.snapshot.recentEvents.map(Self.snapshot.eventText.message(for:)) + Self.snapshot.trains.map(\.serviceName))
      .joined()
    let symbols = text.unicodeScalars.filter { !$0.isASCII && !data.unicodeScalars.contains($0) }
    #expect(symbols.map { String($0) } == [])
  }

  @Test("a train's detail view: consist and stop-by-stop timeline")
  func detail() {
    Golden.check(
      Self.frame(120, 40) { state in
        // The 46th train by id, then sorted by progress (the selection stays on it): `s`
        // goes ID → Dir → Status → Location → Prog.
        state.send(.move(45))
        for _ in 0..<4 { state.send(.cycleSort) }
        state.send(.openDetail)
      }, named: "screen-120x40-detail")
  }

  @Test("the detail view at 80×24 keeps stop names whole")
  func detailAt80() {
    let text = Self.frame(80, 24) { state in
      state.send(.move(45))
      state.send(.openDetail)
    }
    Golden.check(text, named: "screen-80x24-detail")
    let title = text.split(separator: "\n").first { $0.contains("Train X") }
    let id = title.flatMap { line in
      line.split(separator: " ").first { $0.hasPrefix("X") }.map(String.init)
    }
    let train = Self.snapshot.trains.first { $0.id == id }
    #expect(train != nil, "no detail title in \(text)")
    let names = Dictionary(
      Self.snapshot.corridor.stops.map { ($0.id, StationNames.base($0.name)) },
      uniquingKeysWith: { a, _ in a })
    // The stops in view (the timeline scrolls to the last reached one) are named whole.
    let shown = (train?.timeline ?? []).compactMap { names[$0.station] }.filter { text.contains($0) }
    #expect(shown.count >= 5, "\(shown)")
    #expect(!text.contains("Małas…"))
  }

  @Test("help overlay")
  func help() {
    Golden.check(Self.frame(120, 40) { $0.send(.toggleHelp) }, named: "screen-120x40-help")
  }

  @Test("paused, filtered, events focused, with a message and engine lag")
  func statusStates() {
    Golden.check(
      Self.frame(120, 40) { state in
        state.send(.togglePause)
        state.send(.cycleFilter)
        state.send(.focusNext)  // cargo
        state.send(.focusNext)  // events
        state.send(.showMessage("theme: light"))
        state.send(.setLag(7_200))
      }, named: "screen-120x40-status")
  }

  @Test("the snapshot has trains on the whole corridor (the goldens show a busy screen)")
  func busy() {
    #expect(Self.snapshot.trains.count > 50)
    #expect(Self.snapshot.recentEvents.count > 10)
  }
}
