import Foundation
import Testing

/// The frame shown in the README is what `railtop snapshot` prints today, so the tour cannot
/// drift from the product.
@Suite("README frame")
struct ReadmeFrameTests {
  static let command = ["snapshot", "--size", "120x40", "--days", "30", "--seed", "1"]

  @Test func readmeShowsTheCurrentSnapshot() throws {
    let readme = try String(
      contentsOf: BinaryRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("railtop " + Self.command.joined(separator: " ")))
    // The README shows the default theme's frame. `swift test` without a terminal sets
    // NO_COLOR, which selects monochrome, whose chart marks eastbound days differently.
    let run = BinaryRunner.run(Self.command, environment: ["LANG": "C.UTF-8", "NO_COLOR": ""])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let frame = run.stdout.trimmingCharacters(in: .newlines)
    #expect(
      readme.contains("```text\n" + frame + "\n```"),
      "paste the output of `railtop \(Self.command.joined(separator: " "))` into README.md")
  }
}
