import CorridorSim
import Foundation

/// Remembers pure per-corridor results across frames: route labels for a width, base station
/// names, the station-name table and the cargo category names.
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
  private var lastStationNames:
    (
      stops: [CorridorLine.Stop], stations: [(id: String, name: String)],
      names: [String: String]
    )?
  private var lastCategoryNames:
    (pairs: [(category: String, name: String)], names: [String: String])?
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
    return lockedBaseName(name)
  }

  /// Station id → base name, the corridor's stops first, then any other station.
  ///
  /// Ids and names are fixed for a scenario, so last frame's dictionary is returned while
  /// they match: comparing them is much cheaper than hashing them into a new dictionary.
  func stationNames(stops: [CorridorLine.Stop], stations: [StationSnapshot]) -> [String: String] {
    lock.lock()
    defer { lock.unlock() }
    if let last = lastStationNames, last.stops == stops,
      last.stations.elementsEqual(stations, by: { $0.id == $1.id && $0.name == $1.name })
    {
      return last.names
    }
    var names: [String: String] = [:]
    for stop in stops { names[stop.id] = lockedBaseName(stop.name) }
    for station in stations where names[station.id] == nil {
      names[station.id] = lockedBaseName(station.name)
    }
    lastStationNames = (stops, stations.map { ($0.id, $0.name) }, names)
    return names
  }

  /// Cargo category id → display name from the KPI rows (a later row wins, as when the
  /// dictionary is built in order). Last frame's dictionary is returned while the ids and
  /// names match, which is cheaper than hashing them into a new one every frame.
  func categoryNames(_ rows: [CategoryTEU]) -> [String: String] {
    lock.lock()
    defer { lock.unlock() }
    if let last = lastCategoryNames,
      last.pairs.elementsEqual(rows, by: { $0.category == $1.category && $0.name == $1.name })
    {
      return last.names
    }
    var names: [String: String] = [:]
    for row in rows { names[row.category] = row.name }
    lastCategoryNames = (rows.map { ($0.category, $0.name) }, names)
    return names
  }

  /// `baseName` for a caller that holds the lock.
  private func lockedBaseName(_ name: String) -> String {
    if let known = baseNames[name] { return known }
    let made = StationNames.base(name)
    if baseNames.count >= limit * 4 { baseNames.removeAll(keepingCapacity: true) }
    baseNames[name] = made
    return made
  }
}
