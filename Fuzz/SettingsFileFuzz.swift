// libFuzzer target: settings-file text → `SettingsFile(parsing:)` (libyaml, the composer, the
// flat-mapping checks). Built and run by scripts/fuzz.sh; not part of the package.
import CorridorSim

/// One input: a trap, a hang or a problem without a message is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func settingsFileFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  else { return 0 }
  do {
    _ = try SettingsFile(parsing: text)
  } catch {
    guard !error.message.isEmpty else { fatalError("a problem without a message") }
  }
  return 0
}
