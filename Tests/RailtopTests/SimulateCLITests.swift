import CorridorSim
import Foundation
import Testing

/// `railtop simulate` on the built binary: exit codes, streams and output formats.
@Suite("simulate CLI")
struct SimulateCLITests {
  /// A small complete scenario (the built-in default is the engine's; see ScenarioSource).
  static let scenario = BinaryRunner.packageRoot
    .appendingPathComponent("Tests/CorridorSimTests/Scenario/Fixtures/valid-minimal.yaml").path
  static let brokenScenario = BinaryRunner.packageRoot
    .appendingPathComponent(
      "Tests/CorridorSimTests/Scenario/Fixtures/unknown-station-in-route.yaml"
    )
    .path

  static func simulate(_ arguments: [String]) -> BinaryRunner.Result {
    BinaryRunner.run(["simulate", "--scenario", scenario] + arguments)
  }

  @Test func versionPrintsTheVersionAndExitsZero() {
    let result = BinaryRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "0.1.0\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func helpDescribesTheFlagsAndExitsZero() {
    let result = BinaryRunner.run(["simulate", "--help"])
    #expect(result.status == 0)
    for flag in ["--days", "--seed", "--scenario", "--format", "--events", "--print-scenario"] {
      #expect(result.stdout.contains(flag), "help lacks \(flag)")
    }
    #expect(result.stderr.isEmpty)
  }

  /// Bad input: exit 2, a message on stderr naming the problem, and nothing on stdout.
  @Test(arguments: [
    (["--days", "0"], "--days 0 is out of range; use 1–36500 days."),
    (["--days", "many"], "The value 'many' is invalid for '--days <days>'"),
    (["--format", "xml"], "The value 'xml' is invalid for '--format <format>'"),
    (["--seed", "-1"], "--seed -1 is out of range"),
    (["--frobnicate"], "Unknown option '--frobnicate'"),
    (["--events", "--format", "csv"], "--format does not apply with --events"),
  ])
  func badFlagsExitTwoWithMessageOnStderrOnly(arguments: [String], message: String) {
    let result = Self.simulate(arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
  }

  @Test func missingScenarioFileExitsTwoNamingTheFile() {
    let result = BinaryRunner.run(["simulate", "--scenario", "/nonexistent/railtop.yaml"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "railtop: cannot read scenario file '/nonexistent/railtop.yaml': No such file or directory\n"
    )
  }

  @Test func invalidScenarioFileExitsTwoWithFileLineAndKey() {
    let result = BinaryRunner.run(["simulate", "--scenario", Self.brokenScenario])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "railtop: \(Self.brokenScenario):52: routes[0].stations[2]: unknown station 'bordr_b' (did you mean 'border_b'?)\n"
    )
  }

  @Test func textReportHasOneRowPerDayAndASummary() {
    let result = Self.simulate(["--days", "5", "--seed", "3"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Mini corridor (mini), seed 3, 5 days from 2019-03-02 00:00 UTC")
    #expect(lines.filter { $0.contains("2019-03-0") }.count == 5 + 1)
    #expect(lines.contains("Summary"))
  }

  @Test func jsonReportParsesWithOneObjectPerDay() throws {
    let result = Self.simulate(["--days", "7", "--format", "json"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let document = try #require(object as? [String: Any])
    #expect(document["scenario"] as? String == "mini")
    #expect((document["seed"] as? NSNumber)?.intValue == 7)
    let days = try #require(document["days"] as? [[String: Any]])
    #expect(days.count == 7)
    #expect(days.last?["date"] as? String == "2019-03-08")
    #expect(
      days.allSatisfy { $0.keys.contains("on_time_percent") && $0.keys.contains("teu_delivered") })
    #expect(document["summary"] is [String: Any])
  }

  @Test func csvReportHasAHeaderAndOneLinePerDay() {
    let result = Self.simulate(["--days", "3", "--format", "csv"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "day,date,trains_in_transit,teu_in_transit,teu_in_transit_westbound,teu_in_transit_eastbound,teu_delivered,teu_delivered_total,trains_arrived,trains_arrived_total,mean_transit_days,on_time_percent,backlog_feu,oldest_backlog_days"
    )
    #expect(lines.count == 4)
    #expect(
      lines.dropFirst().allSatisfy {
        $0.split(separator: ",", omittingEmptySubsequences: false).count == 14
      })
    #expect(lines.dropFirst().first?.hasPrefix("1,2019-03-02,") == true)
  }

  /// Each line is one JSON object with the fields every event has, a known kind, and sequence
  /// numbers that run on without gaps.
  @Test func eventsStreamIsOneEventObjectPerLine() throws {
    let result = Self.simulate(["--days", "20", "--events"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.isEmpty || result.stdout.hasSuffix("\n"))
    let kinds = Set(SimEvent.Kind.allCases.map(\.rawValue))
    for (index, line) in result.stdout.split(separator: "\n").enumerated() {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["sequence"] as? Int == index)
      #expect(object["time"] is Int)
      #expect(object["message"] is String)
      #expect(kinds.contains(object["kind"] as? String ?? ""))
    }
  }

  @Test func sameSeedGivesIdenticalOutput() {
    let first = Self.simulate(["--days", "10", "--seed", "11", "--format", "csv"])
    let second = Self.simulate(["--days", "10", "--seed", "11", "--format", "csv"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
  }

  /// The printed scenario is a valid scenario file that prints itself back unchanged.
  @Test func printScenarioOutputLoadsAndReprintsIdentically() throws {
    let printed = Self.simulate(["--print-scenario"])
    #expect(printed.status == 0)
    #expect(printed.stdout.hasPrefix("# railtop scenario 'mini'."))
    let copy = NSTemporaryDirectory() + "railtop-printed-\(UUID().uuidString).yaml"
    defer { unlink(copy) }
    try printed.stdout.write(toFile: copy, atomically: true, encoding: .utf8)
    let again = BinaryRunner.run(["simulate", "--scenario", copy, "--print-scenario"])
    #expect(again.status == 0)
    #expect(again.stdout == printed.stdout)
  }

  @Test(arguments: ["scenarios/zhengzhou-liege-2021.yaml", "scenarios/central-erenhot.yaml"])
  func shippedScenariosRunFromTheCLI(file: String) {
    let path = BinaryRunner.packageRoot.appendingPathComponent(file).path
    let result = BinaryRunner.run([
      "simulate", "--scenario", path, "--days", "14", "--format", "csv",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.split(separator: "\n").count == 15)
  }
}

/// One calendar across the commands: `snapshot --days N` shows corridor day N and, as
/// "delivered today", the TEU of the day-N row of `simulate --days N`.
@Suite("Calendar agreement between simulate and snapshot")
struct CalendarAgreementTests {
  @Test(arguments: [12, 45])
  func snapshotDayIsTheLastSimulateRow(days: Int) throws {
    let snapshot = BinaryRunner.run(
      ["snapshot", "--size", "200x50", "--days", "\(days)", "--seed", "3"],
      environment: ["LANG": "C.UTF-8"])
    let csv = BinaryRunner.run(
      ["simulate", "--days", "\(days)", "--seed", "3", "--format", "csv"])
    #expect(snapshot.status == 0 && csv.status == 0)
    let header = try #require(snapshot.stdout.split(separator: "\n").first)
    #expect(header.contains("day \(days) "), "header: \(header)")
    let last = try #require(csv.stdout.split(separator: "\n").last)
    let fields = last.split(separator: ",", omittingEmptySubsequences: false)
    #expect(fields.first == "\(days)")
    let deliveredToday = try #require(
      snapshot.stdout.firstMatch(of: /delivered today\s+([\d,]+) TEU/)?.1)
    #expect(deliveredToday.replacing(",", with: "") == fields[6], "row: \(last)")
  }
}
