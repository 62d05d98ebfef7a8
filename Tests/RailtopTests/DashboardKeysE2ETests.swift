import Foundation
import Testing

/// The built binary in tmux: keys change what the live screen shows.
@Suite("End to end: keys on the live screen", .serialized)
struct DashboardKeysE2ETests {
  /// Theme names as shipped in themes/, for the status line's "theme: NAME".
  static var themeNames: [String] {
    let folder = BinaryRunner.packageRoot.appendingPathComponent("themes")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(".theme".count)) }
  }

  @Test("? opens the help and Esc closes it; Enter opens a train's detail and Esc returns")
  func helpAndDetail() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40)
    defer { session.close() }
    TmuxScreen.expect(session, "a train ID") { $0.hasTrainID }
    #expect(!session.capture().contains("Keys"), "help open before ?")

    session.sendKeys("?")
    TmuxScreen.expect(session, "the help overlay") { $0.text.contains("Keys") }
    session.sendKeys("Escape")
    TmuxScreen.expect(session, "the help closed") { !$0.text.contains("Keys") }

    session.sendKeys("Enter")
    TmuxScreen.expect(session, "a train's detail") { $0.text.contains("Esc closes") }
    session.sendKeys("Escape")
    TmuxScreen.expect(session, "the table back") {
      !$0.text.contains("Esc closes") && $0.text.contains("Trains · ")
    }
    TmuxRailtop.expectQuits(session)
  }

  @Test("space pauses (❚❚) and resumes (▶); t names the new theme in the status line")
  func pauseAndTheme() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40)
    defer { session.close() }
    let header = { (screen: TmuxScreen) in screen.rows.first ?? "" }
    TmuxScreen.expect(session, "▶ in the header") { header($0).contains("▶") }

    session.sendKeys("Space")
    TmuxScreen.expect(session, "❚❚ in the header") { header($0).contains("❚❚") }
    session.sendKeys("Space")
    TmuxScreen.expect(session, "▶ and no ❚❚ in the header") {
      header($0).contains("▶") && !header($0).contains("❚❚")
    }

    let names = Self.themeNames
    #expect(names.count >= 6, "themes/ lists \(names)")
    session.sendKeys("t")
    TmuxScreen.expect(session, "a theme name in the status line") { screen in
      names.contains { screen.rows.last?.contains("theme: \($0)") == true }
    }
    TmuxRailtop.expectQuits(session)
  }

  @Test("L opens the legend with the branch mark and any key closes it")
  func legend() throws {
    let session = try TmuxRailtop.launch(width: 160, height: 45)
    defer { session.close() }
    TmuxScreen.expect(session, "a train ID") { $0.hasTrainID }
    session.sendKeys("L")
    TmuxScreen.expect(session, "the legend") {
      $0.text.contains("Legend") && $0.text.contains("┬") && $0.text.contains("Berlin–Hamburg")
        && $0.text.contains("late: more than 1 d behind plan")
    }
    session.sendKeys("x")
    TmuxScreen.expect(session, "the legend closed") { !$0.text.contains("any key closes") }
    TmuxRailtop.expectQuits(session)
  }

  @Test("NO_COLOR with --theme wallonia: the header says monochrome (NO_COLOR), t says why not")
  func noColor() throws {
    // Wide enough for the header to keep the theme's place (D40 drops it first).
    let session = try TmuxRailtop.launch(
      width: 200, height: 50, arguments: ["--theme", "wallonia"],
      environment: ["NO_COLOR": "1"])
    defer { session.close() }
    let header = { (screen: TmuxScreen) in screen.rows.first ?? "" }
    TmuxScreen.expect(session, "monochrome (NO_COLOR) in the header") {
      header($0).contains("monochrome (NO_COLOR)") && !header($0).contains("theme wallonia")
    }
    session.sendKeys("t")
    TmuxScreen.expect(session, "why t changes nothing") {
      $0.rows.last?.contains("NO_COLOR turns colours off") == true
    }
    TmuxRailtop.expectQuits(session)
  }
}
