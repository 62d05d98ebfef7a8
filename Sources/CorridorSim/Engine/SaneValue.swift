/// Guards between scenario numbers and integer sim time.
///
/// A scenario from a file is validated by its loader, but the engine must still never trap on
/// a NaN, an infinity or an overflow: durations are clamped to ≈ 31,700 years and
/// non-finite reals replaced by a fallback.
enum SaneValue {
  /// Upper bound of any single duration, seconds (10^12 s).
  static let maxDurationSeconds: Int64 = 1_000_000_000_000

  /// Whole seconds from a real: rounded (halves away from zero), clamped to
  /// 0 … `maxDurationSeconds`, NaN → 0.
  static func seconds(_ value: Double) -> Int64 {
    guard value.isFinite, value > 0 else { return value == .infinity ? maxDurationSeconds : 0 }
    // `rounded()` without libm's round(): below 2^52 the fraction after truncation is exact,
    // so this is round() bit for bit (the engine calls it for every leg and step).
    let clamped = min(value, Double(maxDurationSeconds))
    let whole = Int64(clamped)
    return clamped - Double(whole) >= 0.5 ? whole + 1 : whole
  }

  /// `base + perItem × count` without overflow, clamped like `seconds(_:)`.
  static func duration(_ base: Int64, plus perItem: Int64, times count: Int) -> Int64 {
    seconds(Double(base) + Double(perItem) * Double(count))
  }

  /// `a + b` for sim times and durations, saturating instead of overflowing.
  static func sum(_ a: Int64, _ b: Int64) -> Int64 {
    let (total, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : total
  }

  /// `value` clamped into `range`, or `fallback` when it is not finite.
  static func clamp(_ value: Double, _ range: ClosedRange<Double>, fallback: Double) -> Double {
    guard value.isFinite else { return fallback }
    return min(max(value, range.lowerBound), range.upperBound)
  }
}
