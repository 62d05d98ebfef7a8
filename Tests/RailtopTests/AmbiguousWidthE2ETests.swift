import Foundation
import TermRender
import Testing

/// The ambiguous-width probe against real terminals: tmux as it is (narrow), tmux drawing East
/// Asian Ambiguous glyphs wide (a locale built for it, `WideAmbiguousLocale`), `--ambiguous`
/// overriding either, keys typed before the probe kept, and a terminal that never replies.
@Suite("End to end: the ambiguous-width probe")
struct AmbiguousWidthE2ETests {
  static let unicodeBorder = "╭ Route progress"
  static let asciiBorder = "+ Route progress |"

  /// Bordered rows end in the last column when every glyph drawn is as wide as railtop counts
  /// it: one ambiguous glyph drawn two columns wide would push the border out of place.
  static func bordersInPlace(_ screen: TmuxScreen, width: Int) -> Bool {
    let bordered = screen.rows.filter { $0.hasSuffix("|") || $0.hasSuffix("+") }
    return bordered.count > 10 && bordered.allSatisfy { DisplayWidth.of($0) == width }
  }

  @Test("tmux as usual: the probe finds ambiguous glyphs narrow; --ambiguous wide draws ASCII")
  func narrowTerminal() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40)
    defer { session.close() }
    TmuxScreen.expect(session, "Unicode borders and Liège") {
      $0.text.contains(Self.unicodeBorder) && $0.text.contains("Liège Airport")
    }
    TmuxRailtop.expectQuits(session)

    let forced = try TmuxRailtop.launch(width: 120, height: 40, arguments: ["--ambiguous", "wide"])
    defer { forced.close() }
    TmuxScreen.expect(forced, "ASCII symbols, Liège written Liege, 郑州 kept") {
      $0.text.contains(Self.asciiBorder) && $0.text.contains("Liege Airport")
        && !$0.text.contains("Liège") && $0.text.contains("郑州")
    }
    TmuxRailtop.expectQuits(forced)
  }

  @Test("tmux drawing ambiguous glyphs wide: the probe finds it; --ambiguous narrow overrides it")
  func wideTerminal() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("railtop-wide-locale-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let locale = ["LOCPATH": try WideAmbiguousLocale.build(in: folder)]

    let session = try TmuxRailtop.launch(
      width: 160, height: 45, environment: locale, serverEnvironment: locale)
    defer { session.close() }
    let probed = TmuxScreen.expect(session, "ASCII symbols, braille map, 郑州, borders in place") {
      screen in
      screen.text.contains(Self.asciiBorder) && screen.text.contains("郑州")
        && screen.text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }
        && Self.bordersInPlace(screen, width: 160)
    }
    if probed {
      let drawn = session.capture().unicodeScalars.filter(EastAsianWidth.isAmbiguous)
      #expect(drawn.isEmpty, "ambiguous glyphs on a wide terminal: \(drawn.map(String.init))")
    }
    TmuxRailtop.expectQuits(session)

    // The flag is believed over the terminal: Unicode symbols, which this tmux draws wide.
    let forced = try TmuxRailtop.launch(
      width: 160, height: 45, arguments: ["--ambiguous", "narrow"], environment: locale,
      serverEnvironment: locale)
    defer { forced.close() }
    TmuxScreen.expect(forced, "Unicode borders") { $0.text.contains("╭") }
    TmuxRailtop.expectQuits(forced)
  }

  @Test("keys typed before start go through the probe and still act (? opens the help)")
  func typedAheadKeys() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40, typedAhead: ["?"])
    defer { session.close() }
    TmuxScreen.expect(session, "the help, opened by a key typed before the probe read it") {
      $0.text.contains("Keys · any key closes")
    }
    session.sendKeys("Escape")
    TmuxRailtop.expectQuits(session)
  }

  @Test("a terminal that never replies: the probe gives up after its timeout, the screen opens")
  func noReply() {
    // `script` gives railtop a terminal of its own whose output goes to a file: nobody answers
    // the cursor-position query. `timeout` ends it (SIGTERM) once the frame has had time.
    let command = [
      "env", "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "COLUMNS=100", "LINES=30",
      "XDG_CONFIG_HOME=/nonexistent", BinaryRunner.executable.path, "--warmup", "0",
    ].joined(separator: " ")
    let run = TmuxCommand.run(["timeout", "5", "script", "-qfc", command, "/dev/null"])
    let output = run.output
    let query = "\u{1B}7\u{1B}[6n─\u{1B}[6n"
    let erase = "\u{1B}8\u{1B}[K"
    let asked = output.range(of: query)
    let erased = output.range(of: erase)
    let frame = output.range(of: "Route progress")
    #expect(asked != nil && erased != nil && frame != nil, "output: \(output.prefix(400))")
    if let asked, let erased, let frame {
      #expect(asked.upperBound <= erased.lowerBound && erased.upperBound <= frame.lowerBound)
    }
  }
}
