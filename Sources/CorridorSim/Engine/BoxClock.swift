/// What a train's hand-off needs to know of its boxes' own journeys, kept beside its totals:
/// the sum of the boxes' departures and the earliest and latest of their deadlines.
///
/// Why kept: at hand-off each box's transit and punctuality count (a box left behind at a
/// gauge change travels on with a later train). Walking the boxes then read a line for every
/// box or two, written when the train was loaded two weeks before; at 200,000 trains a year
/// that was half a cache miss per event (D81). The sums are made where the boxes are walked
/// anyway: at loading and when a gauge change re-forms the train.
struct BoxClock: Equatable {
  /// Boxes counted.
  private(set) var boxes = 0
  /// The sum of the boxes' `departed`.
  private(set) var departedSum: Int64 = 0
  /// The earliest and latest `lateAfter` of the boxes (`.max`/`.min` with no boxes).
  private(set) var earliestDeadline = Int64.max
  private(set) var latestDeadline = Int64.min

  init(_ containers: [Container]) {
    for box in containers {
      boxes += 1
      departedSum += box.departed
      earliestDeadline = min(earliestDeadline, box.lateAfter)
      latestDeadline = max(latestDeadline, box.lateAfter)
    }
  }

  /// The boxes' summed door-to-door seconds and how many are on time, for a hand-off of a
  /// train that arrived at `arrived`; nil when the arrival falls between the earliest and the
  /// latest deadline, where only the boxes themselves can say which are late.
  func delivery(arrived: Int64) -> (transitSeconds: Int64, onTime: Int)? {
    let transit = Int64(boxes) * arrived - departedSum
    if arrived <= earliestDeadline { return (transit, boxes) }
    if arrived > latestDeadline { return (transit, 0) }
    return nil
  }

  /// The same figures worked out box by box (where `delivery(arrived:)` gives nil, and what
  /// the tests compare it with).
  static func delivery(arrived: Int64, _ containers: [Container]) -> (
    transitSeconds: Int64, onTime: Int
  ) {
    var transit: Int64 = 0
    var onTime = 0
    for box in containers {
      transit += arrived - box.departed
      if arrived <= box.lateAfter { onTime += 1 }
    }
    return (transit, onTime)
  }
}
