import Foundation
import Testing

/// The built binary in tmux: what the live screen shows, at several sizes and in an ASCII
/// locale.
///
/// Serialized within the suite (each test runs its own tmux server and a debug railtop on a
/// two-core machine); the other end-to-end suites run beside it.
@Suite("End to end: the dashboard's panes, reflow and locale", .serialized)
struct DashboardScreenE2ETests {
  @Test("at 120x40 the header, every pane title and a train ID are on screen")
  func panesAt120x40() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40)
    defer { session.close() }
    TmuxScreen.expect(session, "every title and a train ID") {
      $0.missing(TmuxScreen.everyTitle).isEmpty && $0.hasTrainID
    }
    TmuxScreen.expect(session, "a 120x40 frame") { $0.fits(width: 120, height: 40) }
    TmuxRailtop.expectQuits(session)
  }

  /// At 80×24 the cargo pane is the one dropped by priority; the others stay.
  static let reflowSizes: [(width: Int, height: Int, titles: [String])] = [
    (80, 24, ["railtop", "Route progress", "Trains", "Events"]),
    (200, 60, TmuxScreen.everyTitle),
  ]

  @Test(
    "a resize reflows: status line on the last row, borders to the last column, titles kept",
    arguments: reflowSizes.indices)
  func resizeReflows(_ index: Int) throws {
    let (width, height, titles) = Self.reflowSizes[index]
    let session = try TmuxRailtop.launch(width: 120, height: 40)
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    session.resize(width: width, height: height)
    TmuxScreen.expect(session, "a \(width)x\(height) frame with \(titles)") {
      $0.fits(width: width, height: height) && $0.missing(titles).isEmpty
    }
    TmuxRailtop.expectQuits(session)
  }

  @Test("too small says which size it needs and has; growing back restores the dashboard")
  func tooSmallThenBack() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40)
    defer { session.close() }
    #expect(TmuxRailtop.waitForScreen(session))
    session.resize(width: 60, height: 20)
    TmuxScreen.expect(session, "the size needed and the size had") {
      $0.missing(["needs at least 80x24", "60x20"]).isEmpty
    }
    session.resize(width: 120, height: 40)
    TmuxScreen.expect(session, "the dashboard back at 120x40") {
      $0.fits(width: 120, height: 40) && $0.missing(TmuxScreen.everyTitle).isEmpty
        && !$0.text.contains("needs at least")
    }
    TmuxRailtop.expectQuits(session)
  }

  /// In a C locale curses cannot encode anything but ASCII; a stray byte would make the
  /// terminal swallow the characters after it, so the header's clock checks row alignment.
  @Test("a non-UTF-8 locale gets ASCII only, with pane titles and rows intact")
  func asciiLocale() throws {
    let session = try TmuxRailtop.launch(width: 120, height: 40, locale: "C")
    defer { session.close() }
    TmuxScreen.expect(session, "every title") { $0.missing(TmuxScreen.everyTitle).isEmpty }
    let screen = TmuxScreen(session)
    let foreign = screen.text.unicodeScalars.filter { !$0.isASCII }
    #expect(foreign.isEmpty, "non-ASCII on screen: \(String(String.UnicodeScalarView(foreign)))")
    #expect(screen.fits(width: 120, height: 40), "screen:\n\(screen.text)")
    #expect(
      screen.rows.first?.contains(#/[0-9]{2}:[0-9]{2} CST/#) == true,
      "header out of place: \(screen.rows.first ?? "")")
    #expect(screen.text.contains("Liege"), "Liège not folded to ASCII:\n\(screen.text)")
    TmuxRailtop.expectQuits(session)
  }
}
