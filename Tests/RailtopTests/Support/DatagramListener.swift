import Glibc

/// A unix datagram socket the test binds, standing in for systemd's notify socket: a path in
/// the file system, or `@name` in the abstract namespace.
final class DatagramListener {
  let address: String
  private let fd: Int32

  /// Binds `address`; nil when the socket cannot be made.
  init?(address: String) {
    self.address = address
    fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return nil }
    var addr = sockaddr_un()
    addr.sun_family = sa_family_t(AF_UNIX)
    var path = Array(address.utf8)
    if path.first == UInt8(ascii: "@") { path[0] = 0 }
    withUnsafeMutableBytes(of: &addr.sun_path) { raw in
      for (i, byte) in path.enumerated() { raw[i] = byte }
    }
    let length = socklen_t(
      MemoryLayout<sa_family_t>.size + path.count + (path.first == 0 ? 0 : 1))
    let bound = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard bound == 0 else {
      close(fd)
      return nil
    }
  }

  deinit {
    close(fd)
    if address.first == "/" { unlink(address) }
  }

  /// The next datagram, or nil when none arrives within `seconds`.
  func receive(within seconds: Double) -> String? {
    var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    guard poll(&poller, 1, Int32(seconds * 1_000)) == 1 else { return nil }
    var bytes = [UInt8](repeating: 0, count: 4_096)
    let count = recv(fd, &bytes, bytes.count, 0)
    guard count >= 0 else { return nil }
    return String(decoding: bytes.prefix(count), as: UTF8.self)
  }

  /// Every datagram until `message` arrives (included), or nil when it does not in `seconds`.
  func receive(until message: String, within seconds: Double) -> [String]? {
    var seen: [String] = []
    var left = seconds
    while left > 0 {
      let step = min(left, 0.25)
      left -= step
      guard let got = receive(within: step) else { continue }
      seen.append(got)
      if got == message { return seen }
    }
    return nil
  }
}
