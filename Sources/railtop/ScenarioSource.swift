import CorridorSim

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  /// The whole file as UTF-8 text, with the OS reason on failure (missing, directory, …).
  static func readText(_ path: String) throws(SimulateInputError) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw SimulateInputError(failure(path)) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        throw SimulateInputError(failure(path))
      }
      bytes.append(contentsOf: chunk[0..<count])
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw SimulateInputError("\(path): not valid UTF-8 text")
    }
    return text
  }

  private static func failure(_ path: String) -> String {
    "cannot read scenario file '\(path)': \(String(cString: strerror(errno)))"
  }
}

/// Bad input to `simulate` (file, flag or scenario): printed on stderr, exit status 2.
struct SimulateInputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
