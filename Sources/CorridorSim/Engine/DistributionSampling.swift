#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sampling and expected values of `DurationDistribution`: the one place that turns a
/// distribution into seconds, so docs/MODEL.md can describe it exactly.
///
/// - fixed: the value.
/// - uniform(min, max): inverse transform on one uniform draw, rounded to whole seconds.
/// - triangular(min, mode, max): inverse CDF on one uniform draw.
/// - lognormal(median, σ): median × exp(σ·Z), Z standard normal from Box–Muller (two draws,
///   the cosine branch only, so every sample costs exactly two draws and runs stay aligned).
/// Results are clamped to 0 … `SaneValue.maxDurationSeconds` (NaN gives 0).
extension DurationDistribution {
  func sample(using random: inout RandomSource) -> SimDuration {
    switch self {
    case .fixed(let value):
      return min(max(0, value), SaneValue.maxDurationSeconds)
    case .uniform(let low, let high):
      guard high > low else { return SaneValue.seconds(Double(low)) }
      return SaneValue.seconds(Double(low) + (Double(high) - Double(low)) * random.unit())
    case .triangular(let low, let mode, let high):
      guard high > low else { return SaneValue.seconds(Double(low)) }
      let a = Double(low)
      let b = Double(high)
      let c = Double(min(max(mode, low), high))
      let u = random.unit()
      let split = (c - a) / (b - a)
      let value =
        u < split
        ? a + (u * (b - a) * (c - a)).squareRoot()
        : b - ((1 - u) * (b - a) * (b - c)).squareRoot()
      return SaneValue.seconds(value)
    case .lognormal(let median, let sigma):
      let u1 = random.unitOpenAtZero()
      let u2 = random.unit()
      let z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
      let value = Double(median) * exp(sigma * z)
      return SaneValue.seconds(value)
    }
  }

  /// The mean in seconds, used for planned times and ETAs (finite, clamped like samples).
  var meanSeconds: Double {
    Double(SaneValue.seconds(rawMeanSeconds))
  }

  private var rawMeanSeconds: Double {
    switch self {
    case .fixed(let value): Double(max(0, value))
    case .uniform(let low, let high): (Double(low) + Double(high)) / 2
    case .triangular(let low, let mode, let high): (Double(low) + Double(mode) + Double(high)) / 3
    case .lognormal(let median, let sigma): Double(median) * exp(sigma * sigma / 2)
    }
  }
}

extension RandomSource {
  /// Exponential with the given mean, by inverse transform: the gaps of a Poisson process.
  mutating func exponential(mean: Double) -> Double {
    -log(unitOpenAtZero()) * mean
  }
}
