import Foundation
import Testing

/// The dashboard's default warm-up fills the cargo chart: its 30-day window of TEU delivered per
/// day has deliveries on every day when the screen opens.
@Suite("Default warm-up")
struct WarmupTests {
  /// `--warmup`'s default as `railtop help dashboard` prints it.
  static func defaultWarmup() throws -> Int {
    let help = BinaryRunner.run(["help", "dashboard"]).stdout
    // The option's entry in OPTIONS (the usage line names it first, without a default).
    let entry = try #require(help.ranges(of: "  --warmup <warmup>").last)
    let rest = help[entry.upperBound...].replacingOccurrences(of: "\n", with: " ")
    let match = try #require(rest.firstMatch(of: #/default: ([0-9]+)\)/#))
    return try #require(Int(match.output.1))
  }

  @Test("every day of the chart's 30-day window has deliveries at the default warm-up, seeds 1–3")
  func chartWindowIsFull() throws {
    let days = try Self.defaultWarmup()
    #expect(days <= 60, "a long warm-up makes start-up slow")
    for seed in 1...3 {
      let csv = BinaryRunner.run([
        "simulate", "--days", String(days), "--seed", String(seed), "--format", "csv",
      ]).stdout
      let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
      #expect(rows.count == days)
      // Column 7 is teu_delivered: the per-day series the chart draws.
      let window = rows.suffix(30).compactMap { $0.count > 6 ? Int($0[6]) : nil }
      #expect(window.count == 30)
      #expect(window.allSatisfy { $0 > 0 }, "seed \(seed): \(window)")
    }
  }
}
