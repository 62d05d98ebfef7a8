import ArgumentParser
import Dashboard
import SafeText

/// The allowed values of one whole-number option, and the one message every command gives for
/// a value outside them: `--speed -5 is out of range; use 1–604800 sim seconds per wall second.`
///
/// The options that take numbers parse their value `.unconditional`ly, so `--speed -5` reaches
/// this check; ArgumentParser would otherwise read `-5` as a flag and report a missing value.
struct OptionRange: Sendable {
  /// The flag as typed, e.g. `--speed`.
  let flag: String
  let range: ClosedRange<Int>
  /// What the numbers count ("days"), after the range; empty when the flag says it.
  let unit: String

  /// The bounds as the help texts write them: `0–3650`.
  var bounds: String { "\(range.lowerBound)–\(range.upperBound)" }

  /// The allowed values as the messages write them: `0–3650 days`.
  var allowed: String { unit.isEmpty ? bounds : "\(bounds) \(unit)" }

  /// Throws the out-of-range message when `value` is not allowed.
  func check(_ value: Int) throws(ValidationError) {
    guard range.contains(value) else {
      throw Self.outOfRange(flag: flag, value: "\(value)", allowed: allowed)
    }
  }

  /// The message for `flag value` outside `allowed`, for the options that are not an `Int`
  /// range (`--seed`, `--size`); ArgumentParser prints it after the `railtop: ` prefix.
  static func outOfRange(flag: String, value: String, allowed: String) -> ValidationError {
    ValidationError("\(flag) \(value.terminalSafe()) is out of range; use \(allowed).")
  }
}

/// The ranges of railtop's numeric options, in one place so that help texts and checks agree.
enum OptionRanges {
  /// Below 1 nothing moves; above 60 only burns CPU.
  static let fps = OptionRange(flag: "--fps", range: 1...60, unit: "frames per second")
  static let speed = OptionRange(
    flag: "--speed", range: SpeedLimits.minimum...SpeedLimits.maximum,
    unit: "sim seconds per wall second")
  /// Up to ten sim years before the screen opens.
  static let warmup = OptionRange(flag: "--warmup", range: 0...3_650, unit: "days")
  /// Kiosk: from one second a view (the end-to-end test uses two) to an hour.
  static let interval = OptionRange(flag: "--interval", range: 1...3_600, unit: "seconds")
  static let idle = OptionRange(flag: "--idle", range: 1...3_600, unit: "seconds")
  /// Kiosk: a burn-in shift at least once a day, at most every minute.
  static let shiftEvery = OptionRange(flag: "--shift-every", range: 1...1_440, unit: "minutes")
  /// `simulate` reports at least one day, and at most a century of them.
  static let simulateDays = OptionRange(flag: "--days", range: 1...36_500, unit: "days")
  /// `snapshot --days 0` is the scenario's first instant.
  static let snapshotDays = OptionRange(flag: "--days", range: 0...36_500, unit: "days")
}
