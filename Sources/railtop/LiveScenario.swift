import CorridorSim

/// The scenario the live screen runs, and where it came from.
struct LiveScenario: Sendable {
  var scenario: Scenario

  /// MERGE POINT (engine/scenario branches): this is the one call site for scenario loading.
  /// Replace the body with `LiveScenario(scenario: try ScenarioSource.load(path: path))` (main's
  /// `Sources/railtop/ScenarioSource.swift`: built-in default for nil, YAML with file/line/key
  /// errors for a path; the caller prints them and exits 2).
  /// Until then it runs an empty corridor with the default scenario's name, so the live loop,
  /// signals and terminal handling can be exercised end to end.
  static func load(path: String?) throws -> LiveScenario {
    if let path {
      throw LiveScenarioError.loaderMissing(path: path)
    }
    let nothing = DurationDistribution.fixed(0)
    return LiveScenario(
      scenario: Scenario(
        name: "zhengzhou-liege", title: "Zhengzhou ⇄ Liège", summary: "", epochUnix: 0,
        defaultSeed: 1, stations: [], segments: [], routes: [], services: [],
        cargoCategories: [], disruptions: [],
        unloading: Unloading(
          capacity: 1, baseTime: nothing, perContainerSeconds: 0, handOffTo: "")))
  }
}

/// Why a scenario could not be loaded for the live screen.
enum LiveScenarioError: Error, CustomStringConvertible {
  case loaderMissing(path: String)

  var description: String {
    switch self {
    case .loaderMissing(let path):
      return "\(path): scenario files cannot be loaded by this build yet."
    }
  }
}
