import SafeText
import Testing

@testable import CorridorSim

/// `--print-scenario` output always loads back: scenarios whose names and ids hold hostile
/// characters (controls, C1, DEL, bidi controls, quotes, YAML indicators, line separators)
/// are encoded, loaded and compared; the text holds no unsafe scalar, and its header comment
/// stays one comment line.
@Suite("Hostile names round trip")
struct HostileNameRoundTripTests {
  /// Scalars chosen to break YAML or a terminal, mixed with ordinary text.
  static let pool: [Unicode.Scalar] =
    (0...0x20).compactMap(Unicode.Scalar.init) + (0x7F...0xA0).compactMap(Unicode.Scalar.init)
    + Array("\"'\\:#-?&*!|>%@`{}[],~= abcXYZ019łЖ郑🚂".unicodeScalars)
    + [
      "\u{061C}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2028}", "\u{2029}",
      "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}",
      "\u{E0001}", "\u{E007F}", "\u{301}", "\u{FE0F}",
    ]

  /// A reproducible string of 1–12 scalars from the pool (the engine's seeded generator).
  static func hostileText(_ random: inout RandomSource) -> String {
    var text = String.UnicodeScalarView()
    for _ in 0...(random.next() % 12) {
      text.append(pool[Int(random.next() % UInt64(pool.count))])
    }
    return String(text)
  }

  @Test(arguments: 0..<40)
  func hostileNamesComeBackUnchanged(seed: Int) throws {
    var random = RandomSource(seed: UInt64(seed))
    var scenario = try ScenarioLoader.load(
      yaml: try ScenarioFixtures.text("valid-minimal"), file: "valid-minimal")
    scenario.name = Self.hostileText(&random)
    scenario.title = Self.hostileText(&random)
    scenario.summary = Self.hostileText(&random)
    for i in scenario.stations.indices {
      scenario.stations[i].name = Self.hostileText(&random)
      scenario.stations[i].nativeName = Self.hostileText(&random)
      scenario.stations[i].country = Self.hostileText(&random)
    }
    for i in scenario.routes.indices { scenario.routes[i].name = Self.hostileText(&random) }
    for i in scenario.services.indices { scenario.services[i].name = Self.hostileText(&random) }
    for i in scenario.cargoCategories.indices {
      scenario.cargoCategories[i].name = Self.hostileText(&random)
    }
    let firstID = scenario.stations[0].id
    Self.renameStation(firstID, to: "\(seed)#" + Self.hostileText(&random), in: &scenario)

    let written = ScenarioEncoder.yaml(for: scenario)
    #expect(!written.unicodeScalars.contains { UnsafeScalars.contains($0) && $0 != "\n" })
    // Lines and prefixes by scalars: a name may start with a combining mark, which joins the
    // quote before it into one Character.
    let lines = written.unicodeScalars.split(separator: "\n").map { String($0) }
    #expect(lines[0].unicodeScalars.starts(with: "# railtop scenario '".unicodeScalars))
    #expect(lines[1].unicodeScalars.starts(with: "# Format:".unicodeScalars), "\(lines[0])")
    let reloaded = try ScenarioLoader.load(yaml: written, file: "written")
    #expect(reloaded == scenario)
  }

  /// Renames a station id everywhere it is referenced.
  static func renameStation(_ old: String, to new: String, in scenario: inout Scenario) {
    func swap(_ id: String) -> String { id == old ? new : id }
    for i in scenario.stations.indices { scenario.stations[i].id = swap(scenario.stations[i].id) }
    for i in scenario.segments.indices {
      scenario.segments[i].from = swap(scenario.segments[i].from)
      scenario.segments[i].to = swap(scenario.segments[i].to)
    }
    for i in scenario.routes.indices {
      scenario.routes[i].stations = scenario.routes[i].stations.map(swap)
    }
    for i in scenario.services.indices {
      scenario.services[i].fromStation = scenario.services[i].fromStation.map(swap)
      scenario.services[i].toStation = scenario.services[i].toStation.map(swap)
    }
    for i in scenario.disruptions.indices {
      scenario.disruptions[i].station = scenario.disruptions[i].station.map(swap)
    }
    scenario.unloading.handOffTo = swap(scenario.unloading.handOffTo)
  }
}
