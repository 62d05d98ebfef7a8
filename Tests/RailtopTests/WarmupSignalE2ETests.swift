import Foundation
import Testing

/// INT, TERM and HUP while the warm-up runs, after the screen opened and before the first
/// frame (docs/DECISIONS.md D83): they end railtop with the live screen's statuses (D9) at
/// once, not after the warm-up, with the terminal restored; in a kiosk INT is ignored.
@Suite("End to end: signals during the warm-up", .serialized)
struct WarmupSignalE2ETests {
  /// The longest warm-up there is: ≈ 30 s in a debug build, where railtop must end within
  /// `promptly` of the signal.
  static let longWarmup = "3650"
  static let promptly: TimeInterval = 5

  /// railtop's pid once its screen is open and the warm-up is running.
  static func pidInWarmup(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> pid_t {
    #expect(
      session.waitUntil { session.display("#{alternate_on}") == "1" },
      "the screen never opened", sourceLocation: sourceLocation)
    return try #require(
      session.pid(ofProcessNamed: "railtop"), "railtop's pid not found",
      sourceLocation: sourceLocation)
  }

  @Test(
    "a signal in the warm-up exits with the live screen's status and restores the terminal",
    arguments: [(SIGINT, Int32(0)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
  func signalInWarmup(_ signal: Int32, _ expectedStatus: Int32) throws {
    let session = try TmuxRailtop.launch(arguments: ["--warmup", Self.longWarmup])
    defer { session.close() }
    let pid = try Self.pidInWarmup(session)
    // Sent until it ends railtop: one that came before the warm-up's sources were registered
    // (a few milliseconds after the screen opened) is ignored, as it should be.
    let sent = Date()
    #expect(
      session.waitUntil(seconds: 20) {
        kill(pid, signal)
        return session.file("rc") != nil
      }, "railtop did not end during its warm-up")
    let took = Date().timeIntervalSince(sent)
    #expect(took < Self.promptly, "railtop ended \(took) s after the signal, not at once")
    #expect(TmuxRailtop.exitStatus(session) == expectedStatus)
    TmuxRailtop.expectRestored(session)
  }

  @Test("a kiosk ignores INT in its warm-up, comes up, and TERM still ends it")
  func kioskIgnoresInterruptInWarmup() throws {
    let session = try TmuxRailtop.launch(
      width: 200, height: 60, arguments: ["--kiosk", "--warmup", "300"])
    defer { session.close() }
    let pid = try Self.pidInWarmup(session)
    for _ in 0..<3 {
      kill(pid, SIGINT)
      usleep(100_000)
    }
    #expect(
      session.waitUntil { session.capture().contains("Trade-mission screen") },
      "no kiosk screen; screen:\n\(session.capture())")
    #expect(session.file("rc") == nil, "railtop exited")
    kill(pid, SIGTERM)
    #expect(TmuxRailtop.exitStatus(session) == 143)
    TmuxRailtop.expectRestored(session)
  }
}
