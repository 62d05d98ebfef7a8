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

  var renderNanos: [UInt64] = []
  var diffNanos: [UInt64] = []
  var previous: Buffer? = nil
  var spare = Buffer(width: width, height: height)
  var changed = 0
  for frame in 0..<frames {
    // Move the selection each frame so the table and progress bars really change; the
    // per-frame table sync (sort + filter of every train) is timed as part of the frame.
    reduce(&state, .move(frame % 2 == 0 ? 1 : -1))
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
  func ms(_ values: [UInt64], _ q: Double) -> String {
    let sorted = values.sorted()
    let index = min(sorted.count - 1, Int(Double(sorted.count) * q))
    return String(format: "%.3f", Double(sorted[index]) / 1e6)
  }
  print(
    "render \(width)x\(height): frames=\(frames) trains=\(snapshot.trains.count)"
      + " median_render=\(ms(renderNanos, 0.5)) ms p90_render=\(ms(renderNanos, 0.9)) ms"
      + " median_diff=\(ms(diffNanos, 0.5)) ms p90_diff=\(ms(diffNanos, 0.9)) ms"
      + " mean_changed_cells=\(changed / max(1, frames))")
}
