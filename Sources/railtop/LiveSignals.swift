import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What each signal does while the live screen is open (docs/DECISIONS.md D69): Dispatch
/// sources for INT, TERM and HUP (quit through the main queue) and for CONT (repaint),
/// delivered on the main queue; PIPE, USR1, USR2 and ALRM ignored. Every other signal that
/// ends a process by default (QUIT, the crashes, XCPU, XFSZ, …) is left to the crash net
/// (`CrashRestore`), which restores the terminal in the handler itself, so it works even
/// when the main queue is stuck.
///
/// SIGWINCH is deliberately absent: libdispatch would replace ncurses' handler, and ncurses
/// then never reports the new size. SIGTSTP is left to ncurses too: its handler leaves curses
/// mode, stops, and on resume repaints from ncurses' own virtual screen, which the ANSI sink
/// never fills. SIGCONT only continues the process by default, so a source may observe it
/// without changing that, and tells the app to repaint the terminal itself. (Handling SIGTSTP
/// with a source of its own and stopping from the main queue was tried: in tmux about one
/// Ctrl-Z in six was then lost or left the screen in curses mode.)
@MainActor
struct LiveSignals {
  /// The signals that quit; nonisolated so the warm-up's sources (`WarmupSignals`) watch
  /// the same ones.
  nonisolated static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  /// Signals that mean nothing to a dashboard but would end it by default: a stray `kill
  /// -USR1`, an alarm, a PIPE (stdout is a terminal, which cannot raise it on a write).
  /// Ignored only while the screen is open: `simulate | head` still ends quietly on SIGPIPE.
  static let ignored: [Int32] = [SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM]
  /// Sources must stay referenced, or they never fire.
  private var sources: [any DispatchSourceSignal] = []

  /// Routes each handled signal to `handler` (with the signal number).
  /// Also ignores `ignored`.
  mutating func install(_ handler: @escaping @MainActor (Int32) -> Void) {
    for number in Self.ignored { signal(number, SIG_IGN) }
    for number in Self.handled {
      // On macOS the default action is ignored so only the source sees the signal. Not on
      // Linux: libdispatch installs its own handler when a signal's first source registers,
      // and the warm-up's sources (`WarmupSignals`, still there) registered it already, so
      // an ignore here would silence both (D83).
      #if canImport(Darwin)
        signal(number, SIG_IGN)
      #endif
      observe(number) { handler(number) }
    }
  }

  /// How long after SIGCONT the continue handler waits: ncurses' SIGTSTP handler resumes on
  /// the thread the stop interrupted, at the same moment this source fires, and re-enters
  /// curses mode by clearing the screen and painting its own (blank) virtual screen; a
  /// repaint written before that is wiped (seen in tmux: railtop's bytes landed between
  /// ncurses' smcup and its clear). Its resume takes well under a millisecond.
  static let resumeSettle = DispatchTimeInterval.milliseconds(50)

  /// Calls `handler` each time the process continues after a stop (Ctrl-Z, then `fg`), once
  /// ncurses has had `resumeSettle` to finish its own resume.
  mutating func onContinue(_ handler: @escaping @MainActor () -> Void) {
    observe(SIGCONT) {
      DispatchQueue.main.asyncAfter(deadline: .now() + Self.resumeSettle) {
        MainActor.assumeIsolated { handler() }
      }
    }
  }

  private mutating func observe(_ number: Int32, _ handler: @escaping @MainActor () -> Void) {
    let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
    source.setEventHandler { MainActor.assumeIsolated { handler() } }
    source.resume()
    sources.append(source)
  }
}
