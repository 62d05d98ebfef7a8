import CorridorSim

/// CPU time of a run in chunks of equal event counts, for a cost per event that does not
/// depend on how long a run is (`stress --chunk-events N`, read by `scripts/bench-ratio.py`).
///
/// Why: on a shared machine another tenant's burst only ever adds time, and a long run is
/// more likely to be hit than a short one. Taking the fastest of whole runs therefore flatters
/// the 50 ms 20,000-train run against the 0.5 s 200,000-train one. Timed in chunks of the same
/// number of events at both sizes, each chunk is a sample of the same length, and the
/// fastest repeat of each chunk (a seeded run does the same work in every repeat) is as likely
/// to be clean at either size.
///
/// The run is the one `runYear` does: one-day slices, the log streamed in batches. A chunk
/// ends inside a slice when its events are done (the run stops there and the next call
/// carries on exactly, so the events are the same); the last chunk is the remainder.
func chunkCPUSeconds(_ scenario: Scenario, seed: UInt64, days: Int, chunkEvents: Int)
  -> (events: Int, chunks: [Double])
{
  let simulation = Simulation(scenario: scenario, seed: seed)
  var chunks: [Double] = []
  chunks.reserveCapacity(4_096)
  var left = chunkEvents
  var chunkStart = processCPUSeconds()
  for day in 1...days {
    while true {
      let report = simulation.run(until: .days(Int64(day)), maxEvents: left) { _ in }
      left -= report.eventsProcessed
      if left == 0 {
        let now = processCPUSeconds()
        chunks.append(now - chunkStart)
        chunkStart = now
        left = chunkEvents
      }
      if report.reachedTarget { break }
    }
  }
  if left < chunkEvents { chunks.append(processCPUSeconds() - chunkStart) }
  return (simulation.eventsProcessed, chunks)
}

/// Prints a chunked run: its events, the chunk size and each chunk's CPU seconds.
func reportChunks(_ scenario: Scenario, days: Int, chunkEvents: Int) {
  let run = chunkCPUSeconds(scenario, seed: 1, days: days, chunkEvents: chunkEvents)
  let times = run.chunks.map { String(format: "%.6f", $0) }.joined(separator: ",")
  print("events=\(run.events) chunk_events=\(chunkEvents) chunk_cpu=\(times)")
}
