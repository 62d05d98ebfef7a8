import Foundation
import Testing

@testable import Dashboard

/// The README lists every key from the same table as the help overlay, so they cannot drift.
/// `RECORD_SNAPSHOTS=1` writes the table into the README in place of the one there.
@Suite("README key list")
struct ReadmeKeysTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  @Test func readmeHoldsTheKeyMapTable() throws {
    var text = try String(contentsOf: Self.readme, encoding: .utf8)
    if RepoPaths.recording, let start = text.range(of: "| Key | Action |") {
      let end = text.range(of: "\n\n", range: start.upperBound..<text.endIndex)?.lowerBound
        ?? text.endIndex
      text.replaceSubrange(start.lowerBound..<end, with: KeyMap.markdownTable())
      try text.write(to: Self.readme, atomically: true, encoding: .utf8)
    }
    #expect(text.contains(KeyMap.markdownTable()), "run RECORD_SNAPSHOTS=1 swift test --filter ReadmeKeysTests")
  }
}
