import Foundation
import Testing

/// The built binary inside tmux: the screen, quitting, signals, resize, restore.
///
/// Serialized: each test already runs its own tmux server and a debug railtop, and the
/// machine has two cores; one at a time keeps every deadline far from tight.
@Suite("End to end: railtop in tmux", .serialized)
struct EndToEndLiveTests {
  @Test("the screen appears on the alternate screen")
  func screenAppears() throws {
    let session = try TmuxRailtop.launch()
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session), "no header; screen:\n\(session.capture())")
    #expect(session.display("#{alternate_on}") == "1")
    #expect(session.file("rc") == nil, "railtop exited by itself")
  }

  @Test("q and Ctrl-C quit with status 0 and restore the terminal", arguments: ["q", "C-c"])
  func quitKeys(_ key: String) throws {
    let session = try TmuxRailtop.launch()
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    session.sendKeys(key)
    #expect(TmuxRailtop.exitStatus(session) == 0)
    TmuxRailtop.expectRestored(session)
  }

  /// SIGTERM and SIGHUP exit with 128 + the signal number, after restoring the terminal.
  /// The signals the crash net ends railtop on, and the ignored ones: `SignalE2ETests`.
  @Test(
    "signals exit cleanly and restore the terminal",
    arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(0))])
  func signalExits(_ signal: Int32, _ expectedStatus: Int32) throws {
    let session = try TmuxRailtop.launch()
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    let pid = session.pid(ofProcessNamed: "railtop")
    #expect(pid != nil, "railtop's pid not found")
    if let pid { kill(pid, signal) }
    #expect(TmuxRailtop.exitStatus(session) == expectedStatus)
    TmuxRailtop.expectRestored(session)
  }

  @Test("closing the terminal (SIGHUP from the pane going away) ends railtop")
  func terminalClosed() throws {
    let session = try TmuxRailtop.launch()
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    let pid = try #require(session.pid(ofProcessNamed: "railtop"))
    session.tmux(["kill-session", "-t", "S"])
    #expect(session.waitUntil { !TmuxSession.isRunning(pid) }, "railtop \(pid) outlived its tty")
  }

  @Test("stdout not a terminal: exit 2 with a message pointing to simulate and snapshot")
  func stdoutNotATerminal() throws {
    let session = try TmuxRailtop.launch(stdoutToFile: true)
    defer { session.close() }
    #expect(TmuxRailtop.exitStatus(session) == 2)
    let message = session.file("stderr.txt") ?? ""
    #expect(message.contains("stdout is not a terminal"), "stderr: \(message)")
    #expect(message.contains("railtop simulate") && message.contains("railtop snapshot"))
    #expect(session.file("stdout.txt") == "", "escape codes leaked into the redirected stdout")
    TmuxRailtop.expectRestored(session)
  }

  @Test(
    "an unusable TERM: exit 2 with a message",
    arguments: [
      ("foobar", "TERM=foobar is not a terminal type"),
      ("dumb", "TERM=dumb cannot move the cursor"),
      ("", "TERM is not set"),
    ])
  func unusableTerm(_ term: String, _ expected: String) throws {
    let session = try TmuxRailtop.launch(term: term)
    defer { session.close() }
    #expect(TmuxRailtop.exitStatus(session) == 2)
    let message = session.file("stderr.txt") ?? ""
    #expect(message.contains(expected), "stderr: \(message)")
    #expect(message.contains("railtop simulate") && message.contains("railtop snapshot"))
    TmuxRailtop.expectRestored(session)
  }
}

/// Job control needs an interactive shell in the pane, so this suite types command lines.
@Suite("End to end: railtop suspended and resumed", .serialized)
struct EndToEndSuspendTests {
  /// Both output paths: ncurses repaints from its own virtual screen after `fg`, which only
  /// ncurses' output keeps; railtop repaints the whole frame itself on SIGCONT (D21).
  @Test("Ctrl-Z leaves curses mode and fg redraws the screen", arguments: ["direct", "curses"])
  func suspendAndResume(output: String) throws {
    let session = try TmuxRailtop.launchShell()
    defer { session.close() }
    session.sendKeys("stty -g > stty.before", "Enter")
    let variables = output == "curses" ? "RAILTOP_OUTPUT=curses " : ""
    session.sendKeys("\(variables)'\(TmuxRailtop.binary)'", "Enter")
    #expect(TmuxRailtop.waitForScreen(session), "no header; screen:\n\(session.capture())")
    #expect(session.waitUntil { session.display("#{alternate_on}") == "1" })
    // Paused, the frame holds still, so the screen after fg must be this one exactly.
    session.sendKeys("Space")
    TmuxScreen.expect(session, "❚❚ in the header") { $0.rows.first?.contains("❚❚") == true }
    #expect(session.waitUntilSteady(quiet: 1) { session.captureStyled().hashValue })
    let before = session.captureStyled()

    // ncurses ignores SIGTSTP while doupdate writes (its own output); a Ctrl-Z landing in
    // that window is dropped, as it would be for a person, who presses again. So does the
    // test, every 2 s.
    var pressedAt = Date.distantPast
    #expect(
      session.waitUntil {
        if Date().timeIntervalSince(pressedAt) > 2 {
          session.sendKeys("C-z")
          pressedAt = Date()
        }
        return session.capture().contains("Stopped")
      },
      "not suspended; screen:\n\(session.capture())")
    #expect(session.display("#{alternate_on}") == "0", "suspended but still in curses mode")

    session.sendKeys("clear; fg", "Enter")
    let shown = VisibleScreen(before)
    let now = { VisibleScreen(session.captureStyled()) }
    #expect(
      session.waitUntil { session.display("#{alternate_on}") == "1" && now() == shown },
      "not redrawn after fg: \(now().firstDifference(from: shown))")

    session.sendKeys("q")
    // Type the next line only once railtop is gone, or it would read those keys itself.
    #expect(session.waitUntil { session.display("#{alternate_on}") == "0" })
    session.sendKeys("stty -g > stty.after; stty -a > stty.after-all; echo $? > rc", "Enter")
    #expect(session.waitUntil { session.file("rc") != nil })
    TmuxRailtop.expectRestored(session)
  }
}
