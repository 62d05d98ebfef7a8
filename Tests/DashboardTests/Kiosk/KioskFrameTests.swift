import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Kiosk frames of a real run: the figures agree with the snapshot the KPI strip reads, the
/// journey follows a moving westbound train to Liège, and the live screen equals the pure one.
@Suite("Kiosk frames")
struct KioskFrameTests {
  /// A corridor 30 days in: trains spread along it, KPIs filled.
  static let snapshot: SimSnapshot = {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.run(until: .days(30))
    return simulation.snapshot()
  }()

  static func state(_ view: View, width: Int, height: Int) -> AppState {
    var state = AppState(
      screen: ScreenSize(width: width, height: height),
      kiosk: KioskSettings(title: "Henan\u{7}–Wallonia"))
    reduce(&state, .clock(1))
    while state.view != view { reduce(&state, .clock((state.kiosk?.shownAtNanos ?? 0) + 20_000_000_000)) }
    return state
  }

  static func text(_ view: View, width: Int, height: Int) -> String {
    DashboardFrame.render(
      snapshot: snapshot, state: state(view, width: width, height: height), width: width,
      height: height
    ).plainText()
  }

  /// Whether `text` shows `figure` in some rung of the big-digit ladder: every line of its
  /// drawing in that rung is in the text (plain text: the figure itself).
  static func shows(_ figure: String, in text: String) -> Bool {
    BigText.Font.allCases.contains { font in
      let size = BigText.size(of: figure, font: font)
      guard size.width > 0, size.height > 0 else { return false }
      var buffer = Buffer(width: size.width, height: size.height)
      BigText.draw(figure, font: font, into: &buffer, x: 0, y: 0, style: Style(), unicode: true)
      return buffer.plainText().split(separator: "\n").allSatisfy { text.contains($0) }
    }
  }

  @Test("the map view shows the KPI strip's figures, both clocks and a caption",
    arguments: [(80, 24), (200, 60), (400, 120)])
  func mapView(width: Int, height: Int) {
    let text = Self.text(.kioskMap, width: width, height: height)
    let k = Self.snapshot.kpis
    #expect(text.contains("Henan –Wallonia"), "the title, its BEL removed")
    for figure in [
      String(k.trainsInTransit), Formatting.count(k.teuDeliveredThisWeek),
      k.meanTransitDays.map(Formatting.oneDecimal) ?? "none",
    ] {
      #expect(Self.shows(figure, in: text), "\(figure) at \(width)×\(height):\n\(text)")
    }
    #expect(text.contains("Zhengzhou") && text.contains(" CST") && text.contains("UTC+1"))
    #expect(text.contains(Caption.viewMap.english))
    #expect(text.contains("SIMULATED"))
    #expect(!text.contains("m views"), "a locked kiosk refuses the map's keys: none named")
  }

  @Test("the journey follows a running westbound train to Liège, its current stop marked")
  func journey() throws {
    let train = try #require(KioskJourney.train(in: Self.snapshot, following: nil))
    #expect(train.direction == .westbound && train.status == .running)
    #expect(train.timeline.last?.station == Self.snapshot.corridor.stops.last?.id)
    let text = Self.text(.kioskJourney, width: 200, height: 60)
    #expect(text.contains("Following train \(train.id)"))
    #expect(text.contains("border") && text.contains("gauge change"))
    let current = try #require(KioskJourneyPane.currentStop(train))
    #expect(train.timeline[current].station == train.position.toStation)
  }

  @Test("a followed train is kept while listed, through its arrival")
  func journeyKeepsTrain() throws {
    let arrived = try #require(Self.snapshot.trains.first { $0.status == .arrived })
    let kept = KioskJourney.train(in: Self.snapshot, following: arrived.id)
    #expect(kept?.id == arrived.id)
    let state = Self.state(.kioskJourney, width: 200, height: 60)
    var following = state
    reduce(&following, .kioskFollow(trainID: arrived.id, arrived: true))
    let text = DashboardFrame.render(
      snapshot: Self.snapshot, state: following, width: 200, height: 60
    ).plainText()
    #expect(text.contains("arrived"))
  }

  @Test("the live screen equals the pure frame for every kiosk view, shift and size",
    arguments: KioskState.views)
  func liveEqualsPure(view: View) {
    let renderer = LiveRenderer()
    for (width, height) in [(80, 24), (200, 60), (400, 120), (200, 60)] {
      var state = Self.state(view, width: width, height: height)
      for minute in [0, 5, 10, 15] {
        reduce(&state, .clock(UInt64(minute) * 60_000_000_000 + 2))
        renderer.render(
          snapshot: Self.snapshot, state: state, glyphs: .unicode, width: width, height: height)
        let pure = DashboardFrame.render(
          snapshot: Self.snapshot, state: state, width: width, height: height)
        #expect(renderer.screen == pure, "\(view) \(width)x\(height) minute \(minute)")
      }
    }
  }
}
