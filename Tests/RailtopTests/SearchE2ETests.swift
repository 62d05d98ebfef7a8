import Foundation
import Testing

/// The built binary in tmux: the `/` search typed key by key (tmux `send-keys`).
@Suite("End to end: search", .serialized)
struct SearchE2ETests {
  /// The trains table's rows: the focused table's heavy border, then a train id.
  static func tableIDs(_ screen: TmuxScreen) -> [String] {
    screen.rows.compactMap { row in
      row.firstMatch(of: #/^┃(X[0-9]+-[0-9A-Z-]+)/#).map { String($0.output.1) }
    }
  }

  @Test("/ types a query live; q goes into it; Enter keeps it; Esc clears it; q then quits")
  func searchLive() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40, arguments: ["--seed", "1", "--warmup", "21"])
    defer { session.close() }
    TmuxScreen.expect(session, "X8001 and other trains in the table") { screen in
      let ids = Self.tableIDs(screen)
      return ids.contains { $0.hasPrefix("X8001") } && ids.contains { !$0.hasPrefix("X8001") }
    }
    session.sendKeys("/")
    session.tmux(["send-keys", "-t", "S", "-l", "X9q"])
    TmuxScreen.expect(session, "the query with its cursor in the title and status line") {
      $0.text.contains("search \"X9q_\"") && ($0.rows.last?.contains("search: X9q_") == true)
    }
    #expect(session.file("rc") == nil, "q typed into the query quit railtop")
    session.sendKeys("BSpace")
    session.tmux(["send-keys", "-t", "S", "-l", "001"])
    TmuxScreen.expect(session, "only X9001 trains listed") { screen in
      let ids = Self.tableIDs(screen)
      return !ids.isEmpty && ids.allSatisfy { $0.hasPrefix("X9001") }
        && screen.text.contains("search \"X9001_\"")
    }
    session.sendKeys("Enter")
    TmuxScreen.expect(session, "the search kept, typing over") { screen in
      screen.text.contains("search \"X9001\"") && !screen.text.contains("X9001_")
        && Self.tableIDs(screen).allSatisfy { $0.hasPrefix("X9001") }
    }
    session.sendKeys("Escape")
    TmuxScreen.expect(session, "every train back") { screen in
      Self.tableIDs(screen).contains { $0.hasPrefix("X8001") }
        && !screen.text.contains("search \"")
    }
    TmuxRailtop.expectQuits(session)
  }
}
