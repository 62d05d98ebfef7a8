// railtop-bench: release-build benchmarks (not tests). Wall time is measured here only.
//
//   swift build -c release --product railtop-bench
//   .build/release/railtop-bench sim [--repeat N]      365 days of the default scenario
//   .build/release/railtop-bench stress [--repeat N]   the 2024-scale stress year
//
// Each prints the median wall time over N runs, events/s, trains, TEU and peak RSS (VmHWM).
// Other benchmarks (e.g. `render`) add a case to `BenchCommand` and a function.
import CorridorSim
import Foundation

/// The benchmarks this executable knows.
enum BenchCommand: String, CaseIterable {
  case sim, stress
}

/// What one simulated year produced.
struct YearResult {
  var seconds: Double
  /// CPU time of the process during the run: steadier than wall time on a shared machine.
  var cpuSeconds: Double
  var logged: Int
  var events: Int
  var trainsArrived: Int
  var teuDelivered: Int
  var peakTrainsLive: Int
  var peakInTransit: Int
}

/// Runs `scenario` for 365 days in one-day slices, draining the event log and taking one
/// snapshot per day as the dashboard would (far fewer than per frame).
func runYear(_ scenario: Scenario, seed: UInt64) -> YearResult {
  let start = DispatchTime.now().uptimeNanoseconds
  let cpuStart = processCPUSeconds()
  let simulation = Simulation(scenario: scenario, seed: seed)
  var peakLive = 0
  var peakTransit = 0
  var drained = 0
  for day in 1...365 {
    simulation.run(until: .days(Int64(day)))
    drained += simulation.drainEvents().count
    let snapshot = simulation.snapshot()
    peakLive = max(peakLive, snapshot.trains.count)
    peakTransit = max(peakTransit, snapshot.kpis.trainsInTransit)
  }
  let kpis = simulation.snapshot().kpis
  let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  return YearResult(
    seconds: elapsed, cpuSeconds: processCPUSeconds() - cpuStart, logged: drained, events: simulation.eventsProcessed, trainsArrived: kpis.trainsArrivedTotal,
    teuDelivered: kpis.teuDeliveredTotal, peakTrainsLive: peakLive, peakInTransit: peakTransit)
}

/// CPU seconds used by this process so far (CLOCK_PROCESS_CPUTIME_ID).
func processCPUSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Peak resident set size in MiB, from /proc/self/status (VmHWM); nil where unavailable.
func peakRSSMiB() -> Double? {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return nil
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kib = line.split(separator: " ").compactMap { Double($0) }.first
    return kib.map { $0 / 1_024 }
  }
  return nil
}

func report(_ name: String, _ results: [YearResult]) {
  let sorted = results.sorted { $0.seconds < $1.seconds }
  let median = sorted[sorted.count / 2]
  let cpu = results.map(\.cpuSeconds).sorted()[results.count / 2]
  let rss = peakRSSMiB().map { String(format: "%.1f MiB", $0) } ?? "n/a"
  print("\(name): runs=\(results.count) median_wall=\(String(format: "%.3f", median.seconds)) s"
    + " median_cpu=\(String(format: "%.3f", cpu)) s"
    + " events=\(median.events) events/s=\(String(format: "%.0f", Double(median.events) / median.seconds))"
    + " logged=\(median.logged)"
    + " trains_arrived=\(median.trainsArrived) teu_delivered=\(median.teuDelivered)"
    + " peak_in_transit=\(median.peakInTransit) peak_live=\(median.peakTrainsLive) peak_rss=\(rss)")
}

let arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 5
if let flag = arguments.firstIndex(of: "--repeat") {
  guard flag + 1 < arguments.count, let n = Int(arguments[flag + 1]), n > 0 else {
    FileHandle.standardError.write(Data("railtop-bench: --repeat needs a positive integer\n".utf8))
    exit(2)
  }
  repeats = n
}
guard let commandName = arguments.first, let command = BenchCommand(rawValue: commandName) else {
  let names = BenchCommand.allCases.map(\.rawValue).joined(separator: "|")
  FileHandle.standardError.write(Data("usage: railtop-bench \(names) [--repeat N]\n".utf8))
  exit(2)
}
switch command {
case .sim:
  report("sim (default scenario, 365 days)", (0..<repeats).map { _ in runYear(.zhengzhouLiege, seed: 1) })
case .stress:
  report("stress (2024 network scale, 365 days)", (0..<repeats).map { _ in runYear(.stress(), seed: 1) })
}
