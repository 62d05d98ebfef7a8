/// The kiosk's captions for `--lang`: the embedded translation of that language over English
/// (`Translations.load`), so a copied binary has them all.
public enum KioskLanguage {
  /// The captions in `language`.
  public static func translations(for language: Language) -> Translations {
    Translations.load(language)
  }
}
