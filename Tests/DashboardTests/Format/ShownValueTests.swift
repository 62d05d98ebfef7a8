import Testing

@testable import Dashboard

/// The shown values pane models hold instead of seconds (`ShownDuration`, `ShownDelay`) give
/// the very text of `Formatting.duration` and `Formatting.delay`, and compare equal exactly
/// when that text is equal: at the minute, hour and day edges, for negative and huge values,
/// at `Int64.min` and `Int64.max`, and along a sweep.
@Suite("Shown durations and delays")
struct ShownValueTests {
  static let edges: [Int64] = [
    0, 1, 59, 60, 61, 119, 120, 3_599, 3_600, 3_601, 3_659, 3_660, 86_399, 86_400, 86_401,
    89_999, 90_000, 1_000_000, 31_536_000, 1_000_000_000_000, Int64.max / 2, Int64.max - 1,
    .max, -1, -59, -60, -61, -3_599, -3_600, -86_399, -86_400, -86_401, -1_000_000_000_000,
    .min + 1, .min,
  ]

  /// Every 7th second over more than two days either side of zero (every edge kind).
  static let sweep = Array(stride(from: Int64(-200_000), through: 200_000, by: 7))

  @Test("a shown duration reads as Formatting.duration", arguments: edges)
  func durationText(seconds: Int64) {
    #expect(ShownDuration(seconds).text == Formatting.duration(seconds))
  }

  @Test("a shown delay reads as Formatting.delay", arguments: edges)
  func delayText(seconds: Int64) {
    #expect(ShownDelay(seconds).text == Formatting.delay(seconds))
  }

  @Test("along a sweep, the texts match and neighbours are equal exactly when they read alike")
  func sweepMatches() {
    var mismatched: [Int64] = []
    for seconds in Self.sweep {
      let next = seconds + 1
      if ShownDuration(seconds).text != Formatting.duration(seconds)
        || ShownDelay(seconds).text != Formatting.delay(seconds)
        || (ShownDuration(seconds) == ShownDuration(next))
          != (Formatting.duration(seconds) == Formatting.duration(next))
        || (ShownDelay(seconds) == ShownDelay(next))
          != (Formatting.delay(seconds) == Formatting.delay(next))
      {
        mismatched.append(seconds)
      }
    }
    #expect(mismatched == [])
  }

  @Test("values at the edges are equal exactly when their texts are", arguments: edges)
  func equalExactlyWhenAlike(seconds: Int64) {
    for other in Self.edges {
      #expect(
        (ShownDuration(seconds) == ShownDuration(other))
          == (Formatting.duration(seconds) == Formatting.duration(other)), "\(other)")
      #expect(
        (ShownDelay(seconds) == ShownDelay(other))
          == (Formatting.delay(seconds) == Formatting.delay(other)), "\(other)")
    }
  }
}
