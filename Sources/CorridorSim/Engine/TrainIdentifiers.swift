/// Hands out readable, unique train ids: service prefix + MMDD of departure
/// (`X8044-0302`), with `-2`, `-3` … when a prefix has several trains on one day.
///
/// An id can repeat after 300 days, when the earlier train is long gone. The count per prefix
/// and calendar day is a plain table (12 × 31 entries a prefix), so forming a train hashes
/// only its short prefix, builds its id once in place, and memory is bounded by the number
/// of prefixes, not by run length.
struct TrainIdentifiers {
  /// Prefix → index into `days`.
  private var prefixes: [String: Int] = [:]
  /// Per prefix, per month × 31 + day − 1: the sim day of the last id issued, and how many
  /// ids that day had.
  private var days: [[(day: Int64, count: Int)]] = []

  private static let slotsPerPrefix = 12 * 31
  /// An id seen this many days ago or longer is free again.
  private static let reuseAfterDays: Int64 = 300

  mutating func next(prefix: String, month: Int, day: Int, simDay: Int64) -> String {
    let index = prefixIndex(prefix)
    let slot = (min(max(month, 1), 12) - 1) * 31 + min(max(day, 1), 31) - 1
    let previous = days[index][slot]
    let count =
      previous.count > 0 && simDay - previous.day < TrainIdentifiers.reuseAfterDays
      ? previous.count + 1 : 1
    days[index][slot] = (simDay, count)
    return TrainIdentifiers.text(prefix: prefix, month: month, day: day, count: count)
  }

  private mutating func prefixIndex(_ prefix: String) -> Int {
    if let index = prefixes[prefix] { return index }
    let index = days.count
    prefixes[prefix] = index
    days.append(Array(repeating: (0, 0), count: TrainIdentifiers.slotsPerPrefix))
    return index
  }

  /// `prefix-MMDD`, then `-count` from the second train of a day, written in place (an id of
  /// up to 15 bytes is stored inline in the `String`: no allocation at all).
  static func text(prefix: String, month: Int, day: Int, count: Int) -> String {
    let head = prefix.utf8
    let countDigits = count > 1 ? digits(count) : 0
    let length =
      head.count + 1 + twoDigitWidth(month) + twoDigitWidth(day)
      + (countDigits > 0 ? 1 + countDigits : 0)
    return String(unsafeUninitializedCapacity: length) { buffer in
      var i = 0
      for byte in head {
        buffer[i] = byte
        i += 1
      }
      buffer[i] = UInt8(ascii: "-")
      i += 1
      i = write(month, width: twoDigitWidth(month), into: buffer, at: i)
      i = write(day, width: twoDigitWidth(day), into: buffer, at: i)
      if countDigits > 0 {
        buffer[i] = UInt8(ascii: "-")
        i = write(count, width: countDigits, into: buffer, at: i + 1)
      }
      return i
    }
  }

  /// Decimal digits of `n` ≥ 0.
  private static func digits(_ n: Int) -> Int {
    var width = 1
    var rest = n / 10
    while rest > 0 {
      width += 1
      rest /= 10
    }
    return width
  }

  /// A month or day is written with at least two digits.
  private static func twoDigitWidth(_ n: Int) -> Int { max(2, digits(n)) }

  /// Writes `n` ≥ 0 as `width` decimal digits (zero-padded) at `start`; returns the end.
  private static func write(
    _ n: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) -> Int {
    var rest = max(0, n)
    for k in stride(from: start + width - 1, through: start, by: -1) {
      buffer[k] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    return start + width
  }
}
