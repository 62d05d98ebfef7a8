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

  // 200 columns: from there the header has room for the theme part with the whole title.
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

  /// The header's corridor clock, `HH:MM UTC+1`, in minutes of the day.
  static func europeMinutes(_ screen: TmuxScreen) -> Int? {
    guard let header = screen.rows.first,
      let match = header.firstMatch(of: #/([0-9]{2}):([0-9]{2}) UTC\+1/#),
      let hours = Int(match.output.1), let minutes = Int(match.output.2)
    else { return nil }
    return hours * 60 + minutes
  }

  @Test(". while paused moves the clock on by exactly one sim hour, and stays paused")
  func stepOneHour() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40, typedAhead: ["Space"])
    defer { session.close() }
    TmuxScreen.expect(session, "paused") { ($0.rows.first ?? "").contains("❚❚") }
    let before = try #require(Self.europeMinutes(TmuxScreen(session)))
    session.sendKeys(".")
    TmuxScreen.expect(session, "the clock one hour on, still paused") { screen in
      Self.europeMinutes(screen) == (before + 60) % (24 * 60)
        && (screen.rows.first ?? "").contains("❚❚") && screen.text.contains("stepped 1h 00m")
    }
    TmuxRailtop.expectQuits(session)
  }
}
