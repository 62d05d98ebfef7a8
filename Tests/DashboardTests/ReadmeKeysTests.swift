import Foundation
import Testing

@testable import Dashboard

/// The README lists every key from the same table as the help overlay, so they cannot drift.
@Suite("README key list")
struct ReadmeKeysTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  @Test func readmeHoldsTheKeyMapTable() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    #expect(text.contains(KeyMap.markdownTable()), "paste KeyMap.markdownTable() into README.md")
  }
}
