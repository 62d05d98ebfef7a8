import Foundation

/// The machine's memory latency at the moment: nanoseconds per load of a pointer chase over a
/// buffer of `mebibytes` (`railtop-bench latency --mib N`, read by `scripts/bench-ratio.py`).
///
/// Why: at 200,000 trains a year the engine's hot trains no longer fit in the 1 MiB L2 and
/// are read from the 32 MiB L3, which this machine shares with other tenants, while the
/// 20,000-train run stays in the L2. A chase over 6 MiB (about that hot set), taken beside
/// the ratio, says how slow the L3 was when the ratio was measured (PERFORMANCE.md, stop 28).
///
/// The buffer holds one cycle through all its cache lines in random order (Sattolo's
/// shuffle), one index a line, so every load depends on the one before and the hardware
/// prefetchers cannot guess the next line. The first pass may still find lines that writing
/// the cycle left in the cache; take the median of several.
func chaseNanoseconds(mebibytes: Int, passes: Int) -> [Double] {
  let lineWords = 64 / MemoryLayout<Int>.stride
  let lines = max(2, mebibytes * 1_048_576 / 64)
  var order = Array(0..<lines)
  var generator = SystemRandomNumberGenerator()
  for i in stride(from: lines - 1, to: 0, by: -1) {
    order.swapAt(i, Int.random(in: 0..<i, using: &generator))
  }
  // Line `order[i]` points at line `order[i + 1]`: one cycle of all lines.
  var next = [Int](repeating: 0, count: lines * lineWords)
  for i in 0..<lines { next[order[i] * lineWords] = order[(i + 1) % lines] * lineWords }
  var at = 0
  var times: [Double] = []
  for _ in 0..<passes {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<lines { at = next[at] }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(lines))
  }
  // Keeps the chase from being optimised away.
  if at < 0 { print(at) }
  return times
}

/// Prints the chase's passes and their median, in ns a load.
func reportLatency(mebibytes: Int, passes: Int) {
  let times = chaseNanoseconds(mebibytes: mebibytes, passes: passes)
  let median = times.sorted()[times.count / 2]
  let all = times.map { String(format: "%.1f", $0) }.joined(separator: ",")
  print("latency: mib=\(mebibytes) median_ns=\(String(format: "%.1f", median)) passes_ns=\(all)")
}
