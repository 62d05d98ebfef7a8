import CorridorSim
import TermRender
import Testing

@testable import Dashboard

@Suite("Robustness")
struct RobustnessTests {
  @Test("any size draws a full frame, from 0×0 to 330×90, with every overlay")
  func anySize() {
    let snapshot = SnapshotFixture.snapshot()
    let sizes =
      [(0, 0), (1, 1), (5, 3), (79, 24), (80, 23)]
      + stride(from: 80, through: 330, by: 25).flatMap { w in
        stride(from: 24, through: 90, by: 11).map { (w, $0) }
      }
    for (width, height) in sizes {
      for overlay in 0..<3 {
        var driver = StateDriver(
          AppState(screen: ScreenSize(width: width, height: height)), snapshot: snapshot)
        if overlay == 1 { driver.send(.openDetail) }
        if overlay == 2 { driver.send(.toggleHelp) }
        let buffer = DashboardFrame.render(
          snapshot: snapshot, state: driver.state, width: width, height: height)
        let lines = buffer.textLines()
        #expect(lines.count == height)
        #expect(lines.allSatisfy { $0.displayWidth == width }, "\(width)x\(height) #\(overlay)")
      }
    }
  }

  @Test("odd snapshot values draw without trapping")
  func oddValues() {
    var train = SnapshotFixture.train("X-ODD", .westbound, .running, progress: .nan)
    train.position.corridorKm = .infinity
    train.delaySeconds = .max
    train.predictedArrival = SimTime(seconds: .min / 2)
    var snapshot = SnapshotFixture.snapshot(trains: [train], eventCount: 3)
    snapshot.corridor = CorridorLine(routeID: "x", stops: [], totalKm: 0)
    snapshot.kpis.meanTransitDays = .nan
    snapshot.kpis.teuDeliveredPerDayWestbound = [-5, .max / 4]
    var driver = StateDriver(AppState(), snapshot: snapshot)
    driver.send(.openDetail)
    let text = DashboardFrame.render(
      snapshot: snapshot, state: driver.state, width: 120, height: 40)
      .plainText()
    #expect(text.contains("X-ODD"))
  }

  @Test(
    "domain glyphs: one column each, distinct shapes per status and severity",
    arguments: [DashboardGlyphs.unicode, .ascii])
  func glyphs(glyphs: DashboardGlyphs) {
    let markers = [
      glyphs.westbound, glyphs.eastbound, glyphs.standing, glyphs.held, glyphs.arrived,
      glyphs.crowd,
    ]
    let severities = SimEvent.Severity.allCases.map(glyphs.severity)
    let marks = [glyphs.station, glyphs.border, glyphs.gaugeChange]
    for symbol in markers + severities + marks + [glyphs.standardGauge, glyphs.broadGauge] {
      #expect(symbol.displayWidth == 1, "\(symbol)")
    }
    #expect(Set(markers).count == markers.count)
    #expect(Set(severities).count == severities.count)
    #expect(Set(marks).count == marks.count)
    #expect(glyphs.standardGauge != glyphs.broadGauge)
  }
}
