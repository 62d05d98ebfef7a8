import CCrashNet
@preconcurrency import CNCursesW

/// The terminal-restoring safety net for signals that end the process (a Swift trap, a
/// segfault, SIGQUIT, a resource limit, an unexpected `kill`).
///
/// Normal exits go through `CursesScreen.close()`. A crash never reaches it, so before curses
/// changes anything we save the termios and the terminal's own "leave the alternate screen,
/// show the cursor, reset attributes" bytes; the C handler (`CCrashNet`) writes them back
/// using async-signal-safe calls only, calls the handler that was there before (the Swift
/// runtime's backtracer prints its report on the normal screen), then lets the signal end the
/// process as usual. Which signals it covers: `crash_net_covers` (docs/DECISIONS.md D68–D69).
public enum CrashRestore {
  /// Saves the tty modes to restore; call BEFORE `newterm`, which already changes them.
  static func saveTerminalModes() {
    _ = crash_net_save(STDOUT_FILENO)
  }

  /// Arms the net; call right after `newterm` succeeded and the terminal is usable. `extra`
  /// goes out first (the mouse modes off).
  static func arm(extra: String = "") {
    var restore = extra
    for capability in ["sgr0", "cnorm", "rmcup"] {
      if let bytes = nc_string_cap(capability) { restore += String(cString: bytes) }
    }
    crash_net_arm(restore)
    // exit() from anywhere (an uncaught error path) also leaves curses.
    atexit {
      if !isendwin() { endwin() }
    }
  }

  /// Gives the calling thread an alternate signal stack if it has none, so a stack overflow
  /// on it still reaches the net (D86). Call at the start of work on the main queue: after
  /// `dispatchMain` its blocks run on a Dispatch worker thread, which has none. Cheap after
  /// the first call on a thread. False when no stack could be made (the net then covers
  /// everything but an overflow on this thread).
  @discardableResult
  public static func coverThisThread() -> Bool {
    crash_net_cover_this_thread() == 0
  }

  /// Disarms the net after a normal `endwin`.
  static func disarm() {
    crash_net_disarm()
  }
}
