import Foundation
import Testing

/// The shortened soak of issue 10 §3 (`railtop-bench soak`, in the debug build the tests use):
/// the kiosk's frame loop for simulated weeks at full speed, its resident memory after a
/// settle period growing by less than 5 %. Memory, not time: the figures of speed are the
/// release benchmark's (docs/PERFORMANCE.md).
@Suite("Soak: the kiosk's memory stays flat")
struct SoakBoundTests {
  /// `railtop-bench soak` with `arguments`, from the build the tests run in.
  static func soak(_ arguments: [String]) -> BinaryRunner.Result {
    let bench = BinaryRunner.executable.deletingLastPathComponent()
      .appendingPathComponent("railtop-bench")
    return BinaryRunner.run(["soak"] + arguments, executable: bench)
  }

  @Test("20 sim days of kiosk frames at 200×60 (4,800 frames): RSS after day 6 grows < 5 %")
  func shortSoak() {
    let result = Self.soak(["--days", "20", "--settle", "6", "--every", "2", "--size", "200x60"])
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    let verdict = result.stdout.split(separator: "\n").last { $0.hasPrefix("soak: rss_day") }
    #expect(verdict?.hasSuffix(" ok") == true, "\(result.stdout)")
    // Every sample row is there: 10 of them, sim days 2 to 20.
    let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| sim") }
    #expect(rows.count == 10, "\(result.stdout)")
  }

  @Test("the bound is checked: a bound of 0 % is exceeded and exits 1")
  func boundChecked() {
    let result = Self.soak(["--days", "2", "--settle", "1", "--every", "1", "--bound", "0"])
    #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
    #expect(result.stdout.contains("FAILED"), "\(result.stdout)")
  }
}
