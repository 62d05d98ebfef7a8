#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SafeText

/// Collects output bytes and writes them to a file descriptor in large chunks.
///
/// A year of daily rows or a long event stream would otherwise cost one system call per line.
/// Every byte railtop prints outside the live screen (reports, YAML, NDJSON, frames, help and
/// every error message) passes here, so this is where nothing unsafe gets through: text is
/// appended `terminalSafe(keepingLineFeeds: true)`. The writers escape the values they quote
/// first (LF included); this catches whatever a writer or a library message did not (D64).
struct OutputBuffer {
  private var bytes: [UInt8] = []
  private let fd: Int32
  private let threshold: Int

  init(fd: Int32 = STDOUT_FILENO, threshold: Int = 1 << 16) {
    self.fd = fd
    self.threshold = threshold
    bytes.reserveCapacity(threshold)
  }

  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.terminalSafe(keepingLineFeeds: true).utf8)
    if bytes.count >= threshold { flush() }
  }

  mutating func appendLine(_ text: String) {
    append(text)
    append("\n")
  }

  /// Writes everything collected; a closed pipe simply ends the output.
  mutating func flush() {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        break
      }
      offset += written
    }
    bytes.removeAll(keepingCapacity: true)
  }
}
