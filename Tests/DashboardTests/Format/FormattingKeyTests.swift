import Testing

@testable import Dashboard

/// The integer keys the remembered panes compare are equal exactly when the text they stand
/// for is (`Formatting+Keys.swift`).
@Suite("Formatting keys")
struct FormattingKeyTests {
  /// Seconds around every boundary the duration text has: minutes, hours, a day, days.
  static let seconds: [Int64] = {
    var values: Set<Int64> = [0, 1, 59, 60, 61, .max, .min, .min + 1, .max - 1]
    for base: Int64 in [60, 3_600, 86_400, 86_400 * 10, 86_400 * 100] {
      for k: Int64 in [1, 2, 9, 10, 23, 24, 25, 59, 60] {
        for d: Int64 in [-61, -60, -1, 0, 1, 59, 60] {
          values.insert(base * k + d)
          values.insert(-(base * k + d))
        }
      }
    }
    return values.sorted()
  }()

  @Test("duration and delay keys are equal exactly when the shown texts are")
  func durationAndDelayKeysFollowTheText() {
    let values = Self.seconds
    for a in values {
      for b in values {
        let sameDuration = Formatting.duration(a) == Formatting.duration(b)
        #expect((Formatting.durationKey(a) == Formatting.durationKey(b)) == sameDuration, "\(a) \(b)")
        let sameDelay = Formatting.delay(a) == Formatting.delay(b)
        #expect((Formatting.delayKey(a) == Formatting.delayKey(b)) == sameDelay, "\(a) \(b)")
      }
    }
  }

  @Test("the progress key is the percentage shown")
  func percentKeyIsTheShownPercent() {
    let ratios: [Double] = [
      -1, 0, 0.004, 0.0099, 0.01, 0.4199999, 0.42, 0.5, 0.999, 1, 1.5, .nan, .infinity,
      -.infinity,
    ]
    for ratio in ratios {
      #expect(
        "\(Formatting.percentKey(ratio))%" == Formatting.percent(ratio: ratio), "\(ratio)")
    }
  }
}
