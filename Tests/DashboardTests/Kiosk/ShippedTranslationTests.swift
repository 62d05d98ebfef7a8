import Foundation
import TermRender
import Testing

@testable import Dashboard

/// The shipped translation files: complete, faithful to the English facts, and laid out.
@Suite("Shipped translations")
struct ShippedTranslationTests {
  static func parsed(_ language: Language) throws -> Translations {
    let url = RepoPaths.translationFile(language.rawValue)
    return try Translations(
      parsing: String(contentsOf: url, encoding: .utf8), language: language,
      file: "translations/\(language.rawValue).yaml")
  }

  @Test(
    "every key of the file is a Caption and every Caption is translated",
    arguments: EmbeddedTranslationTests.shipped)
  func complete(language: Language) throws {
    // Parsing refuses unknown keys, repeats and values that are not text.
    let translations = try Self.parsed(language)
    let missing = Caption.allCases.filter { !translations.translated.contains($0) }.map(\.rawValue)
    #expect(missing == [], "\(language.rawValue).yaml does not translate \(missing)")
  }

  @Test("the embedded translation is the file's", arguments: EmbeddedTranslationTests.shipped)
  func loadIsEmbedded(language: Language) throws {
    #expect(Translations.load(language) == (try Self.parsed(language)))
    #expect(Translations.load(language).language == language)
  }

  @Test("English loads as the built-in captions")
  func english() {
    #expect(Translations.load(.en) == Translations.english)
    #expect(Translations.load(.en)[.storyFirstTrain] == Caption.storyFirstTrain.english)
  }

  /// The numbers of a text: dates, gauges, counts.
  static func numbers(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init))
  }

  @Test(
    "every number of an English caption is in its translation",
    arguments: EmbeddedTranslationTests.shipped)
  func numbersKept(language: Language) {
    let translations = Translations.load(language)
    for caption in Caption.allCases {
      let lost = Self.numbers(caption.english).subtracting(Self.numbers(translations[caption]))
      #expect(lost.isEmpty, "\(language.rawValue) \(caption.rawValue) loses \(lost.sorted())")
    }
  }

  @Test("names are the agreed ones")
  func names() {
    let zh = Translations.load(.zh)
    #expect(zh[.storyFirstTrain].contains("郑州圃田") && zh[.storyFirstTrain].contains("列日"))
    #expect(zh[.storyGauges].contains("多斯特克") && zh[.storyGauges].contains("马拉舍维奇"))
    #expect(zh[.clockLiege] == "列日" && zh[.clockChina] == "郑州")
    let fr = Translations.load(.fr)
    #expect(fr[.storyEHub].contains("« eHub de Cainiao »") && fr[.storyEHub].contains("Liège"))
    #expect(fr[.storyFirstTrain].contains("Zhengzhou Putian"))
    #expect(fr[.storyGauges].contains("Dostyk") && fr[.storyGauges].contains("Małaszewicze"))
  }

  /// The room a caption has on an 80-column kiosk screen: story and view titles span the screen
  /// inside a border and margin (76 columns; a title one line, a story two); KPI labels sit under
  /// one of three big numbers side by side (24 columns); clock, journey and chrome words share a
  /// line with a value (24; the booth's lock title 38, half the line). Trains-table headings
  /// and statuses have their columns (`KioskViewsLanguageTests.fitColumns`).
  static func room(_ caption: Caption) -> (width: Int, lines: Int) {
    switch caption.rawValue.split(separator: ".").first {
    case "view": (76, 1)
    case "story": (76, 2)
    case "chrome": caption == .locked ? (38, 1) : (24, 1)
    // The cargo view's chart legend and headings span the view (76 columns); 40 leaves room.
    case "cargo": (40, 1)
    default: (24, 1)
    }
  }

  @Test("every caption fits its room at 80 columns, wide glyphs counted", arguments: Language.allCases)
  func fitsAt80(language: Language) {
    let translations = Translations.load(language)
    for caption in Caption.allCases {
      let (width, lines) = Self.room(caption)
      let wrapped = translations[caption].wrapped(toWidth: width)
      #expect(
        wrapped.count <= lines && wrapped.allSatisfy { $0.displayWidth <= width },
        "\(language.rawValue) \(caption.rawValue): \(wrapped.count) lines at \(width) \(wrapped)")
    }
  }

  @Test("Chinese captions are measured two columns a character")
  func cjkWidths() {
    let zh = Translations.load(.zh)
    #expect(zh[.clockLiege].displayWidth == 4)
    let story = zh[.storyFirstTrain]
    #expect(story.displayWidth > story.count)
    // Wrapped at 40 columns the story breaks between characters, never through one.
    for line in story.wrapped(toWidth: 40) { #expect(line.displayWidth <= 40) }
  }
}
