import CorridorSim

/// The scenario the live screen runs.
struct LiveScenario: Sendable {
  var scenario: Scenario

  /// The built-in default for nil, or the YAML file at `path` (errors name file, line and key;
  /// the caller prints them and exits 2 before the screen opens).
  static func load(path: String?) throws -> LiveScenario {
    LiveScenario(scenario: try ScenarioSource.load(path: path))
  }
}
