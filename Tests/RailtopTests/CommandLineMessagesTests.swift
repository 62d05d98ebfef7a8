import Testing

/// What the built binary says about itself and about bad input: the root help with the
/// dashboard's options, range messages for every numeric option, and one prefix for every error.
@Suite("Command-line help and messages")
struct CommandLineMessagesTests {
  static let dashboardOptions = ["--scenario", "--seed", "--speed", "--fps", "--theme", "--warmup"]

  @Test(arguments: [["--help"], ["-h"], ["help"]])
  func rootHelpListsTheDashboardOptions(arguments: [String]) {
    let result = BinaryRunner.run(arguments)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let help = result.stdout
    #expect(help.contains("DASHBOARD OPTIONS (dashboard is the default subcommand):"))
    for option in Self.dashboardOptions {
      #expect(help.contains("  \(option) <"), "root help lacks \(option): \(help)")
    }
    #expect(help.contains("  --no-mouse  "), "root help lacks --no-mouse: \(help)")
    // Still the root's help: its subcommands, and --help listed once, not twice.
    for subcommand in ["dashboard (default)", "simulate", "snapshot"] {
      #expect(help.contains(subcommand))
    }
    #expect(help.components(separatedBy: "-h, --help").count == 2)
    let options = help.range(of: "DASHBOARD OPTIONS")
    let subcommands = help.range(of: "SUBCOMMANDS:")
    #expect(options != nil && subcommands != nil)
    if let options, let subcommands { #expect(options.lowerBound < subcommands.lowerBound) }
  }

  @Test func subcommandHelpIsArgumentParsersOwn() {
    let result = BinaryRunner.run(["help", "dashboard"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("DASHBOARD OPTIONS"))
    #expect(result.stdout.contains("--speed <speed>"))
  }

  /// `help` with a topic it lacks used to print the root's help and exit 0.
  static let unknownTopics: [(arguments: [String], message: String)] = [
    (["help", "bogus"], "railtop: help: no topic 'bogus'; the topics are dashboard, simulate, snapshot, help."),
    (["help", "dashboard", "bogus"], "railtop: help: no topic 'dashboard bogus'; dashboard has no subcommands"),
    (["help", "simulate", "-h", "x"], "railtop: help: no topic 'simulate x'"),
  ]

  @Test("help with an unknown topic: exit 2, the topic named, the topics listed", arguments: unknownTopics.indices)
  func unknownHelpTopic(_ index: Int) {
    let (arguments, message) = Self.unknownTopics[index]
    let result = BinaryRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty, "stdout: \(result.stdout)")
    #expect(result.stderr.hasPrefix(message), "stderr: \(result.stderr)")
  }

  @Test("help with a known topic, or `help help`, is still help", arguments: [["help", "simulate"], ["help", "help"], ["help", "-h"]])
  func knownHelpTopic(_ arguments: [String]) {
    let result = BinaryRunner.run(arguments)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("OVERVIEW:"))
  }

  /// Negative and too large values: exit 2, the range on stderr, nothing on stdout, and never
  /// ArgumentParser's "Missing value" (which is what `--speed -5` used to get).
  static let outOfRange: [(arguments: [String], message: String)] = [
    (["--speed", "-5"], "railtop: --speed -5 is out of range; use 1–604800 sim seconds per wall second."),
    (["dashboard", "--speed", "604801"], "railtop: --speed 604801 is out of range; use 1–604800"),
    (["--seed", "-1"], "railtop: --seed -1 is out of range; use 0–18446744073709551615."),
    (["--warmup", "-1"], "railtop: --warmup -1 is out of range; use 0–3650 days."),
    (["--fps", "-2"], "railtop: --fps -2 is out of range; use 1–60 frames per second."),
    (["simulate", "--days", "-3"], "railtop: --days -3 is out of range; use 1–36500 days."),
    (["simulate", "--days", "0"], "railtop: --days 0 is out of range; use 1–36500 days."),
    (["simulate", "--seed", "-1"], "railtop: --seed -1 is out of range"),
    (["simulate", "--seed", "18446744073709551616"], "railtop: --seed 18446744073709551616 is out of range"),
    (["snapshot", "--days", "-1"], "railtop: --days -1 is out of range; use 0–36500 days."),
    (["snapshot", "--days", "36501"], "railtop: --days 36501 is out of range"),
    (["snapshot", "--seed", "-7"], "railtop: --seed -7 is out of range"),
    (["snapshot", "--size", "10x5"], "railtop: --size 10x5 is out of range; use 80x24 to 1000x1000."),
    (["snapshot", "--size", "79x40"], "railtop: --size 79x40 is out of range"),
    (["snapshot", "--size", "-10x5"], "railtop: --size: bad size '-10x5': width and height must be between 1 and 1000; use 80x24 to 1000x1000."),
  ]

  @Test("out of range: exit 2 and the allowed range", arguments: outOfRange.indices)
  func outOfRangeValuesSayTheRange(_ index: Int) {
    let (arguments, message) = Self.outOfRange[index]
    let result = BinaryRunner.run(arguments)
    #expect(result.status == 2, "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix(message), "stderr: \(result.stderr)")
    #expect(!result.stderr.contains("Missing value"))
    #expect(!result.stderr.contains("press q"))
  }

  /// Every kind of failure, from ArgumentParser, a command or the terminal check: the first
  /// line starts `railtop: `, and no line says `Error:`.
  static let failures: [[String]] = [
    ["--frobnicate"],
    ["simulate", "--days", "many"],
    ["simulate", "--format", "xml"],
    ["simulate", "--events", "--format", "csv"],
    ["simulate", "--scenario", "/nonexistent/railtop.yaml"],
    ["snapshot", "--size", "abc"],
    ["snapshot", "--theme", "no-such-theme"],
    ["--seed", "abc"],
    ["--scenario", "/nonexistent/railtop.yaml"],
    ["--speed", "-5"],
    ["--ambiguous", "double"],
    ["snapshot", "--glyphs", "braille"],
    // Run from a test, stdin is /dev/null: the dashboard's "not a terminal".
    [],
  ]

  @Test("one prefix for every error", arguments: failures)
  func everyErrorStartsTheSameWay(arguments: [String]) {
    let result = BinaryRunner.run(arguments)
    #expect(result.status == 2, "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("railtop: "), "stderr: \(result.stderr)")
    #expect(!result.stderr.hasPrefix("railtop: railtop:"))
    #expect(!result.stderr.contains("Error:"), "stderr: \(result.stderr)")
  }

  /// A value that looks like a flag is still read as the option's value (`.unconditional`), so
  /// the message names both instead of calling the value missing.
  @Test func aFlagGivenAsAValueIsNamedAsInvalid() {
    let result = BinaryRunner.run(["simulate", "--days", "--events"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("railtop: The value '--events' is invalid for '--days <days>'"))
  }

  @Test func snapshotHelpSaysTheThemeOnlyLabelsTheHeader() {
    let result = BinaryRunner.run(["snapshot", "--help"])
    #expect(result.status == 0)
    // The help is wrapped to the terminal's width: compare it as one line.
    let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("the theme shows only as its name at the end of the header"))
    #expect(help.contains("the dashboard needs 80x24 to 1000x1000"))
  }

  @Test func snapshotThemeNameShowsInAWideHeader() throws {
    // 200 columns: since the header's ladder (D40) the theme name is the first part to go, and
    // at 160 the whole title and the seed leave it no room.
    let result = BinaryRunner.run(
      ["snapshot", "--size", "200x40", "--days", "1", "--theme", "wallonia"],
      environment: ["LANG": "C.UTF-8"])
    #expect(result.status == 0)
    let header = try #require(result.stdout.split(separator: "\n").first)
    #expect(header.contains(" theme wallonia"), "header: \(header)")
  }
}
