@preconcurrency import CNCursesW

/// The terminal-restoring safety net for fatal signals (a Swift trap, a segfault).
///
/// Normal exits go through `CursesScreen.close()`. A crash never reaches it, so before curses
/// changes anything we save the termios and the terminal's own "leave the alternate screen,
/// show the cursor, reset attributes" bytes; the C handler in the shim writes them back using
/// async-signal-safe calls only, then lets the signal kill the process as usual.
enum CrashRestore {
  /// Saves the tty modes to restore; call BEFORE `newterm`, which already changes them.
  static func saveTerminalModes() {
    _ = nc_crash_save(STDOUT_FILENO)
  }

  /// Arms the net; call right after `newterm` succeeded and the terminal is usable. `extra`
  /// goes out first (the mouse modes off).
  static func arm(extra: String = "") {
    var restore = extra
    for capability in ["sgr0", "cnorm", "rmcup"] {
      if let bytes = nc_string_cap(capability) { restore += String(cString: bytes) }
    }
    nc_crash_arm(restore)
    // exit() from anywhere (an uncaught error path) also leaves curses.
    atexit {
      if !isendwin() { endwin() }
    }
  }

  /// Disarms the net after a normal `endwin`.
  static func disarm() {
    nc_crash_disarm()
  }
}
