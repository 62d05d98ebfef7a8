import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Dispatch signal sources for INT, TERM and HUP, and for TSTP and CONT, delivered on the
/// main queue.
///
/// SIGWINCH is deliberately absent: libdispatch would replace ncurses' handler, and ncurses
/// then never reports the new size. SIGTSTP (Ctrl-Z) gets a source, which replaces ncurses'
/// handler: the app leaves curses mode, stops itself with SIGSTOP and, once continued,
/// re-enters it, all on the main queue, so nothing ncurses does on another thread can race a
/// frame. SIGCONT only continues the process by default, so a source may observe it without
/// changing that; it tells the app to repaint the terminal (after a Ctrl-Z, whose handler is
/// still on the main queue when the CONT event is queued behind it, and after any other stop).
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
      observe(number) { handler(number) }
    }
  }

  /// Calls `handler` when the user asks to stop (Ctrl-Z); the handler stops the process.
  mutating func onStop(_ handler: @escaping @MainActor () -> Void) {
    signal(SIGTSTP, SIG_IGN)  // as for the others: only the source sees it
    observe(SIGTSTP, handler)
  }

  /// Calls `handler` each time the process continues after a stop (`fg`, `kill -CONT`).
  mutating func onContinue(_ handler: @escaping @MainActor () -> Void) {
    observe(SIGCONT, handler)
  }

  private mutating func observe(_ number: Int32, _ handler: @escaping @MainActor () -> Void) {
    let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
    source.setEventHandler { MainActor.assumeIsolated { handler() } }
    source.resume()
    sources.append(source)
  }
}
