import CorridorSim
import Dashboard
import Foundation
import TermRender

/// Times composing whole dashboard frames from one snapshot: the table sync and
/// `DashboardFrame.render` (the exact code of the live screen and `railtop snapshot`), then the
/// cell diff against the previous frame, as the live loop does each tick (two buffers taking
/// turns, each frame drawn over the one before last).
///
/// The snapshot comes from the stress scenario after `warmupDays`, so the trains table,
/// route line and charts hold hundreds of trains.
func runRenderBench(width: Int, height: Int, frames: Int, stressTrains: Int, warmupDays: Int) {
  let simulation = Simulation(scenario: .stress(trainsPerYear: stressTrains), seed: 1)
  simulation.keepsEventsForDrain = false
  simulation.run(until: .days(Int64(warmupDays)))
  let snapshot = simulation.snapshot()
  var state = AppState()
  state.sync(with: snapshot, width: width, height: height)

  var timer = FrameTimer(width: width, height: height)
  for frame in 0..<frames {
    // Move the selection each frame so the table and progress bars really change; the
    // per-frame table sync (sort + filter of every train) is timed as part of the frame.
    reduce(&state, .move(frame % 2 == 0 ? 1 : -1))
    timer.compose(snapshot: snapshot, state: &state)
  }
  print(
    "render \(width)x\(height): frames=\(frames) trains=\(snapshot.trains.count)"
      + timer.summary)
}

/// Times composing frames as the live screen does: the default scenario advances
/// `stepSeconds` of sim time between frames (×3600 at 10 fps is 360 s), a fresh snapshot each
/// frame, the selection left alone. Unlike `runRenderBench`, most of each frame is what the
/// frame before showed, which is what the live screen's memos are for. The snapshot is taken
/// outside the timed part (it is the engine's cost, measured by `sim`).
func runLiveRenderBench(width: Int, height: Int, frames: Int, warmupDays: Int, stepSeconds: Int) {
  let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
  simulation.keepsEventsForDrain = false
  simulation.run(until: .days(Int64(warmupDays)))
  var state = AppState()
  var timer = FrameTimer(width: width, height: height)
  var trains = 0
  for _ in 0..<frames {
    simulation.run(until: simulation.now + Int64(stepSeconds))
    let snapshot = simulation.snapshot()
    trains = max(trains, snapshot.trains.count)
    timer.compose(snapshot: snapshot, state: &state)
  }
  print(
    "render --live \(width)x\(height): frames=\(frames) step=\(stepSeconds)s"
      + " max_trains=\(trains)" + timer.summary)
}

/// Composes frames the way the live loop does — sync, `DashboardFrame.render` into the buffer
/// of the frame before last, diff against the last frame — and keeps the time of each part.
struct FrameTimer {
  let width: Int
  let height: Int
  private var renderNanos: [UInt64] = []
  private var diffNanos: [UInt64] = []
  private var previous: Buffer? = nil
  private var spare: Buffer
  private var changed = 0

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    spare = Buffer(width: width, height: height)
  }

  /// Syncs `state` with `snapshot`, draws and diffs one frame, timing sync + render and diff.
  mutating func compose(snapshot: SimSnapshot, state: inout AppState) {
    let start = DispatchTime.now().uptimeNanoseconds
    state.sync(with: snapshot, width: width, height: height)
    var buffer = spare
    spare = Buffer(width: 0, height: 0)  // `buffer` alone holds the storage: no copy on write
    DashboardFrame.render(into: &buffer, snapshot: snapshot, state: state)
    let rendered = DispatchTime.now().uptimeNanoseconds
    let changes = buffer.changes(from: previous)
    let diffed = DispatchTime.now().uptimeNanoseconds
    changed += changes.count
    spare = previous ?? Buffer(width: width, height: height)
    previous = buffer
    renderNanos.append(rendered - start)
    diffNanos.append(diffed - rendered)
  }

  /// Median and p90 of the render (sync included) and diff times, and the mean changed cells.
  var summary: String {
    func ms(_ values: [UInt64], _ q: Double) -> String {
      let sorted = values.sorted()
      guard !sorted.isEmpty else { return "-" }
      let index = min(sorted.count - 1, Int(Double(sorted.count) * q))
      return String(format: "%.3f", Double(sorted[index]) / 1e6)
    }
    let total = zip(renderNanos, diffNanos).map { $0 + $1 }
    return " median_render=\(ms(renderNanos, 0.5)) ms p90_render=\(ms(renderNanos, 0.9)) ms"
      + " median_diff=\(ms(diffNanos, 0.5)) ms p90_diff=\(ms(diffNanos, 0.9)) ms"
      + " median_frame=\(ms(total, 0.5)) ms"
      + " mean_changed_cells=\(changed / max(1, renderNanos.count))"
  }
}
