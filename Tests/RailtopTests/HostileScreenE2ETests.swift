import Foundation
import Testing

/// The live screen with hostile and wide names, in tmux (a terminal that acts on what it is
/// sent): escapes in station names are shown, never obeyed, and emoji in names take the two
/// columns tmux gives them (glibc's wcwidth), so the right borders stay in the last column,
/// through railtop's encoder and through ncurses.
@Suite("End to end: hostile and emoji names on the live screen", .serialized)
struct HostileScreenE2ETests {
  static let fixtures = BinaryRunner.packageRoot
    .appendingPathComponent("Tests/CorridorSimTests/Scenario/Fixtures")

  @Test(arguments: ["direct", "curses"])
  func escapesInNamesAreShownNotObeyed(output: String) throws {
    let scenario = Self.fixtures.appendingPathComponent("hostile-names.yaml").path
    let session = try TmuxRailtop.launch(
      width: 120, height: 40, arguments: ["--scenario", scenario, "--warmup", "20"],
      recordsOutput: true, environment: output == "curses" ? ["RAILTOP_OUTPUT": "curses"] : [:])
    defer { session.close() }
    let before = session.display("#{pane_title}")
    TmuxScreen.expect(session, "the escaped station name") {
      $0.text.contains(#"Zhengzhou\e]0;PWNED\u{07}"#)
    }
    let title = session.display("#{pane_title}")
    #expect(title == before && !title.contains("PWNED") && !title.contains("TITLE"), "\(title)")
    let written = String(decoding: session.data(TmuxRailtop.outputFile), as: UTF8.self)
    for sequence in ["\u{1B}]0;", "\u{1B}]52;", "\u{1B}[2J", "\u{1B}[31m", "\u{1B}[5m", "\u{7}"] {
      #expect(!written.contains(sequence), "railtop wrote \(sequence.debugDescription)")
    }
    let forbidden = written.unicodeScalars.filter {
      (0x80...0x9F).contains($0.value) || $0.value == 0x7F || (0x202A...0x202E).contains($0.value)
        || (0x2066...0x2069).contains($0.value)
    }
    #expect(forbidden.isEmpty, "railtop wrote \(forbidden.map { $0.value })")
    TmuxRailtop.expectQuits(session)
  }

  @Test(arguments: ["direct", "curses"])
  func emojiNamesKeepTheBordersAligned(output: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("railtop-emoji-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let minimal = try String(
      contentsOf: Self.fixtures.appendingPathComponent("valid-minimal.yaml"), encoding: .utf8)
    let scenario = folder.appendingPathComponent("emoji.yaml").path
    try minimal.replacingOccurrences(of: "    name: East\n", with: "    name: 🚂🚂 Zhengzhou\n")
      .replacingOccurrences(of: "    name: Border B\n", with: "    name: 🚀 Border 🛤 B\n")
      .write(toFile: scenario, atomically: true, encoding: .utf8)
    let session = try TmuxRailtop.launch(
      width: 120, height: 40, arguments: ["--scenario", scenario, "--warmup", "20"],
      environment: output == "curses" ? ["RAILTOP_OUTPUT": "curses"] : [:])
    defer { session.close() }
    TmuxScreen.expect(session, "emoji station names in the table and the route") {
      $0.rows.filter { $0.contains("🚀") || $0.contains("🚂") }.count >= 3
    }
    session.sendKeys("Space")
    #expect(session.waitUntilSteady(quiet: 1) { session.capture().hashValue })
    let screen = TmuxScreen(session)
    let left: Set<Character> = ["│", "┃", "╭", "╰", "┏", "┗"]
    let right: Set<Character> = ["│", "┃", "╮", "╯", "┓", "┛"]
    let bordered = screen.rows.filter { $0.first.map(left.contains) == true }
    #expect(bordered.count > 30, "\(screen.text)")
    for row in bordered where row.last.map(right.contains) != true {
      Issue.record("a border left its column:\n\(row)\n\(screen.text)")
    }
    #expect(screen.rows.contains { $0.contains("🚂🚂") && $0.last.map(right.contains) == true })
    TmuxRailtop.expectQuits(session)
  }
}
