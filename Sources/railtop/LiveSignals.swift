import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Dispatch signal sources for INT, TERM and HUP, delivered on the main queue.
///
/// SIGWINCH is deliberately absent: libdispatch would replace ncurses' handler, and ncurses
/// then never reports the new size. SIGTSTP/SIGCONT are left to ncurses too, which leaves
/// and re-enters curses mode around a Ctrl-Z suspend.
@MainActor
struct LiveSignals {
  static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  /// Sources must stay referenced, or they never fire.
  private var sources: [any DispatchSourceSignal] = []

  /// Routes each handled signal to `handler` (with the signal number).
  mutating func install(_ handler: @escaping @MainActor (Int32) -> Void) {
    for number in Self.handled {
      // Ignore the default action so only the source sees the signal (needed on macOS,
      // harmless on Linux where libdispatch installs its own handler).
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
      source.setEventHandler { MainActor.assumeIsolated { handler(number) } }
      source.resume()
      sources.append(source)
    }
  }
}
