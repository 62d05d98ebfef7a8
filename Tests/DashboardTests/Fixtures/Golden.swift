import Foundation
import Testing

/// Whole-screen text goldens in Tests/DashboardTests/Goldens/, found via `#filePath`.
///
/// A missing golden fails; `RECORD_SNAPSHOTS=1` (re)writes it and still fails, so a recording
/// run is never mistaken for a passing one.
enum Golden {
  static let folder = RepoPaths.root.appendingPathComponent("Tests/DashboardTests/Goldens")

  static func check(
    _ text: String, named name: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = folder.appendingPathComponent("\(name).txt")
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    if RepoPaths.recording {
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
          "recorded golden \(name).txt; run again without RECORD_SNAPSHOTS",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden \(url.path); record it with RECORD_SNAPSHOTS=1",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
      let want = line < e.count ? String(e[line]) : "<end>"
      let got = line < a.count ? String(a[line]) : "<end>"
      Issue.record(
        "golden \(name).txt differs at line \(line + 1):\n  want: \(want)\n  got:  \(got)",
        sourceLocation: sourceLocation)
    }
  }
}
