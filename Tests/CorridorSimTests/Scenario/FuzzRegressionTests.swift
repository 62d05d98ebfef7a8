import CorridorSim
import Foundation
import Testing

/// Inputs the fuzzers found (`scripts/fuzz.sh`, docs/DECISIONS.md D72), kept so that what
/// crashed once never crashes again: each file loads, or is refused with a message that names
/// it, and none traps. A new finding goes into the folder of its target; the tests pick it up.
@Suite("Fuzz regressions: scenario and settings files")
struct FuzzRegressionTests {
  static let directory = ScenarioFixtures.directory.appendingPathComponent("fuzz-regressions")

  /// The files of one target's folder, by name.
  static func files(_ target: String) -> [String] {
    let folder = directory.appendingPathComponent(target).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  static func text(_ target: String, _ name: String) throws -> String {
    try String(
      contentsOf: directory.appendingPathComponent(target).appendingPathComponent(name),
      encoding: .utf8)
  }

  /// Every scenario finding so far is of issue 11 §1 (a huge number trapping on Double → Int
  /// in `ScenarioNode.hours` and in `cargoCategories`' parcel range), fixed by a range for
  /// every numeric key (D58): each is now refused with a message naming its file, never a trap.
  @Test(arguments: files("scenario"))
  func scenario(_ name: String) throws {
    let yaml = try Self.text("scenario", name)
    do {
      _ = try ScenarioLoader.load(yaml: yaml, file: name)
    } catch {
      #expect(error.description.hasPrefix("\(name):"), "\(error.description)")
    }
  }

  /// The test above must not run zero cases: its folder is where it reads.
  @Test("the scenario findings are where the test reads them") func findingsAreFound() {
    #expect(Self.files("scenario").count >= 2, "in \(Self.directory.path)")
  }
}
