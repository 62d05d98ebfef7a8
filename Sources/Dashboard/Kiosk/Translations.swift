/// The kiosk's languages (`--lang`).
public enum Language: String, CaseIterable, Sendable, Hashable {
  case en, zh, fr
}

/// The captions of one language: English built in, another language's texts merged over it,
/// a missing key falling back to English. Looked up by key, never by string at draw time.
public struct Translations: Sendable, Hashable {
  public let language: Language
  private let texts: [Caption: String]

  /// English, built in.
  public static let english = Translations(language: .en, texts: [:])

  /// `language`'s texts over English: `texts` need not name every caption.
  public init(language: Language, texts: [Caption: String]) {
    self.language = language
    self.texts = texts
  }

  /// The captions this language gives itself; the others show the English.
  public var translated: Set<Caption> { Set(texts.keys) }

  /// The caption's text in this language, or English where it gives none.
  public subscript(caption: Caption) -> String { texts[caption] ?? caption.english }

  /// The caption's text with each placeholder (`{day}`) replaced by its value.
  public func text(_ caption: Caption, filling values: [String: String]) -> String {
    values.reduce(self[caption]) { text, value in text.replacing(value.key, with: value.value) }
  }
}
