import Foundation

/// Paths inside the repository, found from this file's location (no SwiftPM resources).
enum RepoPaths {
  /// Tests/DashboardTests/Fixtures → the package root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let themes = root.appendingPathComponent("themes")
  static let invalidThemes = root.appendingPathComponent(
    "Tests/DashboardTests/Fixtures/InvalidThemes")
  static let embeddedThemesSource = root.appendingPathComponent(
    "Sources/Dashboard/Theme/EmbeddedThemes.swift")

  static let translations = root.appendingPathComponent("translations")
  static let embeddedTranslationsSource = root.appendingPathComponent(
    "Sources/Dashboard/Kiosk/EmbeddedTranslations.swift")

  static func translationFile(_ language: String) -> URL {
    translations.appendingPathComponent("\(language).yaml")
  }

  static func themeFile(_ name: String) -> URL { themes.appendingPathComponent("\(name).theme") }

  /// True when goldens and generated files should be re-recorded.
  static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }
}
