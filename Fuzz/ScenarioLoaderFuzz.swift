// libFuzzer target: scenario YAML text → `ScenarioLoader.load` (libyaml, the composer, every
// validation). Built and run by scripts/fuzz.sh; not part of the package.
import CorridorSim

/// One input: a trap, a hang or an error without the file's name is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func scenarioLoaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  // railtop refuses a file that is not UTF-8 before the loader sees it.
  guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  else { return 0 }
  do {
    _ = try ScenarioLoader.load(yaml: text, file: "fuzz.yaml")
  } catch {
    // The contract: a message that names the file.
    guard error.description.hasPrefix("fuzz.yaml") else {
      fatalError("message does not start with the file name: \(error.description)")
    }
  }
  return 0
}
