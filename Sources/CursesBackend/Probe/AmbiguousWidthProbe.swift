#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Asks the terminal how wide it draws an East Asian Ambiguous glyph: the cursor's position is
/// asked (`ESC [ 6 n`) before and after printing `─`, the two replies are read with a short
/// timeout, and the glyph is erased. Run before curses opens, on the normal screen.
///
/// Keys typed meanwhile are read with the replies; they come back in `typed`, in order, for
/// the screen to hand to curses (`CursesScreen` pushes them back with `ungetch`). A terminal
/// that never replies costs the timeout and gives no width.
enum AmbiguousWidthProbe {
  /// Long enough for any local terminal and most remote ones; a reply later than this would
  /// arrive as keys, which a locked kiosk refuses and the dashboard mostly ignores.
  static let timeoutMilliseconds = 200

  /// Save the cursor, report it, print the glyph, report again.
  static let query: [UInt8] = Array("\u{1B}7\u{1B}[6n─\u{1B}[6n".utf8)
  /// Back to the saved place, and clear from there to the end of the line (the glyph).
  static let erase: [UInt8] = Array("\u{1B}8\u{1B}[K".utf8)

  /// The width measured (nil without two replies in time) and the bytes typed meanwhile.
  static func run(
    input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO,
    timeoutMilliseconds: Int = timeoutMilliseconds
  ) -> (width: AmbiguousWidth?, typed: [UInt8]) {
    var saved = termios()
    guard tcgetattr(input, &saved) == 0 else { return (nil, []) }
    var raw = saved
    // No line editing (the replies end in R, not a newline) and no echo of them; signals stay.
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 0
      cc[Int(VTIME)] = 0
    }
    // TCSANOW both ways: TCSAFLUSH would throw away keys already typed.
    guard tcsetattr(input, TCSANOW, &raw) == 0 else { return (nil, []) }
    defer { tcsetattr(input, TCSANOW, &saved) }
    writeAll(query, to: output)
    var reports = CursorReports()
    let deadline = nowMilliseconds() + timeoutMilliseconds
    var buffer = [UInt8](repeating: 0, count: 256)
    while reports.positions.count < 2 {
      let left = deadline - nowMilliseconds()
      guard left > 0 else { break }
      var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, Int32(left))
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else { break }
      let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      reports.add(buffer[0..<count])
    }
    reports.finish()
    writeAll(erase, to: output)
    return (reports.advance, reports.typed)
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }

  private static func nowMilliseconds() -> Int {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int(spec.tv_sec) * 1_000 + Int(spec.tv_nsec) / 1_000_000
  }
}
