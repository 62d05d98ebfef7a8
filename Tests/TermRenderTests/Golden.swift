import Foundation
import Testing

/// Compares `lines` with the golden file `Snapshots/<name>.txt` next to this test file.
///
/// With RECORD_SNAPSHOTS=1 the file is (re)written instead; otherwise a missing or different
/// golden fails the test, showing the first differing line.
func expectGolden(_ lines: [String], named name: String, filePath: String = #filePath,
                  sourceLocation: SourceLocation = #_sourceLocation) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let url = folder.appendingPathComponent("\(name).txt")
  let text = lines.joined(separator: "\n") + "\n"
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not record golden \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record("missing golden \(url.path); run with RECORD_SNAPSHOTS=1 to record it",
                 sourceLocation: sourceLocation)
    return
  }
  let expected = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let actual = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let firstDiff = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }
  #expect(expected == actual,
          "golden \(name) differs at line \((firstDiff?.offset ?? min(expected.count, actual.count)) + 1)",
          sourceLocation: sourceLocation)
}
