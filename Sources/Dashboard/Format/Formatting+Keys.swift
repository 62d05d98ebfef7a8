extension Formatting {
  // Integers that are equal exactly when the text of a formatter is: pane models hold them
  // (or the `Shown…` values below) instead of seconds, which change every frame.

  /// An integer that is equal exactly when `Formatting.duration` shows the same text: whole
  /// minutes below a day (`5h 20m`), whole hours from a day on (`3d 04h`).
  static func durationKey(_ seconds: Int64) -> Int64 {
    let s = max(0, seconds)
    return s < 86_400 ? s / 60 : 1_440 + s / 3_600
  }

  /// An integer that is equal exactly when `Formatting.delay` shows the same text.
  static func delayKey(_ seconds: Int64) -> Int64 {
    if seconds == 0 { return 0 }
    let size = seconds == .min ? Int64.max : abs(seconds)
    let key = durationKey(size) + 1
    return seconds > 0 ? key : -key
  }

  /// The whole percentage `Formatting.percent(ratio:)` shows.
  static func percentKey(_ ratio: Double) -> Int {
    let r = ratio.isFinite ? min(1, max(0, ratio)) : 0
    return Int((r * 100).rounded(.down))
  }
}

/// A length of time as `Formatting.duration` shows it (`3d 04h`, `5h 20m`): equal values show
/// equal text, so a pane model holds this instead of the seconds, which change every frame.
struct ShownDuration: Hashable, Sendable {
  /// `Formatting.durationKey` of the seconds.
  let key: Int64

  init(_ seconds: Int64) { key = Formatting.durationKey(seconds) }

  init(key: Int64) { self.key = key }

  /// The text `Formatting.duration` gives for any of the seconds this value stands for.
  var text: String {
    if key >= 1_440 {
      let hours = key - 1_440
      return "\(hours / 24)d \(Formatting.pad(hours % 24))h"
    }
    return key >= 60 ? "\(key / 60)h \(Formatting.pad(key % 60))m" : "\(key)m"
  }
}

/// A signed delay as `Formatting.delay` shows it (`+1d 06h`, `-4h 00m`, `0m`).
struct ShownDelay: Hashable, Sendable {
  /// `Formatting.delayKey` of the seconds.
  let key: Int64

  init(_ seconds: Int64) { key = Formatting.delayKey(seconds) }

  var text: String {
    if key == 0 { return "0m" }
    return (key > 0 ? "+" : "-") + ShownDuration(key: abs(key) - 1).text
  }
}
