import CorridorSim
import Foundation

/// Remembers pure per-corridor results across frames: route labels for a width and base
/// station names.
///
/// They depend only on the corridor and the pane width, which change on a resize or a new
/// scenario, yet recomputing them ten times a second was a fifth of a frame's CPU (profiled in
/// docs/PERFORMANCE.md). The memo is transparent — same inputs, same outputs — so frames stay a
/// pure function of (snapshot, state, size). Bounded: it starts afresh past `limit` entries.
final class FrameMemo: @unchecked Sendable {
  static let shared = FrameMemo()

  /// Everything route labels depend on, apart from the line's first column.
  struct LabelKey: Hashable {
    var stops: [CorridorLine.Stop]
    var totalKm: Double
    var width: Int
    var longest: Int
    var shortest: Int
    var natives: Bool
  }

  private let lock = NSLock()
  private var labels: [LabelKey: [RouteGeometry.Label]] = [:]
  /// The labels asked for last: frames repeat the same key, and comparing it (its stops array
  /// is usually the very storage of last frame's, which compares in O(1)) is far cheaper than
  /// hashing every stop's strings for the dictionary.
  private var lastLabels: (key: LabelKey, labels: [RouteGeometry.Label])?
  private var baseNames: [String: String] = [:]
  private let limit = 256

  /// Labels for `key`, placed from column 0; computed by `make` the first time.
  func labels(_ key: LabelKey, make: () -> [RouteGeometry.Label]) -> [RouteGeometry.Label] {
    lock.lock()
    defer { lock.unlock() }
    if let last = lastLabels, last.key == key { return last.labels }
    if let known = labels[key] {
      lastLabels = (key, known)
      return known
    }
    let made = make()
    lastLabels = (key, made)
    if labels.count >= limit { labels.removeAll(keepingCapacity: true) }
    labels[key] = made
    return made
  }

  /// `StationNames.base(name)`, remembered.
  func baseName(_ name: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let known = baseNames[name] { return known }
    let made = StationNames.base(name)
    if baseNames.count >= limit * 4 { baseNames.removeAll(keepingCapacity: true) }
    baseNames[name] = made
    return made
  }
}
