#if canImport(Glibc)
  import Glibc
#endif

/// systemd's notify protocol: one datagram per message (`READY=1`, `WATCHDOG=1`) to the unix
/// socket named by `$NOTIFY_SOCKET` — a path, or `@name` for the abstract namespace.
///
/// A socket is opened per message, as `sd_notify` does: nothing stays open between the
/// watchdog's feeds, and a restarted systemd is found again.
public struct ServiceNotifier: Sendable, Hashable {
  /// The socket's address as `$NOTIFY_SOCKET` gives it.
  public let address: String

  /// The notifier for `environment`, or nil when systemd asked for none (`NOTIFY_SOCKET` unset
  /// or empty) or the address does not fit a unix socket address.
  public init?(environment: [String: String]) {
    guard let address = environment["NOTIFY_SOCKET"] else { return nil }
    self.init(address: address)
  }

  /// The notifier for `address`, nil when it is empty or longer than `sun_path` takes.
  public init?(address: String) {
    let capacity = MemoryLayout.size(ofValue: sockaddr_un().sun_path)
    guard !address.isEmpty, address.utf8.count < capacity,
      address.first == "@" || address.first == "/"
    else { return nil }
    self.address = address
  }

  /// Half of `$WATCHDOG_USEC`, in nanoseconds: how often systemd wants `WATCHDOG=1` with a
  /// margin. Nil without a watchdog, or when `$WATCHDOG_PID` names another process.
  public static func watchdogInterval(environment: [String: String], pid: Int32 = getpid())
    -> UInt64?
  {
    guard let text = environment["WATCHDOG_USEC"], let usec = UInt64(text), usec > 0 else {
      return nil
    }
    if let owner = environment["WATCHDOG_PID"], Int32(owner) != pid { return nil }
    return usec * 1_000 / 2
  }

  /// Sends `message` in one datagram; false when it could not be sent (no listener, no
  /// permission): systemd then simply hears nothing, which its watchdog treats as a hang.
  @discardableResult
  public func send(_ message: String) -> Bool {
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var addr = sockaddr_un()
    addr.sun_family = sa_family_t(AF_UNIX)
    var path = Array(address.utf8)
    // An abstract address starts with a NUL instead of the `@`, and is not NUL-terminated:
    // its length is exactly its bytes.
    if path.first == UInt8(ascii: "@") { path[0] = 0 }
    withUnsafeMutableBytes(of: &addr.sun_path) { raw in
      for (i, byte) in path.enumerated() { raw[i] = byte }
    }
    let familySize = MemoryLayout<sa_family_t>.size
    let length = socklen_t(familySize + path.count + (path.first == 0 ? 0 : 1))
    let bytes = Array(message.utf8)
    let sent = withUnsafePointer(to: &addr) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
        bytes.withUnsafeBytes { buffer in
          sendto(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL), address, length)
        }
      }
    }
    return sent == bytes.count
  }
}
