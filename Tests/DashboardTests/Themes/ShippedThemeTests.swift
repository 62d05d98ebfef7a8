import Foundation
import TermRender
import Testing

@testable import Dashboard

@Suite("Shipped themes")
struct ShippedThemeTests {
  static let shipped = ["default", "light", "high-contrast", "monochrome", "wallonia", "solarized"]

  @Test("the six shipped themes are the embedded ones, in cycling order")
  func shippedList() {
    #expect(EmbeddedThemes.names == Self.shipped)
  }

  @Test("every shipped theme parses and sets every role", arguments: shipped)
  func parsesAndSetsEveryRole(name: String) throws {
    let path = RepoPaths.themeFile(name).path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let parsed = try ThemeParser.parse(text: text, file: path)
    let missing = ThemeRole.allCases.filter { parsed.overrides[$0] == nil }.map(\.key)
    #expect(missing == [], "\(name).theme does not set \(missing)")
    #expect(parsed.name == name)
    #expect(!(parsed.summary ?? "").isEmpty)
  }

  @Test("every shipped theme documents the format at its top", arguments: shipped)
  func documentsFormat(name: String) throws {
    let text = try String(contentsOf: RepoPaths.themeFile(name), encoding: .utf8)
    let head = text.split(separator: "\n").prefix(30).joined(separator: "\n")
    for phrase in [
      "key = value", "#rrggbb", "0-255", "default", "bold dim italic underline",
      "status.delayed", "cargo.1",
    ] {
      #expect(head.contains(phrase), "\(name).theme header lacks '\(phrase)'")
    }
  }

  @Test("default.theme spells out exactly the compiled-in default")
  func defaultFileEqualsCompiledDefault() throws {
    let theme = try ThemeCatalog.load(path: RepoPaths.themeFile("default").path)
    for role in ThemeRole.allCases {
      #expect(theme[role] == Theme.compiledDefault[role], "role \(role.key)")
    }
  }

  @Test("monochrome uses no colour, only attributes")
  func monochromeHasNoColour() throws {
    let theme = try ThemeCatalog.load(path: RepoPaths.themeFile("monochrome").path)
    for role in ThemeRole.allCases {
      #expect(
        theme[role].foreground == .default && theme[role].background == .default,
        "role \(role.key)")
    }
    // Status must still differ without colour.
    let statusStyles = StatusClass.allCases.map { theme[$0.role] }
    #expect(Set(statusStyles).count == StatusClass.allCases.count)
  }

  @Test(
    "status classes differ by weight in every shipped theme, not by colour alone",
    arguments: shipped)
  func statusCarriesWeight(name: String) throws {
    let theme = try ThemeCatalog.load(path: RepoPaths.themeFile(name).path)
    #expect(!theme[.statusDelayed].attributes.isEmpty)
    #expect(!theme[.statusHeld].attributes.isEmpty)
    #expect(!theme[.severityCritical].attributes.isEmpty)
  }

  @Test("a light theme's background reaches roles that set none")
  func backgroundInheritance() throws {
    let theme = try ThemeCatalog.load(path: RepoPaths.themeFile("light").path)
    let paper = Color.rgb(0xfa, 0xfa, 0xfa)
    #expect(theme[.background].background == paper)
    #expect(theme[.text].background == paper)
    #expect(theme[.statusHeld].background == paper)
    // A role with its own background keeps it.
    #expect(theme[.header].background == .rgb(0x00, 0x5f, 0x87))
  }
}

@Suite("Embedded themes")
struct EmbeddedThemeTests {
  /// The Swift source that embeds the files; `RECORD_SNAPSHOTS=1` rewrites it from themes/.
  ///
  /// The format header every file starts with is embedded once (`formatHeader`) and each theme
  /// adds its own body, so the binary and the source carry the documentation a single time.
  static func generatedSource() throws -> String {
    let texts = try ShippedThemeTests.shipped.map { name in
      try String(contentsOf: RepoPaths.themeFile(name), encoding: .utf8)
    }
    let header = commonHeader(texts)
    var out = [
      "// Generated from themes/*.theme by "
        + "`RECORD_SNAPSHOTS=1 swift test --filter EmbeddedThemeTests`.",
      "// Do not edit by hand: EmbeddedThemeTests fails when this copy and the files differ.", "",
      "/// The text of the six shipped themes, built into the binary so a copied `railtop` "
        + "still has them.",
      "///", "/// A search folder's file of the same name wins; these are the fallback.",
      "public enum EmbeddedThemes {",
      "  /// Shipped theme names in cycling order (`t` at runtime).",
      "  public static let names: [String] = ["
        + ShippedThemeTests.shipped.map { "\"\($0)\"" }.joined(separator: ", ") + "]", "",
      "  /// The format documentation every shipped theme file starts with.",
      "  static let formatHeader = " + literal(header), "",
      "  /// The file text of a shipped theme, or nil.",
      "  public static func text(named name: String) -> String? {", "    switch name {",
    ]
    for (name, text) in zip(ShippedThemeTests.shipped, texts) {
      out.append("    case \"\(name)\":")
      out.append("      return formatHeader + " + literal(String(text.dropFirst(header.count))))
    }
    out += ["    default:", "      return nil", "    }", "  }", "}", ""]
    return out.joined(separator: "\n")
  }

  /// The leading comment block shared by all files (through its closing rule line).
  static func commonHeader(_ texts: [String]) -> String {
    let lines = texts[0].split(separator: "\n", omittingEmptySubsequences: false)
    var header = ""
    for line in lines {
      let candidate = header + line + "\n"
      guard line.hasPrefix("#"), texts.allSatisfy({ $0.hasPrefix(candidate) }) else { break }
      header = candidate
    }
    return header
  }

  /// A raw multi-line string literal whose value is exactly `text` (which ends in a newline).
  static func literal(_ text: String) -> String {
    var body = text
    if body.hasSuffix("\n") { body.removeLast() }
    return "##\"\"\"\n" + body + "\n\"\"\"## + \"\\n\""
  }

  @Test("the embedded copies equal the files in themes/", arguments: ShippedThemeTests.shipped)
  func embeddedEqualsFile(name: String) throws {
    try GeneratedSource.recordIfAsked(RepoPaths.embeddedThemesSource, Self.generatedSource)
    let file = try String(contentsOf: RepoPaths.themeFile(name), encoding: .utf8)
    #expect(
      EmbeddedThemes.text(named: name) == file,
      "themes/\(name).theme changed: run RECORD_SNAPSHOTS=1 swift test --filter EmbeddedThemeTests")
  }

  @Test("the generator reproduces the committed source")
  func generatorIsStable() throws {
    #expect(try GeneratedSource.isCurrent(RepoPaths.embeddedThemesSource, Self.generatedSource))
  }

  @Test("an unknown name is not embedded")
  func unknownName() {
    #expect(EmbeddedThemes.text(named: "nope") == nil)
  }
}
