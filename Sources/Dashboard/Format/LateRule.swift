import CorridorSim

/// The one meaning of late, in words: a train is late when it is more than its service's
/// on-time tolerance behind plan (`TrainSnapshot.isLate`, the engine's threshold). The table's
/// late colour, the `late` filter, the legend and the KPI's on-time share (boxes handed off no
/// more than the tolerance late) all say it with this value.
public struct LateRule: Sendable, Hashable {
  /// The distinct tolerances of the services whose trains are listed, smallest first; empty
  /// before the first train.
  public let tolerances: [Int64]

  public init(_ trains: [TrainSnapshot]) {
    var seen: [Int64] = []
    // Fields read in place; scenarios have one or a few tolerances, so a linear check is cheap.
    for i in trains.indices where !seen.contains(trains[i].lateAfterSeconds) {
      seen.append(trains[i].lateAfterSeconds)
    }
    tolerances = seen.sorted()
  }

  /// `1 d`, `36 h`, or `1–3 d` when services differ; nil before the first train.
  public var tolerance: String? {
    guard let low = tolerances.first, let high = tolerances.last else { return nil }
    if low == high { return Self.text(low) }
    let sameUnit = low % 86_400 == 0 && high % 86_400 == 0
    return sameUnit
      ? "\(low / 86_400)–\(high / 86_400) d" : "\(Self.text(low))–\(Self.text(high))"
  }

  /// The KPI's label: `on time ≤1 d late` (`<=` in ASCII), or `on time` before any train is
  /// listed.
  public func onTimeLabel(_ glyphs: DashboardGlyphs) -> String {
    tolerance.map { "on time \(glyphs.atMost)\($0) late" } ?? "on time"
  }

  /// The definition, for the legend.
  public var definition: String {
    let by = tolerances.count > 1 ? " (by service)" : ""
    return "more than \(tolerance ?? "the service's tolerance")\(by) behind plan"
  }

  /// Whole days as `N d`, else hours as `N h`.
  static func text(_ seconds: Int64) -> String {
    seconds % 86_400 == 0 ? "\(seconds / 86_400) d" : "\(max(0, seconds) / 3_600) h"
  }
}
