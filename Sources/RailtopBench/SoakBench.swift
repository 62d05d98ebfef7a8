import CorridorSim
import CursesBackend
import Dashboard
import Foundation
import TermRender

/// What `railtop-bench soak` runs: the kiosk for `days` simulated days after the live
/// default warm-up, sampled every `everyDays`; RSS after `settleDays` is the baseline.
struct SoakOptions {
  var days: Int
  var settleDays: Int
  var everyDays: Int
  var width: Int
  var height: Int
  /// Frames per wall second and sim seconds per wall second, as `--fps` and `--speed`: each
  /// frame advances the fake wall clock 1/fps s and the simulation speed/fps sim seconds.
  var fps: Int
  var speed: Int
  var language: Language
  /// The most RSS may grow after the settle point, in percent.
  var boundPercent: Double
}

/// One sample of the soak: where it was and what the process used since the last one.
struct SoakSample {
  var simDay: Int
  var frames: Int
  var rssMiB: Double
  var cpuMillisecondsPerFrame: Double
  var wallMillisecondsPerFrame: Double
  var bytesPerFrame: Double
}

/// Runs the kiosk's frame loop as `LiveApp.tick` does, at full speed: the wall clock is a
/// counter moved 1/fps s a frame, so the views rotate every `--interval` and the burn-in
/// shift moves every `--shift-every` of that clock; `.clock` goes through `reduce`, the
/// simulation advances speed/fps sim seconds (with the live loop's event budget), a
/// `LiveRenderer` composes the frame, the ANSI `FrameEncoder` turns its changes into bytes,
/// and the journey's train is fed back (`.kioskFollow`). Prints the samples as a table and
/// returns whether RSS after the settle point stayed within the bound.
func runSoak(_ options: SoakOptions) -> Bool {
  let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
  simulation.keepsEventsForDrain = false
  let warmupDays = 45  // the live default (`LiveConfig.defaultWarmupDays`)
  simulation.run(until: .days(Int64(warmupDays)))
  var state = AppState(
    speed: options.speed, screen: ScreenSize(width: options.width, height: options.height),
    kiosk: KioskSettings(translations: KioskLanguage.translations(for: options.language)))
  reduce(&state, .resize(ScreenSize(width: options.width, height: options.height)))
  let renderer = LiveRenderer()
  var encoder = FrameEncoder(
    depth: .xterm256, isUTF8: true, attributes: [.bold, .dim, .italic, .underline, .reverse],
    skipsBottomRight: false, clearScreen: Array("\u{1B}[H\u{1B}[2J".utf8))
  var bytes: [UInt8] = []
  let frameNanos = UInt64(1_000_000_000 / options.fps)
  let step = SimDuration(max(1, options.speed / options.fps))
  let framesPerDay = max(1, 86_400 / Int(step))
  let framesPerSample = framesPerDay * options.everyDays
  let totalFrames = framesPerDay * options.days
  var wall: UInt64 = 1_000_000_000
  var samples: [SoakSample] = []
  var sampleFrames = 0
  var sampleBytes = 0
  var cpuMark = processCPUSeconds()
  var wallMark = DispatchTime.now().uptimeNanoseconds
  print(
    "soak: kiosk \(options.width)x\(options.height) --lang \(options.language.rawValue),"
      + " \(options.fps) fps at x\(options.speed) (\(step) sim s a frame), \(options.days) sim"
      + " days after a \(warmupDays)-day warm-up, \(totalFrames) frames, a sample every"
      + " \(options.everyDays) days; RSS after day \(options.settleDays) may grow"
      + " \(String(format: "%.0f", options.boundPercent)) %")
  print("| sim day | frames | RSS MiB | CPU ms/frame | wall ms/frame | bytes/frame |")
  print("|---:|---:|---:|---:|---:|---:|")
  for frame in 1...totalFrames {
    wall += frameNanos
    reduce(&state, .clock(wall))
    simulation.run(until: simulation.now + step, maxEvents: 50_000)
    let changes = renderer.render(
      snapshot: simulation.snapshot(), state: state, glyphs: .unicode, width: options.width,
      height: options.height)
    bytes.removeAll(keepingCapacity: true)
    encoder.encode(
      changes, width: options.width, height: options.height, clearFirst: false,
      frame: renderer.screen, into: &bytes)
    sampleBytes += bytes.count
    if let followed = renderer.followed {
      reduce(&state, .kioskFollow(trainID: followed.trainID, arrived: followed.arrived))
    }
    sampleFrames += 1
    guard frame % framesPerSample == 0 || frame == totalFrames else { continue }
    let cpu = processCPUSeconds()
    let now = DispatchTime.now().uptimeNanoseconds
    let sample = SoakSample(
      simDay: frame / framesPerDay, frames: frame, rssMiB: residentMiB() ?? 0,
      cpuMillisecondsPerFrame: (cpu - cpuMark) * 1e3 / Double(sampleFrames),
      wallMillisecondsPerFrame: Double(now - wallMark) / 1e6 / Double(sampleFrames),
      bytesPerFrame: Double(sampleBytes) / Double(sampleFrames))
    samples.append(sample)
    print(
      "| \(sample.simDay) | \(sample.frames) | \(String(format: "%.2f", sample.rssMiB))"
        + " | \(String(format: "%.3f", sample.cpuMillisecondsPerFrame))"
        + " | \(String(format: "%.3f", sample.wallMillisecondsPerFrame))"
        + " | \(String(format: "%.0f", sample.bytesPerFrame)) |")
    cpuMark = cpu
    wallMark = now
    sampleFrames = 0
    sampleBytes = 0
  }
  return checkBound(samples, options)
}

/// Prints and checks the growth of RSS from the first sample at or after the settle day to
/// the largest after it.
func checkBound(_ samples: [SoakSample], _ options: SoakOptions) -> Bool {
  guard let baseline = samples.first(where: { $0.simDay >= options.settleDays }),
    let peak = samples.filter({ $0.simDay >= baseline.simDay }).map(\.rssMiB).max(),
    baseline.rssMiB > 0
  else {
    print("soak: no sample after the settle day \(options.settleDays); nothing checked")
    return false
  }
  let growth = (peak - baseline.rssMiB) / baseline.rssMiB * 100
  let held = growth < options.boundPercent
  let first = samples.first?.cpuMillisecondsPerFrame ?? 0
  let last = samples.last?.cpuMillisecondsPerFrame ?? 0
  print(
    "soak: rss_day\(baseline.simDay)=\(String(format: "%.2f", baseline.rssMiB)) MiB"
      + " peak_after=\(String(format: "%.2f", peak)) MiB"
      + " growth=\(String(format: "%+.2f", growth)) %"
      + " (bound \(String(format: "%.0f", options.boundPercent)) %)"
      + " cpu_ms_per_frame first=\(String(format: "%.3f", first))"
      + " last=\(String(format: "%.3f", last))"
      + " peak_rss=\(peakRSSMiB().map { String(format: "%.1f MiB", $0) } ?? "n/a")"
      + (held ? " ok" : " FAILED"))
  return held
}
