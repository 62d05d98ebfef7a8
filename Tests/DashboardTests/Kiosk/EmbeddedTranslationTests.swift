import Foundation
import Testing

@testable import Dashboard

@Suite("Embedded translations")
struct EmbeddedTranslationTests {
  /// The languages with a file in translations/ (English is built in).
  static let shipped = Language.allCases.filter { $0 != .en }

  /// The Swift source that embeds the files; `RECORD_SNAPSHOTS=1` rewrites it from translations/.
  static func generatedSource() throws -> String {
    var out = [
      "// Generated from translations/*.yaml by "
        + "`RECORD_SNAPSHOTS=1 swift test --filter EmbeddedTranslationTests`.",
      "// Do not edit by hand: EmbeddedTranslationTests fails when this copy and the files differ.",
      "",
      "/// The shipped translation files, built into the binary so a copied `railtop` still has "
        + "them.",
      "enum EmbeddedTranslations {",
      "  /// The text of `language`'s file, or nil for English (built in, no file).",
      "  static func text(for language: Language) -> String? {", "    switch language {",
      "    case .en:", "      return nil",
    ]
    for language in shipped {
      let text = try String(contentsOf: RepoPaths.translationFile(language.rawValue), encoding: .utf8)
      out.append("    case .\(language.rawValue):")
      out.append("      return " + EmbeddedThemeTests.literal(text))
    }
    out += ["    }", "  }", "}", ""]
    return out.joined(separator: "\n")
  }

  @Test("the embedded copies equal the files in translations/", arguments: shipped)
  func embeddedEqualsFile(language: Language) throws {
    try GeneratedSource.recordIfAsked(RepoPaths.embeddedTranslationsSource, Self.generatedSource)
    let url = RepoPaths.translationFile(language.rawValue)
    #expect(
      EmbeddedTranslations.text(for: language) == (try String(contentsOf: url, encoding: .utf8)),
      "translations/\(language.rawValue).yaml changed: run RECORD_SNAPSHOTS=1 swift test --filter EmbeddedTranslationTests")
  }

  @Test("the generator reproduces the committed source")
  func generatorIsStable() throws {
    #expect(
      try GeneratedSource.isCurrent(RepoPaths.embeddedTranslationsSource, Self.generatedSource))
  }

  @Test("every language but English has a file, and no file is left over")
  func filesMatchLanguages() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: RepoPaths.translations.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(files == Self.shipped.map { "\($0.rawValue).yaml" }.sorted())
  }
}
