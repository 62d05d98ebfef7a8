import Foundation
import Testing

/// Frames reach the terminal as changed cells only, through railtop's own ANSI encoder (or,
/// with `RAILTOP_OUTPUT=curses`, through ncurses): after minutes of such updates, the screen
/// must look exactly as a full repaint of the same frame does, colours and attributes
/// included, as tmux (a real terminal) renders them.
@Suite("End to end: frames drawn change by change equal a full repaint", .serialized)
struct FrameOutputE2ETests {
  @Test(arguments: ["direct", "curses"])
  func incrementalEqualsFullRepaint(output: String) throws {
    let environment = output == "curses" ? ["RAILTOP_OUTPUT": "curses"] : [:]
    let session = try TmuxRailtop.launch(
      width: 120, height: 40, arguments: ["--speed", "14400"], recordsOutput: true,
      environment: environment)
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    // Let a few hundred frames of changes through (4 sim hours a second), then hold still.
    Thread.sleep(forTimeInterval: 3)
    session.sendKeys("Space")
    #expect(session.waitUntilSteady(quiet: 1) { session.captureStyled().hashValue })
    let incremental = session.captureStyled()
    // A resize repaints every cell; back at the same size the frame is the same one.
    session.resize(width: 100, height: 30)
    #expect(session.waitUntil { session.capture().split(separator: "\n").count <= 30 })
    session.resize(width: 120, height: 40)
    #expect(session.waitUntilSteady(quiet: 1) { session.captureStyled().hashValue })
    let repainted = session.captureStyled()
    #expect(incremental.contains("\u{1B}["), "no colours captured:\n\(incremental)")
    // What shows must be the same; a plain blank's foreground does not show (VisibleScreen).
    let (seen, expected) = (VisibleScreen(incremental), VisibleScreen(repainted))
    #expect(seen == expected, seen.firstDifference(from: expected))
    // The path under test is the one that wrote: only railtop's encoder puts a reset and a
    // 256-colour foreground in one SGR sequence (ncurses writes them separately).
    let written = String(decoding: session.data(TmuxRailtop.outputFile), as: UTF8.self)
    let combined = written.contains(#/\x1B\[0(;[0-9]+)*;38;5;[0-9]+/#)
    #expect(combined == (output == "direct"), "\(output) output not recognised")
    TmuxRailtop.expectQuits(session)
  }

  /// ncurses is the reference for how a frame should look: railtop's encoder must show every
  /// visible cell as ncurses does, symbols, colours and attributes (a test that compares the
  /// encoder only with itself cannot see a mistake it always makes). A Space typed ahead
  /// pauses railtop on its first tick, so both runs show the frame at the end of the warm-up.
  @Test func encoderLooksAsNcursesDoes() throws {
    var screens: [VisibleScreen] = []
    for environment in [[:], ["RAILTOP_OUTPUT": "curses"]] {
      let session = try TmuxRailtop.launch(
        width: 120, height: 40, environment: environment, typedAhead: ["Space"])
      defer { session.close() }
      TmuxScreen.expect(session, "❚❚ in the header") { $0.rows.first?.contains("❚❚") == true }
      #expect(session.waitUntilSteady(quiet: 1) { session.captureStyled().hashValue })
      screens.append(VisibleScreen(session.captureStyled()))
      TmuxRailtop.expectQuits(session)
    }
    let (encoder, ncurses) = (screens[0], screens[1])
    #expect(encoder.rows.count == 40)
    #expect(encoder == ncurses, encoder.firstDifference(from: ncurses))
  }
}
