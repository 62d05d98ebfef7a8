import CorridorSim
import Dashboard
import Foundation
import TermRender

/// Times composing whole dashboard frames from one snapshot with the pure
/// `DashboardFrame.render` (the code of `railtop snapshot` and the goldens: inputs, models,
/// draws, no cache), then the cell diff against the previous frame.
///
/// The snapshot comes from `renderSnapshot`, so the trains table, route line and charts hold
/// hundreds (or, with `--trains-in-snapshot`, tens of thousands) of trains; the selection moves
/// every frame; the table is sorted by `sort`.
///
/// `kept` (`--kept`) composes the same frames as the live screen does instead, with a
/// `LiveRenderer`: panes whose model did not change keep their cells, and the map's base
/// (land, borders, labels) is not rasterised again; the render time then includes the diff.
func runRenderBench(
  width: Int, height: Int, frames: Int, snapshot: SimSnapshot, sort: TableSort, map: Bool,
  kept: Bool
) {
  if kept {
    return runKeptRenderBench(
      width: width, height: height, frames: frames, snapshot: snapshot, sort: sort, map: map)
  }
  var state = AppState(screen: ScreenSize(width: width, height: height))
  state.sort = sort
  if map { showMap(&state) }
  let lists = FrameInputs(
    snapshot: snapshot, state: state, glyphs: .unicode, width: width, height: height
  ).lists
  var renderNanos: [UInt64] = []
  var diffNanos: [UInt64] = []
  var previous: Buffer?
  var changed = 0
  for frame in 0..<frames {
    reduce(&state, .move(frame % 2 == 0 ? 1 : -1), lists: lists)
    let start = DispatchTime.now().uptimeNanoseconds
    let buffer = DashboardFrame.render(
      snapshot: snapshot, state: state, width: width, height: height)
    let rendered = DispatchTime.now().uptimeNanoseconds
    changed += buffer.changes(from: previous).count
    let diffed = DispatchTime.now().uptimeNanoseconds
    previous = buffer
    renderNanos.append(rendered - start)
    diffNanos.append(diffed - rendered)
  }
  print(
    "render \(width)x\(height)\(map ? " map" : ""): frames=\(frames)"
      + " trains=\(snapshot.trains.count) sort=\(sort)"
      + " median_render=\(milliseconds(renderNanos, 0.5)) ms"
      + " p90_render=\(milliseconds(renderNanos, 0.9)) ms"
      + " median_diff=\(milliseconds(diffNanos, 0.5)) ms"
      + " mean_changed_cells=\(changed / max(1, frames))")
}

/// `runRenderBench` with `kept`: the frames through one `LiveRenderer`.
private func runKeptRenderBench(
  width: Int, height: Int, frames: Int, snapshot: SimSnapshot, sort: TableSort, map: Bool
) {
  var state = AppState(screen: ScreenSize(width: width, height: height))
  state.sort = sort
  if map { showMap(&state) }
  let renderer = LiveRenderer()
  renderer.render(snapshot: snapshot, state: state, glyphs: .unicode, width: width, height: height)
  var renderNanos: [UInt64] = []
  var changed = 0
  for frame in 0..<frames {
    reduce(&state, .move(frame % 2 == 0 ? 1 : -1), lists: renderer.lists)
    let start = DispatchTime.now().uptimeNanoseconds
    changed += renderer.render(
      snapshot: snapshot, state: state, glyphs: .unicode, width: width, height: height
    ).count
    renderNanos.append(DispatchTime.now().uptimeNanoseconds - start)
  }
  print(
    "render kept \(width)x\(height)\(map ? " map" : ""): frames=\(frames)"
      + " trains=\(snapshot.trains.count) sort=\(sort)"
      + " median_render=\(milliseconds(renderNanos, 0.5)) ms"
      + " p90_render=\(milliseconds(renderNanos, 0.9)) ms"
      + " mean_changed_cells=\(changed / max(1, frames))")
}

/// The snapshot `render` draws: the stress scenario at `stressTrains` a year after
/// `warmupDays`, or, when `trainsInSnapshot` is given, run on a day at a time until it holds
/// that many trains and then thinned to exactly that many.
///
/// Thinning keeps every k-th train, so the snapshot stays in id order (as the engine's always
/// is) and keeps the mix of lanes and directions. Exits 2 when a year does not get there.
func renderSnapshot(stressTrains: Int, warmupDays: Int, trainsInSnapshot: Int?) -> SimSnapshot {
  let simulation = Simulation(scenario: .stress(trainsPerYear: stressTrains), seed: 1)
  simulation.keepsEventsForDrain = false
  guard let wanted = trainsInSnapshot else {
    simulation.run(until: .days(Int64(warmupDays)))
    return simulation.snapshot()
  }
  var snapshot = simulation.snapshot()
  var day: Int64 = 0
  while snapshot.trains.count < wanted {
    guard day < 365 else {
      FileHandle.standardError.write(
        Data("railtop-bench: \(snapshot.trains.count) trains after a year, not \(wanted)\n".utf8))
      exit(2)
    }
    day += 1
    simulation.run(until: .days(day))
    snapshot = simulation.snapshot()
  }
  let all = snapshot.trains
  snapshot.trains = (0..<wanted).map { all[$0 * all.count / wanted] }
  return snapshot
}

/// Times frames as the live screen composes them: the default scenario advances
/// `stepSeconds` of sim time between frames (×3600 at 10 fps is 360 s), a fresh snapshot each
/// frame (timed on its own: the engine's part of a live frame), drawn by
/// a `LiveRenderer` (frame cache, screen copy, changed cells) and, side by side in the same
/// loop, by the pure `DashboardFrame.render` with a whole-screen diff.
func runLiveRenderBench(
  width: Int, height: Int, frames: Int, warmupDays: Int, stepSeconds: Int, map: Bool
) {
  let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
  simulation.keepsEventsForDrain = false
  simulation.run(until: .days(Int64(warmupDays)))
  var state = AppState(screen: ScreenSize(width: width, height: height))
  if map { showMap(&state) }
  let renderer = LiveRenderer()
  var snapshotNanos: [UInt64] = []
  var liveNanos: [UInt64] = []
  var pureNanos: [UInt64] = []
  var previous: Buffer?
  var trains = 0
  var changed = 0
  for _ in 0..<frames {
    simulation.run(until: simulation.now + Int64(stepSeconds))
    let taken = DispatchTime.now().uptimeNanoseconds
    let snapshot = simulation.snapshot()
    trains = max(trains, snapshot.trains.count)
    let start = DispatchTime.now().uptimeNanoseconds
    snapshotNanos.append(start - taken)
    changed += renderer.render(
      snapshot: snapshot, state: state, glyphs: .unicode, width: width, height: height
    ).count
    let live = DispatchTime.now().uptimeNanoseconds
    let buffer = DashboardFrame.render(
      snapshot: snapshot, state: state, width: width, height: height)
    _ = buffer.changes(from: previous)
    let pure = DispatchTime.now().uptimeNanoseconds
    previous = buffer
    liveNanos.append(live - start)
    pureNanos.append(pure - live)
  }
  print(
    "render --live \(width)x\(height)\(map ? " map" : ""): frames=\(frames) step=\(stepSeconds)s"
      + " max_trains=\(trains) median_snapshot=\(milliseconds(snapshotNanos, 0.5)) ms"
      + " median_live_frame=\(milliseconds(liveNanos, 0.5)) ms"
      + " p90_live_frame=\(milliseconds(liveNanos, 0.9)) ms"
      + " median_pure_frame=\(milliseconds(pureNanos, 0.5)) ms"
      + " mean_changed_cells=\(changed / max(1, frames))")
}

/// Shows the whole-corridor map view (`M`), as `railtop snapshot --view map` does: the live
/// renderer keeps its base raster (land, coasts, borders, route, labels) between frames, the
/// pure render draws it afresh every frame.
func showMap(_ state: inout AppState) {
  reduce(&state, .showMapRegion(.corridor))
  reduce(&state, .clearMessage)
}

/// The `q` quantile of `values` in milliseconds, three decimals.
func milliseconds(_ values: [UInt64], _ q: Double) -> String {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return "-" }
  let index = min(sorted.count - 1, Int(Double(sorted.count) * q))
  return String(format: "%.3f", Double(sorted[index]) / 1e6)
}
