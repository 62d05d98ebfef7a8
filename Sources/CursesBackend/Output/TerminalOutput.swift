import Glibc

/// Writing a frame's bytes to stdout, whole.
enum TerminalOutput {
  /// Writes all of `bytes` to stdout, retrying after a signal or a full terminal buffer; gives
  /// up only when the terminal is gone (the next tick or signal then ends the program).
  static func writeAll(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let written = write(STDOUT_FILENO, base + offset, raw.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0, errno == EINTR {
          continue
        } else if written < 0, errno == EAGAIN {
          // A non-blocking terminal that is full: wait until it drains, at most 100 ms a try.
          var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
          if poll(&ready, 1, 100) < 0, errno != EINTR { return }
        } else {
          return
        }
      }
    }
  }
}
