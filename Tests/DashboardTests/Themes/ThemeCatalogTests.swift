import Foundation
import TermRender
import Testing

@testable import Dashboard

/// A scratch folder removed when the value goes away.
final class ScratchFolder {
  let url: URL
  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("railtop-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }
  deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite("Theme catalog")
struct ThemeCatalogTests {
  @Test("a name is found in the repository's themes/ folder")
  func nameFromFolder() throws {
    let catalog = ThemeCatalog(searchFolders: [RepoPaths.themes.path])
    let theme = try catalog.load("wallonia")
    #expect(theme.name == "wallonia")
    #expect(theme[.title].foreground == .rgb(0xff, 0xdd, 0x00))
  }

  @Test(
    "with no folders, the shipped themes still load from the binary",
    arguments: ShippedThemeTests.shipped)
  func embeddedFallback(name: String) throws {
    let theme = try ThemeCatalog(searchFolders: []).load(name)
    let fromFile = try ThemeCatalog.load(path: RepoPaths.themeFile(name).path)
    #expect(theme == fromFile)
  }

  @Test("a folder's file wins over the embedded copy; earlier folders win")
  func folderOrder() throws {
    let first = try ScratchFolder()
    let second = try ScratchFolder()
    try first.write("light.theme", "name = mine\ntitle = red\n")
    try second.write("light.theme", "name = theirs\n")
    let theme = try ThemeCatalog(searchFolders: [first.url.path, second.url.path]).load("light")
    #expect(theme.name == "mine")
    #expect(theme[.title].foreground == .ansi(1))
  }

  @Test("a path is read directly and named after the file")
  func path() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("ocean.theme", "title = blue\n")
    let theme = try ThemeCatalog(searchFolders: []).load(path)
    #expect(theme.name == "ocean")
    #expect(ThemeCatalog.isPath(path))
    #expect(ThemeCatalog.isPath("ocean.theme"))
    #expect(!ThemeCatalog.isPath("ocean"))
  }

  @Test("an unknown name lists what was searched and what exists")
  func notFound() {
    let catalog = ThemeCatalog(searchFolders: ["/nonexistent/themes"])
    #expect(
      throws: ThemeError.notFound(
        name: "ocean", searched: ["/nonexistent/themes"], available: ShippedThemeTests.shipped)
    ) {
      try catalog.load("ocean")
    }
    let message = ThemeError.notFound(name: "ocean", searched: ["/x"], available: ["a", "b"])
      .description
    #expect(message == "theme 'ocean' not found in /x nor built in; available: a, b")
  }

  @Test("a missing path is reported as such")
  func missingPath() {
    #expect(
      throws: ThemeError.unreadable(
        path: "/nonexistent/x.theme", reason: "No such file or directory")
    ) {
      try ThemeCatalog(searchFolders: []).load("/nonexistent/x.theme")
    }
  }

  @Test("the standard catalog: $RAILTOP_THEMES first, then themes/ above the executable")
  func standardFolders() throws {
    let package = try ScratchFolder()
    try package.write("themes/extra.theme", "title = green\n")
    let executable = try package.write(".build/debug/railtop", "")
    let user = try ScratchFolder()
    let catalog = ThemeCatalog.standard(
      environment: ["RAILTOP_THEMES": "\(user.url.path):"], executablePath: executable)
    let themes = package.url.appendingPathComponent("themes").resolvingSymlinksInPath().path
    #expect(catalog.searchFolders == [user.url.path, themes])
    #expect(catalog.availableNames() == ShippedThemeTests.shipped + ["extra"])
  }

  @Test("no themes/ above the executable: only the environment's folders")
  func noFolderAbove() throws {
    let lonely = try ScratchFolder()
    let executable = try lonely.write("bin/railtop", "")
    let catalog = ThemeCatalog.standard(environment: [:], executablePath: executable)
    #expect(catalog.searchFolders.allSatisfy { !$0.hasPrefix(lonely.url.path) })
  }

  @Test(
    "initial theme: --theme, else NO_COLOR → monochrome, else default",
    arguments: [
      (nil, [:], "default"),
      (nil, ["NO_COLOR": "1"], "monochrome"),
      (nil, ["NO_COLOR": ""], "default"),
      ("light", ["NO_COLOR": "1"], "light"),
      ("wallonia", [:], "wallonia"),
    ] as [(String?, [String: String], String)])
  func initialTheme(argument: String?, environment: [String: String], expected: String) throws {
    let catalog = ThemeCatalog(searchFolders: [RepoPaths.themes.path])
    #expect(try catalog.initialTheme(argument: argument, environment: environment).name == expected)
  }

  @Test("a bad --theme propagates its error; without --theme a broken default falls back")
  func initialThemeErrors() throws {
    let folder = try ScratchFolder()
    try folder.write("default.theme", "title = nonsense\n")
    let catalog = ThemeCatalog(searchFolders: [folder.url.path])
    #expect(throws: ThemeError.self) {
      try catalog.initialTheme(argument: "default", environment: [:])
    }
    #expect(try catalog.initialTheme(argument: nil, environment: [:]) == .compiledDefault)
  }
}

@Suite("Theme ring")
struct ThemeRingTests {
  @Test("t cycles through loaded themes and wraps around")
  func cycles() throws {
    let catalog = ThemeCatalog(searchFolders: [RepoPaths.themes.path])
    var ring = ThemeRing.load(
      catalog: catalog, initial: try catalog.load("default"), noColor: false)
    var seen = [ring.current.name]
    for _ in 0..<6 {
      ring.advance()
      seen.append(ring.current.name)
    }
    #expect(seen == ShippedThemeTests.shipped + ["default"])
  }

  @Test("a broken theme is skipped and the message says why")
  func skipsBroken() throws {
    let folder = try ScratchFolder()
    let badPath = try folder.write("light.theme", "title = #12\n")
    let catalog = ThemeCatalog(searchFolders: [folder.url.path])
    var ring = ThemeRing.load(catalog: catalog, initial: .compiledDefault, noColor: false)
    let message = ring.advance()
    #expect(ring.current.name == "high-contrast")
    #expect(
      message == "theme: high-contrast — skipped 'light': \(badPath):1: bad colour '#12' "
        + "for 'title': expected #rrggbb, 0-255, an ANSI name (red, bright-blue …) or 'default'")
  }

  @Test("NO_COLOR keeps the ring to the initial theme")
  func noColorRing() throws {
    let catalog = ThemeCatalog(searchFolders: [RepoPaths.themes.path])
    var ring = ThemeRing.load(
      catalog: catalog, initial: try catalog.load("monochrome"),
      noColor: true)
    #expect(ring.advance().hasPrefix("monochrome: NO_COLOR turns colours off"))
    #expect(ring.current.name == "monochrome")
  }
}

/// `NO_COLOR` (issue 9 §1): the header says what is drawn, and `t` says why it changes nothing.
@Suite("No colour shown")
struct NoColourShownTests {
  @Test("a colourless ring names monochrome and its reason; t keeps the theme and says why")
  func colourlessRing() throws {
    let wallonia = try ThemeCatalog(searchFolders: []).load("wallonia")
    var ring = ThemeRing.load(
      catalog: ThemeCatalog(searchFolders: []), initial: wallonia, noColor: true)
    #expect(ring.shownName == "monochrome (NO_COLOR)")
    let message = ring.advance()
    #expect(message.contains("NO_COLOR") && message.contains("t"))
    #expect(ring.current.name == "wallonia")
    var coloured = ThemeRing(wallonia)  // one theme, colours on
    #expect(coloured.shownName == "theme wallonia")
    #expect(coloured.advance() == "theme: wallonia")
  }

  @Test("the header shows monochrome (NO_COLOR), not the theme's name")
  func header() throws {
    let wallonia = try ThemeCatalog(searchFolders: []).load("wallonia")
    let state = AppState(
      themes: ThemeRing(colourless: wallonia, because: "NO_COLOR"),
      screen: ScreenSize(width: 200, height: 50))
    let frame = PaneModels.frame(SnapshotFixture.snapshot(), state)
    let header = PaneModels.model(HeaderPane.self, .header, frame)
    let text = (header.left + header.right).map(\.text).joined()
    #expect(text.contains("monochrome (NO_COLOR)"))
    #expect(!text.contains("theme wallonia"))
  }
}
