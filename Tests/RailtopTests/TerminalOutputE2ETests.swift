import Foundation
import Testing

/// The bytes railtop sends to its terminal, recorded with `tmux pipe-pane`.
@Suite("End to end: bytes written to the terminal", .serialized)
struct TerminalOutputE2ETests {
  /// "Switch to the alternate screen" as terminfo's smcup sends it (xterm and tmux forms).
  static let alternateScreenOn = ["\u{1B}[?1049h", "\u{1B}[?47h", "\u{1B}[?1047h"]

  @Test("an idle paused screen writes nothing; running again, it writes")
  func idlePausedWritesNothing() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40, recordsOutput: true)
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    let written = { session.fileSize(TmuxRailtop.outputFile) }
    #expect(written() > 0, "pipe-pane recorded nothing")

    session.sendKeys("Space")
    TmuxScreen.expect(session, "❚❚ in the header") { $0.rows.first?.contains("❚❚") == true }
    #expect(session.waitUntilSteady(quiet: 1, written), "output never settled while paused")
    let settled = written()
    // The only fixed window: nothing may arrive during it. It fails early if a byte does.
    #expect(
      !session.waitUntil(seconds: 2) { written() != settled },
      "paused and idle, railtop wrote \(written() - settled) bytes")

    session.sendKeys("Space")
    #expect(session.waitUntil { written() > settled }, "running again, nothing was written")
    TmuxRailtop.expectQuits(session)
  }

  /// A theme file whose third line has a colour no terminal knows.
  static let brokenTheme = """
    name = broken
    description = a bad colour on line 3
    header = notacolour
    """

  @Test(
    "a bad --theme exits 2 naming the theme or file:line, and the screen never opens",
    arguments: ["missing", "broken"])
  func badThemeBeforeTheScreen(_ kind: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("railtop-theme-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("broken.theme").path
    try Self.brokenTheme.write(toFile: path, atomically: true, encoding: .utf8)
    let (argument, expected) =
      kind == "missing" ? ("nonexistent", ["'nonexistent'"]) : (path, ["\(path):3:", "notacolour"])

    let session = try TmuxRailtop.launch(arguments: ["--theme", argument], recordsOutput: true)
    defer { session.close() }
    #expect(TmuxRailtop.exitStatus(session) == 2)
    let message = session.file("stderr.txt") ?? ""
    #expect(expected.allSatisfy { message.contains($0) }, "stderr: \(message)")
    let output = String(decoding: session.data(TmuxRailtop.outputFile), as: UTF8.self)
    #expect(
      !Self.alternateScreenOn.contains { output.contains($0) },
      "the alternate screen was opened: \(output.debugDescription)")
    TmuxRailtop.expectRestored(session)
  }
}
