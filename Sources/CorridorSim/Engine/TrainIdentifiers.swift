/// Hands out readable, unique train ids: service prefix + MMDD of departure
/// (`X8044-0302`), with `-2`, `-3` … when a prefix has several trains on one day.
///
/// Only the last year's ids are remembered: an id can repeat after a year, when the earlier
/// train is long gone, so memory stays bounded by run rate, not run length.
struct TrainIdentifiers {
  private var issued: [String: (day: Int64, count: Int)] = [:]
  private var lastPruneDay: Int64?

  mutating func next(prefix: String, month: Int, day: Int, simDay: Int64) -> String {
    let base = "\(prefix)-\(twoDigits(month))\(twoDigits(day))"
    prune(simDay: simDay)
    if let previous = issued[base], simDay - previous.day < 300 {
      let count = previous.count + 1
      issued[base] = (simDay, count)
      return "\(base)-\(count)"
    }
    issued[base] = (simDay, 1)
    return base
  }

  private mutating func prune(simDay: Int64) {
    if let last = lastPruneDay, simDay - last < 30 { return }
    lastPruneDay = simDay
    issued = issued.filter { simDay - $0.value.day < 300 }
  }

  private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
