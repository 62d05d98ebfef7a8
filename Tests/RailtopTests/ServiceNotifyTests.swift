import Foundation
import Glibc
import ServiceNotify
import Testing

/// systemd's notify protocol against a socket the test binds, and the frame canary.
@Suite("Service notify")
struct ServiceNotifyTests {
  static func temporaryPath(_ name: String) -> String {
    "\(NSTemporaryDirectory())/railtop-notify-\(getpid())-\(name)"
  }

  @Test("a datagram reaches a socket bound at a path")
  func path() throws {
    let path = Self.temporaryPath("path")
    unlink(path)
    let listener = try #require(DatagramListener(address: path))
    let notifier = try #require(ServiceNotifier(environment: ["NOTIFY_SOCKET": path]))
    #expect(notifier.send("READY=1"))
    #expect(listener.receive(within: 2) == "READY=1")
  }

  @Test("a datagram reaches an abstract socket (@name)")
  func abstract() throws {
    let name = "@railtop-test-\(getpid())"
    let listener = try #require(DatagramListener(address: name))
    let notifier = try #require(ServiceNotifier(address: name))
    #expect(notifier.send("WATCHDOG=1"))
    #expect(listener.receive(within: 2) == "WATCHDOG=1")
  }

  @Test("no socket, an empty or relative one, or one too long: no notifier; no listener: false")
  func unusable() throws {
    #expect(ServiceNotifier(environment: [:]) == nil)
    #expect(ServiceNotifier(address: "") == nil)
    #expect(ServiceNotifier(address: "relative/sock") == nil)
    #expect(ServiceNotifier(address: "/" + String(repeating: "x", count: 200)) == nil)
    let nobody = try #require(ServiceNotifier(address: Self.temporaryPath("nobody")))
    #expect(!nobody.send("READY=1"))
  }

  @Test("the watchdog interval is half of WATCHDOG_USEC, for this process only")
  func interval() {
    #expect(ServiceNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "30000000"]) == 15_000_000_000)
    #expect(ServiceNotifier.watchdogInterval(environment: [:]) == nil)
    #expect(
      ServiceNotifier.watchdogInterval(
        environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"], pid: 2) == nil)
    #expect(
      ServiceNotifier.watchdogInterval(
        environment: ["WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "7"], pid: 7) == 1_000_000_000)
  }

  @Test("the canary feeds only when the frame changed and the sim clock moved on")
  func canary() {
    var canary = FrameCanary()
    let checks = [(1, 10), (2, 20), (2, 30), (3, 30), (4, 31)].map {
      canary.check(frameHash: $0.0, simTime: $0.1)
    }
    // The first check only records; then a new frame and later sim time feed; the same frame
    // (a frozen screen) or the same sim time (a stopped sim) do not.
    #expect(checks == [false, true, false, false, true])
  }
}
