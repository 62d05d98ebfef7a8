import Foundation

/// Locates fixture and scenario files next to the tests via `#filePath` (no SwiftPM resources).
enum ScenarioFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  /// The package's `scenarios/` folder.
  static let scenariosDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name + ".yaml"), encoding: .utf8)
  }

  static func scenarioText(_ name: String) throws -> String {
    try String(contentsOf: scenariosDirectory.appendingPathComponent(name), encoding: .utf8)
  }
}
