import Foundation
import Testing

/// The dashboard's settings file: found under `$XDG_CONFIG_HOME`, every key optional, flags
/// over it, bad keys and values as `file:line: key` messages (exit 2, before any terminal is
/// touched), `--print-config` writing commented defaults that load back.
@Suite("Settings file (config.yaml)")
struct ConfigFileTests {
  /// A folder holding `railtop/config.yaml` with `text`, as `$XDG_CONFIG_HOME`.
  static func configHome(_ text: String) throws -> String {
    let home = NSTemporaryDirectory() + "railtop-config-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: home + "/railtop", withIntermediateDirectories: true)
    try text.write(toFile: home + "/railtop/config.yaml", atomically: true, encoding: .utf8)
    return home
  }

  @Test(
    "a bad settings file exits 2 with file:line: key and what is wrong",
    arguments: [
      ("speed: 60\nspeeed: 7200\n", ":2: speeed: not a setting; did you mean 'speed'?"),
      ("fps: 500\n", ":1: fps: '500' is out of range; use 1–60 frames per second"),
      ("speed: fast\n", ":1: speed: 'fast' is out of range"),
      ("sort: weight\n", ":1: sort: 'weight' is not a column; use one of id, direction,"),
      ("filter: slow\n", ":1: filter: 'slow' is not a filter; use one of all, westbound,"),
      ("mouse: maybe\n", ":1: mouse: 'maybe' is not true or false"),
      ("ambiguous: double\n", ":1: ambiguous: 'double' is not narrow or wide"),
      ("theme: [a, b]\n", ":1: theme: expected one value, not a list or mapping"),
      ("fps: 5\nfps: 6\n", ":2: fps: given twice"),
      ("- speed\n", ":1: expected `key: value` lines"),
      ("speed: 1\n  fps: [\n", ":2:"),
    ])
  func badFiles(text: String, expected: String) throws {
    let home = try Self.configHome(text)
    defer { try? FileManager.default.removeItem(atPath: home) }
    let result = BinaryRunner.run([], environment: ["XDG_CONFIG_HOME": home])
    #expect(result.status == 2)
    #expect(result.stderr.contains(home + "/railtop/config.yaml" + expected), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test("--config names the file; a missing one is an error, a missing default is not")
  func explicitFile() throws {
    let missing = BinaryRunner.run(["--config", "/nonexistent/railtop.yaml"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read config file '/nonexistent/railtop.yaml'"))
    // No default file: the dashboard goes on to find it has no terminal.
    let none = BinaryRunner.run([], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
    #expect(none.status == 2)
    #expect(none.stderr.contains("is not a terminal"), "\(none.stderr)")
    // --no-config reads not even a broken one.
    let home = try Self.configHome("nonsense: 1\n")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let skipped = BinaryRunner.run(["--no-config"], environment: ["XDG_CONFIG_HOME": home])
    #expect(skipped.stderr.contains("is not a terminal"), "\(skipped.stderr)")
  }

  @Test("--print-config writes every key, commented, and the file loads back")
  func printedDefaultsLoadBack() throws {
    let printed = BinaryRunner.run(["--print-config"], environment: ["XDG_CONFIG_HOME": "/x"])
    #expect(printed.status == 0)
    for key in ["theme", "speed", "fps", "warmup", "sort", "filter", "mouse", "ambiguous"] {
      #expect(printed.stdout.contains("# \(key): "), "\(key) missing")
    }
    #expect(printed.stdout.contains("/x/railtop/config.yaml"))
    // Uncommented, the defaults are valid settings too.
    let keys = ["theme", "speed", "fps", "warmup", "sort", "filter", "mouse", "ambiguous"]
    let uncommented = printed.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        keys.contains { line.hasPrefix("# \($0): ") } ? String(line.dropFirst(2)) : String(line)
      }.joined(separator: "\n")
    for text in [printed.stdout, uncommented] {
      let home = try Self.configHome(text)
      defer { try? FileManager.default.removeItem(atPath: home) }
      let loaded = BinaryRunner.run([], environment: ["XDG_CONFIG_HOME": home])
      #expect(loaded.stderr.contains("is not a terminal"), "\(loaded.stderr)\n\(text)")
    }
  }

  @Test("the file's theme, sort and filter show on the live screen; a flag overrides the file")
  func settingsShow() throws {
    let home = try Self.configHome("theme: wallonia\nsort: delay\nfilter: westbound\n")
    defer { try? FileManager.default.removeItem(atPath: home) }
    let session = try TmuxRailtop.launch(
      width: 200, height: 50, environment: ["XDG_CONFIG_HOME": home])
    defer { session.close() }
    TmuxScreen.expect(session, "the file's settings") { screen in
      (screen.rows.first ?? "").contains("theme wallonia")
        && screen.text.contains("sort delay ▼") && screen.text.contains("filter westbound")
    }
    TmuxRailtop.expectQuits(session)
    let flagged = try TmuxRailtop.launch(
      width: 200, height: 50, arguments: ["--theme", "light"],
      environment: ["XDG_CONFIG_HOME": home])
    defer { flagged.close() }
    TmuxScreen.expect(flagged, "the flag's theme") {
      ($0.rows.first ?? "").contains("theme light")
    }
    TmuxRailtop.expectQuits(flagged)
  }
}
