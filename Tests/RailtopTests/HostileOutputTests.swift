import CorridorSim
import Foundation
import SafeText
import Testing

/// Issue 11 §3 on the built binary: a scenario whose names hold terminal escapes, C1, DEL,
/// bidi overrides, CR LF and U+2028 (`hostile-names.yaml`) goes through every writer, and
/// no byte of the output can act on a terminal: no ESC, BEL, other C0 but the writer's own
/// LF, no DEL, no C1, no raw bidi control. The names are still there, escaped.
@Suite("Hostile names never reach the terminal raw")
struct HostileOutputTests {
  static let fixtures = BinaryRunner.packageRoot
    .appendingPathComponent("Tests/CorridorSimTests/Scenario/Fixtures")
  static let scenario = fixtures.appendingPathComponent("hostile-names.yaml").path

  /// Records an issue for each byte sequence that must not be in `output`, by name.
  static func expectInert(
    _ output: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let bytes = Array(output.utf8)
    let c0 = bytes.filter { $0 < 0x20 && $0 != 0x0A }
    #expect(c0.isEmpty, "\(what): C0 bytes \(c0)", sourceLocation: sourceLocation)
    #expect(!bytes.contains(0x7F), "\(what): DEL", sourceLocation: sourceLocation)
    // C1 as UTF-8 is C2 80…C2 9F; a lone 80…9F byte would be invalid UTF-8, which String
    // decoding would already have turned into U+FFFD.
    let c1 = zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) }
    #expect(!c1, "\(what): a C1 control", sourceLocation: sourceLocation)
    let bidi = output.unicodeScalars.filter {
      (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
    }
    #expect(bidi.isEmpty, "\(what): bidi controls \(bidi)", sourceLocation: sourceLocation)
    #expect(
      !UnsafeScalars.occur(in: output, exceptLineFeed: true), "\(what): an unsafe scalar",
      sourceLocation: sourceLocation)
  }

  static func run(_ arguments: [String]) -> BinaryRunner.Result {
    BinaryRunner.run(arguments, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
  }

  @Test(arguments: ["text", "json", "csv"])
  func simulateReportsAreInert(format: String) throws {
    let result = Self.run([
      "simulate", "--scenario", Self.scenario, "--days", "40", "--format", format,
    ])
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    Self.expectInert(result.stdout, "simulate --format \(format)")
    switch format {
    case "text":
      #expect(result.stdout.hasPrefix(#"Mini\e]0;TITLE\u{07} corridor\u{9B}2J (mini\e[31m)"#))
      #expect(result.stdout.contains(#"wait at Dostyk\u{9B}31m\u{85}\u{7F}\u{9D}: "#))
      #expect(result.stdout.contains(#"wait at Ma\u{202E}ła\u{2066}sze\u{2069}wicze\u{200F}"#))
    case "json":
      // JSON escapes: a reader gets the names back exactly.
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      #expect(document["title"] as? String == "Mini\u{1B}]0;TITLE\u{07} corridor\u{9B}2J")
      #expect(result.stdout.contains(#""name":"Dostyk\u009b31m\u0085\u007f\u009d""#))
    default:
      #expect(result.stdout.split(separator: "\n").count == 41)
    }
  }

  @Test func theEventStreamIsInertAndKeepsTheNames() throws {
    let result = Self.run(["simulate", "--scenario", Self.scenario, "--days", "20", "--events"])
    #expect(result.status == 0)
    Self.expectInert(result.stdout, "simulate --events")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count > 10)
    let first = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect((first["message"] as? String)?.contains("Zhengzhou\u{1B}]0;PWNED\u{07}") == true)
  }

  /// The printed scenario is inert, its header stays a comment, and it loads back equal.
  @Test func printScenarioIsInertAndLoadsBack() throws {
    let result = Self.run(["simulate", "--scenario", Self.scenario, "--print-scenario"])
    #expect(result.status == 0)
    Self.expectInert(result.stdout, "--print-scenario")
    #expect(result.stdout.hasPrefix("# railtop scenario 'mini\\e[31m'.\n# Format:"))
    let original = try ScenarioLoader.load(
      yaml: try String(contentsOfFile: Self.scenario, encoding: .utf8), file: "hostile")
    #expect(try ScenarioLoader.load(yaml: result.stdout, file: "printed") == original)
  }

  @Test(arguments: ["unicode", "ascii"])
  func snapshotIsInert(glyphs: String) {
    let result = Self.run([
      "snapshot", "--scenario", Self.scenario, "--days", "20", "--size", "120x40", "--glyphs",
      glyphs,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    Self.expectInert(result.stdout, "snapshot --glyphs \(glyphs)")
    #expect(result.stdout.contains(#"Zhengzhou\e]0;PWNED\u{07}\e[2J"#))
  }

  /// `--print-config` names the settings file in a comment: a line break in the path given
  /// with `--config` cannot end the comment and set a key.
  @Test func printConfigKeepsAHostilePathInsideItsComment() {
    let result = Self.run(["--print-config", "--config", "/tmp/x\u{1B}[2J\nspeed: 1\r\nfps: 2"])
    #expect(result.status == 0)
    Self.expectInert(result.stdout, "--print-config")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.hasPrefix("#") }, "\(result.stdout)")
    #expect(result.stdout.contains(#"/tmp/x\e[2J\nspeed: 1\r\nfps: 2"#))
  }

  /// Error messages quoting hostile text: a scenario key, a theme name, a flag value, a
  /// settings value, a file name. The message is one line (a LF in the value is escaped
  /// too), on stderr, inert.
  @Test func errorMessagesAreInertAndOneLine() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("railtop-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let badKey = folder.appendingPathComponent("bad-key.yaml").path
    try "name: x\n\"k\\e]0;PWNED\\a\\r\\nrailtop: all is well\\x9b\\u202e\": 1\n"
      .write(toFile: badKey, atomically: true, encoding: .utf8)
    let config = folder.appendingPathComponent("config.yaml").path
    try "sort: \"\\e]52;c;eA==\\a\\n\"\n".write(toFile: config, atomically: true, encoding: .utf8)
    let hostile = "\u{1B}]0;PWNED\u{07}\u{9B}2J\u{202E}\nrailtop: fake"
    let runs: [(arguments: [String], message: String)] = [
      (
        ["simulate", "--scenario", badKey],
        #"unknown key 'k\e]0;PWNED\u{07}\r\nrailtop: all is well"#
      ),
      (
        ["snapshot", "--theme", hostile],
        #"theme '\e]0;PWNED\u{07}\u{9B}2J\u{202E}\nrailtop: fake'"#
      ),
      (["simulate", "--scenario", folder.path + "/" + hostile], #"cannot read scenario file"#),
      (["--config", config], #"sort: '\e]52;c;eA==\u{07}\n' is not a column"#),
      (["snapshot", "--size", hostile], #"bad size '\e]0;PWNED"#),
      (["--kiosk", hostile], #"--kiosk \e]0;PWNED"#),
      (["simulate", "--days", hostile], #"The value '\e]0;PWNED\u{07}\u{9B}2J\u{202E}"#),
    ]
    for (arguments, message) in runs {
      let result = Self.run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stdout.isEmpty)
      Self.expectInert(result.stderr, "stderr of \(arguments)")
      // The message is the first line; ArgumentParser's usage lines may follow it.
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.first?.contains(message) == true, "stderr was: \(result.stderr)")
      #expect(
        lines.dropFirst().allSatisfy {
          $0.hasPrefix("Usage:") || $0.hasPrefix("  See ") || $0.hasPrefix("Help:")
        }, "\(result.stderr)")
    }
  }
}
