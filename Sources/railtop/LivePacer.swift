import CorridorSim

/// Converts elapsed wall time into whole sim seconds at a given speed, exactly.
///
/// The engine never reads a clock; this is where wall time becomes sim time. Fractions of a
/// sim second are carried to the next tick, so 10 ticks of 0.1 s at ×1 give exactly 1 s.
struct LivePacer: Sendable {
  /// Longest wall step taken at once: after a suspend (Ctrl-Z) or a stall the sim resumes
  /// where it was instead of jumping ahead by the whole pause.
  static let maxStepNanos: UInt64 = 1_000_000_000

  private var carryNanos: UInt64 = 0

  /// Sim seconds to advance for `wallNanos` of wall time at `speed` sim s per wall s.
  mutating func advance(wallNanos: UInt64, speed: Int) -> SimDuration {
    let step = min(wallNanos, Self.maxStepNanos)
    let simNanos = carryNanos + step * UInt64(max(0, speed))
    carryNanos = simNanos % 1_000_000_000
    return SimDuration(simNanos / 1_000_000_000)
  }

  /// Forgets the carried fraction (on pause, so resuming starts clean).
  mutating func reset() { carryNanos = 0 }
}
