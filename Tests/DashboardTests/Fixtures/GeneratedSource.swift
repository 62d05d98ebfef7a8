import Foundation

/// A Swift source generated from files of the repository (the embedded themes and
/// translations): rewritten under `RECORD_SNAPSHOTS=1`, otherwise compared with its generator.
enum GeneratedSource {
  /// Rewrites the source at `url` from `generate` when recording; the new copy is compiled in
  /// on the next build, so the comparison tests pass on the run after.
  static func recordIfAsked(_ url: URL, _ generate: () throws -> String) throws {
    guard RepoPaths.recording else { return }
    try generate().write(to: url, atomically: true, encoding: .utf8)
  }

  /// True when the committed source at `url` is what `generate` writes.
  static func isCurrent(_ url: URL, _ generate: () throws -> String) throws -> Bool {
    try String(contentsOf: url, encoding: .utf8) == generate()
  }
}
