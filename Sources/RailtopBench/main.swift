// railtop-bench: release-build benchmarks (not tests). Wall time is measured here only.
//
//   swift build -c release --product railtop-bench
//   .build/release/railtop-bench sim [--repeat N]      365 days of the default scenario
//   .build/release/railtop-bench stress [--repeat N]   the 2024-scale stress year
//   .build/release/railtop-bench render [--frames N]   compose 200x60 frames, 500+ trains
//   .build/release/railtop-bench render --live         compose 160x45 frames of the default
//                                                      scenario, advanced 360 s per frame
//   .build/release/railtop-bench render --trains-in-snapshot 20000
//                                                      the same from a snapshot of 20,000 trains
//   .build/release/railtop-bench render --trains-in-snapshot 20000 --kept
//                                                      the same frames as the live screen
//                                                      draws them (LiveRenderer: unchanged
//                                                      panes and the map's base kept)
//   .build/release/railtop-bench render --map [--live]
//                                                      the same with the map view (`M`) shown:
//                                                      pure, its base rasterised every frame;
//                                                      live, its base kept, trains moving
//   .build/release/railtop-bench digest [--scenario FILE | --stress] [--seed S]
//                                                      hashes of a run's events and snapshots
//   .build/release/railtop-bench soak [--days 180] [--settle 30] [--every 10] [--size 200x60]
//                                     [--fps 10] [--speed 3600] [--lang en] [--bound 5]
//                                                      the kiosk's frames at full speed for
//                                                      simulated months: RSS and CPU sampled,
//                                                      exit 1 when RSS after --settle days
//                                                      grows by --bound % or more
//   .build/release/railtop-bench stress --chunk-events N
//                                                      one run, its CPU time per N events
//                                                      (scripts/bench-ratio.py reads it)
//   .build/release/railtop-bench latency [--mib 8] [--passes 5]
//                                                      ns a load of a random pointer chase over
//                                                      that many MiB: the L3's speed right now
//   options: --days D (default 365), --trains T (stress trains per year, default 19,392; with
//            --trains-in-snapshot N, N × 365 / 16: a train stays about 16 days in the snapshot)
//            --no-snapshot (sim, stress): skip timing the final snapshot, so a profile of the
//            run (callgrind) counts the event loop alone
//
// Each prints the median wall time over N runs, events/s, trains, TEU and peak RSS (VmHWM).
// `digest` runs in 6-hour slices (--slice SECONDS) with a snapshot after each and prints
// hashes of the event log, of all snapshots and of the final one: equal hashes from two builds
// mean the same behaviour.
// `render` prints the median and p90 time to compose one frame and to diff it. `render` takes
// --size COLSxROWS and --warmup DAYS, and --sort KEY (the table's key: id, progress, eta, delay,
// teu, status; default id); `--live` also --step SECONDS (sim time per frame).
import CorridorSim
import Dashboard
import Foundation

/// The benchmarks this executable knows.
enum BenchCommand: String, CaseIterable {
  case sim, stress, render, digest, soak, latency
}

/// What one simulated year produced.
struct YearResult {
  var seconds: Double
  /// CPU time of the process during the run: steadier than wall time on a shared machine.
  var cpuSeconds: Double
  var logged: Int
  var events: Int
  /// From the final snapshot's KPIs: nil with `--no-snapshot`, which takes none.
  var trainsArrived: Int?
  var teuDelivered: Int?
  var snapshotMicros: Double
  var trainsInSnapshot: Int
  var peakInTransit: Int
}

/// Runs `scenario` for 365 days in one-day slices, streaming the event log as `--events`
/// does (in batches, `Simulation.run(until:streamingEvery:to:)`), then times snapshots of
/// the final state (the dashboard takes one a frame) unless `timesSnapshot` is false. Peak
/// trains are sampled from a cheap count each day, not from snapshots, so the year's wall
/// time is the engine's own.
func runYear(_ scenario: Scenario, seed: UInt64, days: Int, timesSnapshot: Bool = true)
  -> YearResult
{
  let start = DispatchTime.now().uptimeNanoseconds
  let cpuStart = processCPUSeconds()
  let simulation = Simulation(scenario: scenario, seed: seed)
  var peakTransit = 0
  var drained = 0
  for day in 1...days {
    simulation.run(until: .days(Int64(day))) { drained += $0.count }
    peakTransit = max(peakTransit, simulation.trainsInTransit)
  }
  let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let cpu = processCPUSeconds() - cpuStart
  var snapshotMicros = 0.0
  var kpis: KPISnapshot?
  var trainsInSnapshot = 0
  if timesSnapshot {
    let snapshotStart = DispatchTime.now().uptimeNanoseconds
    var snapshot = simulation.snapshot()
    for _ in 1..<50 { snapshot = simulation.snapshot() }
    snapshotMicros = Double(DispatchTime.now().uptimeNanoseconds - snapshotStart) / 50 / 1e3
    kpis = snapshot.kpis
    trainsInSnapshot = snapshot.trains.count
  }
  return YearResult(
    seconds: elapsed, cpuSeconds: cpu, logged: drained, events: simulation.eventsProcessed,
    trainsArrived: kpis?.trainsArrivedTotal, teuDelivered: kpis?.teuDeliveredTotal,
    snapshotMicros: snapshotMicros, trainsInSnapshot: trainsInSnapshot,
    peakInTransit: peakTransit)
}

/// CPU seconds used by this process so far (CLOCK_PROCESS_CPUTIME_ID).
func processCPUSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Peak resident set size in MiB, from /proc/self/status (VmHWM); nil where unavailable.
func peakRSSMiB() -> Double? { statusMiB("VmHWM:") }

/// Resident set size now in MiB (VmRSS); nil where unavailable.
func residentMiB() -> Double? { statusMiB("VmRSS:") }

/// A kB figure of /proc/self/status (`key` with its colon) in MiB.
func statusMiB(_ key: String) -> Double? {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return nil
  }
  for line in status.split(separator: "\n") where line.hasPrefix(key) {
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
  print(
    "\(name): runs=\(results.count) median_wall=\(String(format: "%.4f", median.seconds)) s"
      + " median_cpu=\(String(format: "%.4f", cpu)) s"
      + " events=\(median.events) events/s=\(String(format: "%.0f", Double(median.events) / median.seconds))"
      + " logged=\(median.logged)"
      + " trains_arrived=\(median.trainsArrived.map(String.init) ?? "n/a")"
      + " teu_delivered=\(median.teuDelivered.map(String.init) ?? "n/a")"
      + " peak_in_transit=\(median.peakInTransit)"
      + " snapshot=\(String(format: "%.0f", median.snapshotMicros)) us (\(median.trainsInSnapshot) trains)"
      + " peak_rss=\(rss)")
}

let arguments = Array(CommandLine.arguments.dropFirst())

/// The positive integer after `flag`, `fallback` when absent; exits 2 on a bad value.
func positiveOption(_ flag: String, default fallback: Int) -> Int {
  guard let index = arguments.firstIndex(of: flag) else { return fallback }
  guard index + 1 < arguments.count, let n = Int(arguments[index + 1]), n > 0 else {
    FileHandle.standardError.write(Data("railtop-bench: \(flag) needs a positive integer\n".utf8))
    exit(2)
  }
  return n
}
/// The text after `flag`, nil when absent.
func textOption(_ flag: String) -> String? {
  arguments.firstIndex(of: flag).flatMap { i in i + 1 < arguments.count ? arguments[i + 1] : nil }
}
let repeats = positiveOption("--repeat", default: 5)
let timesSnapshot = !arguments.contains("--no-snapshot")
let days = positiveOption("--days", default: 365)
/// `--trains-in-snapshot N`: the render bench runs until the snapshot holds N trains.
let trainsInSnapshot =
  arguments.contains("--trains-in-snapshot")
  ? positiveOption("--trains-in-snapshot", default: 1) : nil
let stressTrains = positiveOption(
  "--trains", default: trainsInSnapshot.map { $0 * 365 / 16 } ?? 19_392)
guard let commandName = arguments.first, let command = BenchCommand(rawValue: commandName) else {
  let names = BenchCommand.allCases.map(\.rawValue).joined(separator: "|")
  FileHandle.standardError.write(Data("usage: railtop-bench \(names) [--repeat N]\n".utf8))
  exit(2)
}
switch command {
case .sim:
  report(
    "sim (default scenario, \(days) days)",
    (0..<repeats).map { _ in
      runYear(.zhengzhouLiege, seed: 1, days: days, timesSnapshot: timesSnapshot)
    })
case .stress:
  let scenario = Scenario.stress(trainsPerYear: stressTrains)
  if arguments.contains("--chunk-events") {
    reportChunks(scenario, days: days, chunkEvents: positiveOption("--chunk-events", default: 1))
    exit(0)
  }
  report(
    "stress (\(stressTrains) trains/year, \(days) days)",
    (0..<repeats).map { _ in
      runYear(scenario, seed: 1, days: days, timesSnapshot: timesSnapshot)
    })
case .digest:
  var scenario = Scenario.zhengzhouLiege
  if arguments.contains("--stress") { scenario = .stress(trainsPerYear: stressTrains) }
  if let path = textOption("--scenario") {
    do {
      // The one reader railtop uses for the files it is given (regular files, 8 MiB, UTF-8).
      let yaml: String
      do { yaml = try FileSystem.readTextFile(path) } catch {
        FileHandle.standardError.write(Data("railtop-bench: \(path): \(error.reason)\n".utf8))
        exit(2)
      }
      scenario = try ScenarioLoader.load(yaml: yaml, file: path)
    } catch {
      FileHandle.standardError.write(Data("railtop-bench: \(error)\n".utf8))
      exit(2)
    }
  }
  runDigest(
    scenario, seed: UInt64(positiveOption("--seed", default: 1)), days: days,
    sliceSeconds: Int64(positiveOption("--slice", default: 6 * 3_600)))
case .latency:
  let mebibytes = positiveOption("--mib", default: 8)
  let passes = positiveOption("--passes", default: 5)
  guard mebibytes <= 1_024, passes <= 1_000 else {
    FileHandle.standardError.write(
      Data("railtop-bench: --mib is at most 1024 and --passes at most 1000\n".utf8))
    exit(2)
  }
  reportLatency(mebibytes: mebibytes, passes: passes)
case .soak:
  let size = (textOption("--size") ?? "200x60").split(separator: "x").compactMap { Int($0) }
  let language = Language(rawValue: textOption("--lang") ?? "en")
  let bound = Double(textOption("--bound") ?? "5")
  guard size.count == 2, size[0] >= 80, size[1] >= 24, let language, let bound, bound >= 0
  else {
    FileHandle.standardError.write(
      Data(
        ("railtop-bench: soak needs --size COLSxROWS (at least 80x24), --lang en|zh|fr,"
          + " --bound PERCENT (0 or more)\n").utf8))
    exit(2)
  }
  let held = runSoak(
    SoakOptions(
      days: positiveOption("--days", default: 180),
      settleDays: positiveOption("--settle", default: 30),
      everyDays: positiveOption("--every", default: 10), width: size[0], height: size[1],
      fps: positiveOption("--fps", default: 10), speed: positiveOption("--speed", default: 3_600),
      language: language, boundPercent: bound))
  exit(held ? 0 : 1)
case .render:
  let live = arguments.contains("--live")
  let size = textOption("--size") ?? (live ? "160x45" : "200x60")
  let parts = size.split(separator: "x").compactMap { Int($0) }
  guard parts.count == 2, parts[0] >= 80, parts[1] >= 24 else {
    FileHandle.standardError.write(
      Data("railtop-bench: --size needs COLSxROWS, at least 80x24\n".utf8))
    exit(2)
  }
  if live {
    runLiveRenderBench(
      width: parts[0], height: parts[1], frames: positiveOption("--frames", default: 1_000),
      warmupDays: positiveOption("--warmup", default: 30),
      stepSeconds: positiveOption("--step", default: 360), map: arguments.contains("--map"))
  } else {
    let sortName = textOption("--sort") ?? "id"
    guard let sort = TableSort.allCases.first(where: { "\($0)" == sortName }) else {
      let names = TableSort.allCases.map { "\($0)" }.joined(separator: "|")
      FileHandle.standardError.write(Data("railtop-bench: --sort needs \(names)\n".utf8))
      exit(2)
    }
    let snapshot = renderSnapshot(
      stressTrains: stressTrains, warmupDays: positiveOption("--warmup", default: 60),
      trainsInSnapshot: trainsInSnapshot)
    runRenderBench(
      width: parts[0], height: parts[1], frames: positiveOption("--frames", default: 500),
      snapshot: snapshot, sort: sort, map: arguments.contains("--map"),
      kept: arguments.contains("--kept"))
  }
}
