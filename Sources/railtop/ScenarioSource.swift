import CorridorSim
import Dashboard
import SafeText

/// Where `simulate` gets its scenario: the file given with `--scenario`, or the built-in default.
enum ScenarioSource {
  /// The scenario used when no `--scenario` is given: the 2019 Cainiao corridor.
  static let builtIn: Scenario = .zhengzhouLiege

  /// Reads and validates the scenario; every failure is a `SimulateInputError` naming the file.
  static func load(path: String?) throws(SimulateInputError) -> Scenario {
    guard let path else { return builtIn }
    let text = try readText(path)
    do {
      return try ScenarioLoader.load(yaml: text, file: path)
    } catch {
      throw SimulateInputError(error.description)
    }
  }

  /// The whole file as UTF-8 text, with the reason on failure (missing, a directory, not a
  /// regular file, too large, not UTF-8).
  static func readText(_ path: String) throws(SimulateInputError) -> String {
    do {
      return try FileSystem.readTextFile(path)
    } catch {
      throw SimulateInputError("cannot read scenario file '\(path)': \(error.reason)")
    }
  }
}

/// Bad input to `simulate` (file, flag or scenario): printed on stderr, exit status 2.
///
/// A one-line message, made terminal-safe here (`terminalSafe`), so the paths, keys and
/// values it quotes cannot drive the terminal or fake a line, whoever built it.
struct SimulateInputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description.terminalSafe() }
}
