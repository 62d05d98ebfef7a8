import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The map as a pane of the normal dashboard (from 160×45): placed beside the events, its
/// trains on the line, its base unchanged while only trains move, and the panes around it whole.
@Suite("Map pane on the dashboard")
struct DashboardMapPaneTests {
  static let sizes = [(160, 45), (200, 60), (300, 90)]

  static func state(_ width: Int, _ height: Int) -> AppState {
    AppState(screen: ScreenSize(width: width, height: height))
  }

  /// The lines of `rect` in `buffer`, wide glyphs once.
  static func lines(_ buffer: Buffer, _ rect: Rect) -> [String] {
    (rect.y..<rect.maxY).map { y in
      (rect.x..<rect.maxX).filter { buffer[$0, y].width != 0 }.map { buffer[$0, y].symbol }
        .joined()
    }
  }

  @Test("from 160×45 the dashboard's map pane names its region, the M key and the corridor's ends")
  func mapPaneShown() throws {
    let snapshot = ScreenGoldenTests.snapshot
    for (width, height) in Self.sizes {
      let state = Self.state(width, height)
      let buffer = DashboardFrame.render(
        snapshot: snapshot, state: state, width: width, height: height)
      let rect = try #require(ViewLayout.plan(.dashboard, help: false, width: width, height: height)[.map])
      let text = Self.lines(buffer, rect).joined(separator: "\n")
      #expect(text.contains("Map · whole corridor · M full view"), "\(width)×\(height)\n\(text)")
      #expect(!text.contains("1 2 3 m"), "the region keys open the full view from here")
      #expect(text.contains("Zhengzhou Putian"), "\(width)×\(height)\n\(text)")
      #expect(text.contains("Liège Airport"), "\(width)×\(height)\n\(text)")
      let marks = text.filter { "▶◀◆≡●■".contains($0) }.count
      #expect(marks > 10, "\(width)×\(height)\n\(text)")
    }
  }

  @Test("the pane shows the region last picked in the full view")
  func regionFollowsTheFullView() throws {
    var state = Self.state(200, 60)
    reduce(&state, .showMapRegion(.europe))
    reduce(&state, .toggleMap)
    #expect(state.view == .dashboard)
    let buffer = DashboardFrame.render(
      snapshot: ScreenGoldenTests.snapshot, state: state, width: 200, height: 60)
    let rect = try #require(ViewLayout.plan(.dashboard, help: false, width: 200, height: 60)[.map])
    #expect(Self.lines(buffer, rect)[0].contains("Map · Europe · M full view"))
  }

  @Test("the events beside the map keep their lines whole")
  func eventsWhole() throws {
    let snapshot = ScreenGoldenTests.snapshot
    for (width, height) in Self.sizes {
      let buffer = DashboardFrame.render(
        snapshot: snapshot, state: Self.state(width, height), width: width, height: height)
      let rect = try #require(ViewLayout.plan(.dashboard, help: false, width: width, height: height)[.events])
      let shown = Self.lines(buffer, rect.inset(by: 1))
      let messages = snapshot.recentEvents.reversed().prefix(shown.count)
        .map(snapshot.eventText.message(for:))
      #expect(messages.count == shown.count)
      for (line, message) in zip(shown, messages) {
        #expect(line.contains(message), "\(width)×\(height): \(line)")
      }
    }
  }

  @Test("while only trains move, the map's base model stays equal, so its raster is kept")
  func baseKept() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.run(until: .days(30))
    let state = Self.state(200, 60)
    let rect = try #require(ViewLayout.plan(.dashboard, help: false, width: 200, height: 60)[.map])
    var bases: [MapPane.Base] = []
    var tops: [MapPane.Top] = []
    for _ in 0..<3 {
      simulation.run(until: simulation.now + 3_600)
      let inputs = FrameInputs(
        snapshot: simulation.snapshot(), state: state, glyphs: .unicode, width: 200, height: 60)
      let model = MapPane.model(inputs, area: rect)
      bases.append(model.base)
      tops.append(model.top)
    }
    #expect(bases.allSatisfy { $0 == bases[0] })
    #expect(tops[0] != tops[2], "the trains moved in two sim hours")
  }
}
