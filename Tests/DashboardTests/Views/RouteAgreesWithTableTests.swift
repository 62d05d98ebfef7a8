import CorridorSim
import Foundation
import TermRender
import Testing

@testable import Dashboard

/// Issue 9 §1: every train of every service is drawn on the route line where the table says it
/// is — at the corridor km of the station it stands at, between the two stations of the
/// segment it runs on, or, off the line (Berlin–Hamburg), at the junction where its branch
/// leaves the line. A property over seeds, times and every shipped scenario.
@Suite("Route agrees with the table")
struct RouteAgreesWithTableTests {
  /// The built-in scenario and every file in `scenarios/`; a file that fails to load fails.
  static func scenarios() throws -> [(name: String, scenario: Scenario)] {
    let folder = RepoPaths.root.appendingPathComponent("scenarios")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    var list: [(String, Scenario)] = [("built-in", .zhengzhouLiege)]
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      list.append((file, try ScenarioLoader.load(yaml: text, file: file)))
    }
    return list
  }

  /// The km range the table's Location stands for: a station's km, a segment's two ends, or
  /// the junction of an off-line station. Nil when a station is neither on the line nor on
  /// a branch (the route could not place it).
  static func tableRange(_ position: TrainPosition, _ corridor: CorridorLine)
    -> ClosedRange<Double>?
  {
    var km: [String: Double] = [:]
    for stop in corridor.stops where km[stop.id] == nil { km[stop.id] = stop.km }
    var junctionKm: [String: Double] = [:]
    for branch in corridor.branches {
      for station in branch.stations { junctionKm[station] = km[branch.junction] }
    }
    let ends = [position.fromStation, position.toStation]
    if ends.contains(where: { km[$0] == nil }) {
      let off = ends.first { km[$0] == nil } ?? ""
      return junctionKm[off].map { $0...$0 }
    }
    let a = km[position.fromStation] ?? 0
    let b = km[position.toStation] ?? 0
    return min(a, b)...max(a, b)
  }

  @Test("every train is drawn where the table says, on the line or at its junction")
  func everyTrainWhereTheTableSays() throws {
    var offLineSeen = 0
    var checked = 0
    for (name, scenario) in try Self.scenarios() {
      for seed: UInt64 in [1, 2, 7] {
        let simulation = Simulation(scenario: scenario, seed: seed)
        // The first hours (trains leaving Hamburg at warm-up 0), then later days.
        let hours: [Int64] = [0, 3, 7, 11, 15, 19, 30, 49, 120, 250, 480]
        for hour in hours {
          simulation.run(until: SimTime(seconds: hour * 3_600))
          let snapshot = simulation.snapshot()
          let state = try PaneModels.state(width: 160, height: 45)
          let frame = PaneModels.frame(snapshot, state)
          let area = try #require(frame.plan[.route])
          let rows = try #require(RoutePane.layout(area)).line
          let markers = RouteLine.markers(rows: rows, frame: frame)
          let geometry = RouteGeometry(
            corridor: snapshot.corridor, x: rows.area.x, width: rows.area.width)
          for train in snapshot.trains {
            let at = "\(name) seed \(seed) h\(hour) \(train.id)"
            let position = train.position
            guard let range = Self.tableRange(position, snapshot.corridor) else {
              Issue.record("\(at): \(position.fromStation)–\(position.toStation) not placeable")
              continue
            }
            let onLine = snapshot.corridor.stops.map(\.id)
            let off = !onLine.contains(position.fromStation) || !onLine.contains(position.toStation)
            #expect(position.offCorridor == off, "\(at)")
            if off { offLineSeen += 1 }
            #expect(
              range.lowerBound - 1e-6 <= position.corridorKm
                && position.corridorKm <= range.upperBound + 1e-6,
              "\(at): km \(position.corridorKm) outside \(range) (\(position.fromStation)–\(position.toStation))"
            )
            // The marker drawn for the train is in the columns of that range, in its row.
            let columns = geometry.column(km: range.lowerBound)...geometry.column(km: range.upperBound)
            let base = train.direction == .westbound ? 0 : markers.width
            let drawn = columns.contains { column in
              markers.slots[base + column - geometry.x].count > 0
            }
            #expect(drawn, "\(at): nothing drawn in columns \(columns)")
            checked += 1
          }
        }
      }
    }
    #expect(checked > 1_000)
    // The default scenarios run Hamburg services: trains off the line were among them.
    #expect(offLineSeen > 0)
  }

  @Test("a train leaving Hamburg eastbound stays at Berlin's junction until it reaches Berlin")
  func hamburgEastboundStaysAtBerlin() throws {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    let berlin = try #require(simulation.snapshot().corridor.stops.first { $0.id == "berlin" })
    #expect(simulation.snapshot().corridor.branches.map(\.junction) == ["berlin"])
    var seen = 0
    for hour: Int64 in 0...30 {
      simulation.run(until: SimTime(seconds: hour * 3_600))
      for train in simulation.snapshot().trains
      where train.serviceID == "hamburg-east" && train.position.offCorridor {
        #expect(train.position.corridorKm == berlin.km, "\(train.id) at h\(hour)")
        seen += 1
      }
    }
    #expect(seen > 0)
  }
}
