extension Formatting {
  // Integers that are equal exactly when the text of a formatter is: the remembered panes key
  // on them (TableMemo, PaneMemo) instead of building the text every frame to compare.

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
