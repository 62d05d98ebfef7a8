import Foundation
import Testing

/// What each signal does to the live screen (docs/DECISIONS.md D69), sent with `kill` to the
/// running binary in tmux: the crash net's signals end railtop with the terminal restored, the
/// ignored ones leave it drawing. INT, TERM and HUP (clean quits): `EndToEndLiveTests`.
///
/// A signal sent with `kill` runs the same handler as one the CPU raises (a Swift trap is
/// SIGILL or SIGTRAP, a bad pointer SIGSEGV, `fatalError` in the runtime SIGABRT).
@Suite("End to end: signals on the live screen", .serialized)
struct SignalE2ETests {
  /// Every signal whose default action ends a process and that the crash net takes.
  static let ending: [Int32] = [
    SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGQUIT, SIGSYS, SIGXCPU, SIGXFSZ,
    SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSTKFLT,
    // The real-time signals (SIGRTMIN and SIGRTMAX are glibc calls, not constants).
    __libc_current_sigrtmin(), __libc_current_sigrtmax(),
  ]

  @Test("a signal that ends railtop restores the terminal first", arguments: ending)
  func endingSignal(_ signal: Int32) throws {
    let session = try TmuxRailtop.launch()
    defer { session.close() }
    let pid = try Self.pidOnceDrawn(session)
    kill(pid, signal)
    // Killed by the signal itself (the shell reports 128 + N), after the terminal came back.
    #expect(TmuxRailtop.exitStatus(session) == 128 + signal)
    TmuxRailtop.expectRestored(session)
    Self.expectShellScreen(session)
  }

  /// SIGQUIT with the Swift runtime's defaults: its backtracer prints the report and, on a
  /// terminal, waits for a key. The report must land on the normal screen with the tty modes
  /// back, not over the dashboard.
  @Test("SIGQUIT: the crash report on the normal screen, then the terminal as it was")
  func quitWithCrashReport() throws {
    let session = try TmuxRailtop.launch(environment: ["SWIFT_BACKTRACE": ""])
    defer { session.close() }
    let pid = try Self.pidOnceDrawn(session)
    kill(pid, SIGQUIT)
    let prompt = "any other key to quit"
    // A toolchain without swift-backtrace prints no report and ends at once.
    #expect(session.waitUntil { session.capture().contains(prompt) || session.file("rc") != nil })
    if session.file("rc") == nil {
      #expect(session.display("#{alternate_on}") == "0", "the report is on the dashboard")
      #expect(!session.capture().contains("SIMULATED"), "the dashboard is under the report")
      session.sendKeys("x")
    }
    #expect(TmuxRailtop.exitStatus(session) == 128 + SIGQUIT)
    TmuxRailtop.expectRestored(session)
  }

  @Test(
    "an ignored signal leaves the dashboard drawing",
    arguments: [SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM])
  func ignoredSignal(_ signal: Int32) throws {
    let session = try TmuxRailtop.launch()
    defer { session.close() }
    let pid = try Self.pidOnceDrawn(session)
    kill(pid, signal)
    Self.expectStillDrawing(session)
    TmuxRailtop.expectQuits(session)
  }

  /// The kiosk ignores Ctrl-\ (SIGQUIT) before ncurses opens; the crash net must not take it
  /// back. SIGTERM still ends it.
  @Test("the kiosk ignores SIGQUIT; SIGTERM still ends it with the terminal restored")
  func kioskIgnoresQuit() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40, arguments: ["--kiosk"])
    defer { session.close() }
    #expect(session.waitUntil { session.capture().contains("SIMULATED") })
    let pid = try #require(session.pid(ofProcessNamed: "railtop"), "railtop's pid not found")
    kill(pid, SIGQUIT)
    Self.expectStillDrawing(session)
    kill(pid, SIGTERM)
    #expect(TmuxRailtop.exitStatus(session) == 128 + SIGTERM)
    TmuxRailtop.expectRestored(session)
  }

  /// railtop's pid, once its first frame is on screen.
  static func pidOnceDrawn(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> pid_t {
    #expect(
      TmuxRailtop.waitForScreen(session), "no header; screen:\n\(session.capture())",
      sourceLocation: sourceLocation)
    return try #require(
      session.pid(ofProcessNamed: "railtop"), "railtop's pid not found",
      sourceLocation: sourceLocation)
  }

  /// Alive, on the alternate screen, and the frame still changing (the sim clock in the
  /// header moves at ×3600).
  static func expectStillDrawing(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let first = session.capture()
    #expect(
      session.waitUntil(seconds: 10) { session.capture() != first },
      "the screen stopped changing:\n\(session.capture())", sourceLocation: sourceLocation)
    #expect(session.file("rc") == nil, "railtop ended", sourceLocation: sourceLocation)
    #expect(
      session.display("#{alternate_on}") == "1", "left the alternate screen",
      sourceLocation: sourceLocation)
  }

  /// After railtop: the pane shows the shell's screen, not the dashboard's last frame.
  static func expectShellScreen(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let screen = session.capture()
    #expect(
      !screen.contains("SIMULATED") && !screen.contains(" q quit"),
      "the dashboard is still on screen:\n\(screen)", sourceLocation: sourceLocation)
  }
}
