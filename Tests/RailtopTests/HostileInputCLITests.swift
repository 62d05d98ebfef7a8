import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Files and values that used to crash, hang or eat memory (issue 11 §1–2), given to the real
/// binary: each exits 2 at once with a message naming the file and what is wrong with it.
@Suite("Hostile input (CLI)")
struct HostileInputCLITests {
  /// A temporary folder, removed when the value goes away.
  final class Scratch {
    let path = NSTemporaryDirectory() + "railtop-hostile-\(UUID().uuidString)"
    init() throws {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ text: String) throws -> String {
      let file = path + "/" + name
      try text.write(toFile: file, atomically: true, encoding: .utf8)
      return file
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  static func refused(_ arguments: [String], saying message: String) {
    let result = BinaryRunner.run(arguments, environment: ["XDG_CONFIG_HOME": "/nonexistent"])
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "railtop: \(message)\n", "\(arguments)")
  }

  @Test("--scenario: devices, a FIFO, a folder and a file over 8 MiB are refused by what they are")
  func scenarioFiles() throws {
    let scratch = try Scratch()
    let fifo = scratch.path + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    let big = try scratch.file("big.yaml", String(repeating: "#", count: 8 * 1_048_576 + 1))
    for (path, reason) in [
      ("/dev/zero", "is not a regular file (a character device)"),
      ("/dev/urandom", "is not a regular file (a character device)"),
      (fifo, "is not a regular file (a FIFO)"),
      (scratch.path, "is a directory"),
      (big, "is larger than 8 MiB, the most railtop reads"),
    ] {
      Self.refused(
        ["simulate", "--scenario", path], saying: "cannot read scenario file '\(path)': \(reason)")
    }
  }

  @Test("--theme and --config: a folder and a FIFO say so")
  func themeAndConfig() throws {
    let scratch = try Scratch()
    let fifo = scratch.path + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    Self.refused(
      ["snapshot", "--theme", scratch.path],
      saying: "--theme: \(scratch.path): cannot read theme file: is a directory")
    Self.refused(
      ["snapshot", "--theme", fifo],
      saying: "--theme: \(fifo): cannot read theme file: is not a regular file (a FIFO)")
    Self.refused(
      ["--config", scratch.path],
      saying: "cannot read config file '\(scratch.path)': is a directory")
    Self.refused(
      ["--config", "/dev/zero"],
      saying: "cannot read config file '/dev/zero': is not a regular file (a character device)")
  }

  @Test("values that trapped, an alias bomb and deep nesting: exit 2 naming the line and key")
  func scenarioValues() throws {
    let scratch = try Scratch()
    let fixture = BinaryRunner.packageRoot
      .appendingPathComponent("Tests/CorridorSimTests/Scenario/Fixtures/valid-minimal.yaml")
    let minimal = try String(contentsOf: fixture, encoding: .utf8)
    let hours = try scratch.file(
      "hours.yaml", minimal.replacingOccurrences(of: "base_time: 4", with: "base_time: 1e300"))
    Self.refused(
      ["simulate", "--scenario", hours],
      saying: "\(hours):93: unloading.base_time: must be between 0 and 87600 hours (10 years), "
        + "found 1e+300")
    let limit = try scratch.file(
      "limit.yaml",
      minimal.replacingOccurrences(of: "{1435: 50, 1520: 41}", with: "{1435: 4294967296, 1520: 41}")
    )
    Self.refused(
      ["simulate", "--scenario", limit],
      saying: "\(limit):65: services[0].train_limit_feu.1435: must be between 1 and 1000 FEU, "
        + "found 4294967296")
    var bomb = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...12 {
      bomb.append(
        "l\(level): &l\(level) ["
          + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
    }
    let bombFile = try scratch.file("bomb.yaml", bomb.joined(separator: "\n") + "\n? *l12\n: 1\n")
    Self.refused(
      ["simulate", "--scenario", bombFile],
      saying: "\(bombFile):12: YAML syntax error: more than 100 aliases (*name); railtop does not "
        + "expand them")
    let deep = try scratch.file(
      "deep.yaml",
      "name: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
    Self.refused(
      ["simulate", "--scenario", deep],
      saying: "\(deep):1: YAML syntax error: lists and mappings nested more than 64 deep")
  }
}
