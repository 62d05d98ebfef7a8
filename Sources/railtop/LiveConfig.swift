import Dashboard

/// The live dashboard's settings, as given on the command line.
struct LiveConfig: Sendable, Hashable {
  var scenarioPath: String?
  var seed: UInt64?
  /// Sim seconds per wall-clock second.
  var speed: Int
  /// Frames per second; the timer's rate.
  var fps: Int
  /// `--theme NAME|PATH`, resolved by the dashboard's theme loading (see `LiveLauncher`).
  var theme: String?
  /// Sim days run before the first frame (a demo screen opens on a corridor in motion).
  var warmupDays: Int = 0

  /// Allowed frame rates: below 1 nothing moves, above 60 only burns CPU.
  static let fpsRange = 1...60
  /// Allowed warm-up: up to ten sim years.
  static let warmupRange = 0...3_650

  /// What is wrong with the options, naming the flag, or nil when they are usable.
  var problem: String? {
    if !Self.fpsRange.contains(fps) {
      return
        "--fps \(fps) is out of range; use \(Self.fpsRange.lowerBound)–\(Self.fpsRange.upperBound)."
    }
    if !(SpeedLimits.minimum...SpeedLimits.maximum).contains(speed) {
      return "--speed \(speed) is out of range; use \(SpeedLimits.minimum)–\(SpeedLimits.maximum) "
        + "sim seconds per wall second."
    }
    if !Self.warmupRange.contains(warmupDays) {
      return "--warmup \(warmupDays) is out of range; use 0–\(Self.warmupRange.upperBound) days."
    }
    return nil
  }
}
