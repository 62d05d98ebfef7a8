import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signals that end railtop while its warm-up runs (docs/DECISIONS.md D83).
///
/// The screen is open by then, but the live app and its `LiveSignals` are not, and the warm-up
/// holds the main thread, so a main-queue source could not fire until it is over. Left alone,
/// ncurses' own SIGINT and SIGTERM handlers end the process with status 1. These sources run
/// on a global queue and only count the signal on a semaphore of its own; the warm-up, run in
/// one-day slices, polls between slices and ends with D9's status. INT is left out for a
/// kiosk, whose visitors' Ctrl-C never quits: it is ignored until the kiosk's own handling
/// starts. The sources stay until the live app's are in place (`cancel`), so no signal falls
/// between the two.
struct WarmupSignals {
  private let arrivals: [(signal: Int32, count: DispatchSemaphore)]
  private var sources: [any DispatchSourceSignal] = []
  /// The first signal `poll` saw.
  private var seen: Int32?

  init(interruptQuits: Bool) {
    if !interruptQuits { signal(SIGINT, SIG_IGN) }
    let watched = LiveSignals.handled.filter { interruptQuits || $0 != SIGINT }
    arrivals = watched.map { ($0, DispatchSemaphore(value: 0)) }
    sources = arrivals.map { Self.observe($0.signal, counting: $0.count) }
  }

  /// The first signal that has arrived so far, nil if none has.
  mutating func poll() -> Int32? {
    if seen == nil {
      seen = arrivals.first { $0.count.wait(timeout: .now()) == .success }?.signal
    }
    return seen
  }

  /// Stops watching, once the live app's sources are in place.
  func cancel() {
    for source in sources { source.cancel() }
  }

  /// The exit status for `signal` (D9): 0 for INT, a quit; 128 + n for TERM and HUP.
  static func exitStatus(for signal: Int32) -> Int32 {
    signal == SIGINT ? 0 : 128 + signal
  }

  /// Made outside any actor: the handler runs on a global queue.
  private nonisolated static func observe(_ number: Int32, counting count: DispatchSemaphore)
    -> any DispatchSourceSignal
  {
    // Ignored first, so only the source sees the signal (libdispatch installs its own
    // handler when it registers the source; on macOS the kqueue needs the ignore).
    signal(number, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
    source.setEventHandler { count.signal() }
    source.resume()
    return source
  }
}
