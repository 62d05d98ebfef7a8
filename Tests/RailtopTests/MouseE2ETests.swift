import Foundation
import Testing

/// The built binary in tmux with mouse reports typed into the pane as the terminal sends them
/// (`send-keys -H`, byte by byte): X10 reports under TERM=tmux-256color, SGR 1006 reports
/// under xterm-256color, as each terminfo's `kmous` says ncurses reads them.
@Suite("End to end: mouse", .serialized)
struct MouseE2ETests {
  /// The bytes of a report: `button` 0 press, 3 release (X10) or released (SGR), 64/65 wheel.
  static func report(_ term: String, button: Int, x: Int, y: Int) -> [String] {
    let bytes: [UInt8]
    if term.hasPrefix("xterm") {
      let final = button == 3 ? "m" : "M"
      let code = button == 3 ? 0 : button
      bytes = [0x1B] + Array("[<\(code);\(x + 1);\(y + 1)\(final)".utf8)
    } else {
      bytes = [0x1B, UInt8(ascii: "["), UInt8(ascii: "M")]
        + [UInt8(32 + button), UInt8(33 + x), UInt8(33 + y)]
    }
    return bytes.map { String(format: "%02x", $0) }
  }

  static func send(_ session: TmuxSession, _ term: String, button: Int, x: Int, y: Int) {
    session.tmux(["send-keys", "-t", "S", "-H"] + report(term, button: button, x: x, y: y))
  }

  /// A press and its release: as two writes, or as one (`together`), as a quick click over a
  /// slow link or on a busy machine reaches the program: ncurses then reports one click.
  static func click(_ session: TmuxSession, _ term: String, x: Int, y: Int, together: Bool) {
    if together {
      session.tmux(
        ["send-keys", "-t", "S", "-H"] + report(term, button: 0, x: x, y: y)
          + report(term, button: 3, x: x, y: y))
    } else {
      send(session, term, button: 0, x: x, y: y)
      send(session, term, button: 3, x: x, y: y)
    }
  }

  /// The screen row of the train `id` in the table, and the route's selected train.
  static func tableRow(of id: String, _ screen: TmuxScreen) -> Int? {
    screen.rows.firstIndex { $0.dropFirst().hasPrefix(id) }
  }

  static func selected(_ screen: TmuxScreen) -> String? {
    screen.rows.lazy.compactMap { $0.firstMatch(of: #/sel +(X[0-9A-Z-]+)/#) }.first
      .map { String($0.output.1) }
  }

  @Test(
    "a click selects a row (press and release in one read too), a second click opens its detail; the wheel moves the table",
    arguments: ["tmux-256color", "xterm-256color"])
  func clickAndWheel(term: String) throws {
    let session = try TmuxRailtop.launch(
      width: 120, height: 40, arguments: ["--seed", "1"], term: term, typedAhead: ["Space"])
    defer { session.close() }
    TmuxScreen.expect(session, "paused with trains") { $0.hasTrainID && $0.text.contains("❚❚") }
    #expect(session.display("#{mouse_any_flag}") == "1", "the mouse was not turned on")
    let screen = TmuxScreen(session)
    let ids = SearchE2ETests.tableIDs(screen)
    try #require(ids.count > 6, "table rows: \(ids)")
    let target = ids[4]
    let y = try #require(Self.tableRow(of: target, screen))
    Self.click(session, term, x: 3, y: y, together: true)
    TmuxScreen.expect(session, "\(target) selected") { Self.selected($0) == target }
    Self.click(session, term, x: 3, y: y, together: false)
    TmuxScreen.expect(session, "\(target)'s detail") {
      $0.text.contains("Esc closes") && $0.text.contains(target)
    }
    session.sendKeys("Escape")
    TmuxScreen.expect(session, "the table back") { !$0.text.contains("Esc closes") }
    Self.send(session, term, button: 65, x: 3, y: y)
    TmuxScreen.expect(session, "the wheel moved the selection 3 rows down") {
      Self.selected($0) == ids[7]
    }
    TmuxRailtop.expectQuits(session)
    #expect(session.display("#{mouse_any_flag}") == "0", "the mouse was left on after q")
  }

  @Test("--no-mouse leaves the mouse to the terminal")
  func noMouse() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40, arguments: ["--no-mouse"])
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    #expect(session.display("#{mouse_any_flag}") == "0")
    TmuxRailtop.expectQuits(session)
  }

  @Test("SIGTERM turns the mouse off with the rest of the terminal")
  func signalRestoresMouse() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40)
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    #expect(session.display("#{mouse_any_flag}") == "1")
    let pid = try #require(session.pid(ofProcessNamed: "railtop"))
    kill(pid, SIGTERM)
    #expect(TmuxRailtop.exitStatus(session) == 143)
    TmuxRailtop.expectRestored(session)
    #expect(session.display("#{mouse_any_flag}") == "0")
  }
}
