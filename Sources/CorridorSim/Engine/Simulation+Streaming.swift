extension Simulation {
  /// How many events a streaming run processes between hand-overs (see
  /// `run(until:maxEvents:streamingEvery:to:)`).
  public static let streamingBatch = 2_500

  /// Processes events up to and including `until` (at most `maxEvents`), handing the log's
  /// new events to `consume` after every `batch` processed events and at the end, oldest
  /// first: the same events, in the same order, as one `run` and one `drainEvents()`.
  ///
  /// Why in batches (D90): the log keeps at most `EventLog.pendingLimit` undrained events
  /// and drops the oldest past that, so a caller draining once a simulated day would lose
  /// events of a corridor that logs more in a day (the 200,000-train stress corridor logs
  /// 28,000). Batches of 2,500 processed events also keep the pending buffer to a few hundred
  /// kilobytes, inside the L2 cache, where a day's was 2.2 MB. A handler may log several
  /// events, so `batch` bounds the events processed per hand-over, not those logged.
  @discardableResult
  public func run(
    until target: SimTime, maxEvents: Int = .max, streamingEvery batch: Int = streamingBatch,
    to consume: ([SimEvent]) -> Void
  ) -> RunReport {
    let batch = max(1, batch)
    var processed = 0
    while true {
      let report = run(until: target, maxEvents: min(batch, maxEvents - processed))
      processed += report.eventsProcessed
      consume(drainEvents())
      if report.reachedTarget || processed >= maxEvents {
        return RunReport(
          reached: report.reached, eventsProcessed: processed,
          reachedTarget: report.reachedTarget)
      }
    }
  }
}
