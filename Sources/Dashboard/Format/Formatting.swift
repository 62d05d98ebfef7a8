import TermRender
/// Short, fixed-format text for numbers, durations and money as the panes show them.
///
/// One place so every pane writes `+1d 06h` and `1,840 TEU` the same way; pure and
/// locale-independent, so goldens never depend on the machine.
public enum Formatting {
  /// Sim speed as the header shows it, e.g. `×3600` (`x3600` with an ASCII `sign`).
  public static func speed(_ simSecondsPerSecond: Int, sign: String = "×") -> String {
    "\(sign)\(simSecondsPerSecond)"
  }

  /// A length of time in its two largest units: `3d 04h`, `5h 20m`, `45m`, `0m`.
  public static func duration(_ seconds: Int64) -> String {
    let s = max(0, seconds)
    let days = s / 86_400
    let hours = (s % 86_400) / 3_600
    let minutes = (s % 3_600) / 60
    if days > 0 { return "\(days)d \(pad(hours))h" }
    if hours > 0 { return "\(hours)h \(pad(minutes))m" }
    return "\(minutes)m"
  }

  /// A signed delay: `+1d 06h` late, `-4h 00m` early, `0m` on the minute.
  public static func delay(_ seconds: Int64) -> String {
    if seconds == 0 { return "0m" }
    let size = seconds == .min ? Int64.max : abs(seconds)
    return (seconds > 0 ? "+" : "-") + duration(size)
  }

  /// An integer with thousands separators: `12,480`.
  public static func count(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return n < 0 ? "-" + out : out
  }

  /// US dollars, compact: `$950`, `$12.4k`, `$7.4M`, `$1.2B`.
  public static func money(_ usd: Double) -> String {
    let v = usd.isFinite ? max(0, usd) : 0
    if v >= 1e9 { return "$" + oneDecimal(v / 1e9) + "B" }
    if v >= 1e6 { return "$" + oneDecimal(v / 1e6) + "M" }
    if v >= 1e3 { return "$" + oneDecimal(v / 1e3) + "k" }
    return "$\(Int(v.rounded()))"
  }

  /// A 0…1 ratio as a whole percentage, clamped: `42%`.
  public static func percent(ratio: Double) -> String {
    let r = ratio.isFinite ? min(1, max(0, ratio)) : 0
    return "\(Int((r * 100).rounded(.down)))%"
  }

  /// A number with one decimal, locale-free: `17.4`.
  public static func oneDecimal(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  static func pad(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// `text` right-aligned in at least `width` columns, so a figure that grows by a digit does
  /// not shift everything after it on the line.
  public static func rightAligned(_ text: String, width: Int) -> String {
    let missing = width - DisplayWidth.of(text)
    return missing > 0 ? String(repeating: " ", count: missing) + text : text
  }
}
