import Foundation
import TermRender

/// A glibc locale named `C.UTF-8`, built into a folder of its own, in which every East Asian
/// Ambiguous character (railtop's own table, `EastAsianWidth.ambiguousRanges`) is two columns
/// wide: a tmux server started with `LOCPATH` pointing there draws them wide and reports the
/// cursor accordingly, as a terminal set up for CJK does.
///
/// tmux 3.3 has no ambiguous-width option: it measures glyphs with `wcwidth`, which follows
/// the locale, and it asks for `C.UTF-8` itself when en_US.UTF-8 is missing, hence the name.
/// Built from the system's UTF-8 charmap (package `locales`) with `localedef`, in about 2 s.
enum WideAmbiguousLocale {
  static let charmap = "/usr/share/i18n/charmaps/UTF-8.gz"

  /// Why the locale could not be built.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Builds the locale under `directory`; returns the folder to use as `LOCPATH`.
  static func build(in directory: URL) throws -> String {
    guard FileManager.default.fileExists(atPath: charmap) else {
      throw Failure(description: "no \(charmap): install the locales package")
    }
    let widths = EastAsianWidth.ambiguousRanges.map { range in
      range.count == 1
        ? "\(name(range.lowerBound))\t2" : "\(name(range.lowerBound))...\(name(range.upperBound))\t2"
    }
    let widthsPath = directory.appendingPathComponent("ambiguous-widths.txt").path
    try (widths.joined(separator: "\n") + "\n").write(
      toFile: widthsPath, atomically: true, encoding: .utf8)
    let charmapPath = directory.appendingPathComponent("UTF-8-WIDE").path
    let locales = directory.appendingPathComponent("locales").path
    // The widths go at the end of the charmap's WIDTH section, where later lines win.
    let script = """
      set -e
      zcat '\(charmap)' | awk -v f='\(widthsPath)' \
        '/^END WIDTH/ { while ((getline l < f) > 0) print l } { print }' > '\(charmapPath)'
      mkdir -p '\(locales)'
      localedef -i C -f '\(charmapPath)' '\(locales)/C.UTF-8'
      test -e '\(locales)/C.UTF-8/LC_CTYPE'
      """
    let built = TmuxCommand.run(["sh", "-c", script])
    guard built.status == 0 else {
      throw Failure(description: "localedef failed (\(built.status)): \(built.output)")
    }
    return locales
  }

  /// A code point as the charmap names it (`<U2500>`, `<U0001F100>`).
  private static func name(_ code: UInt32) -> String {
    let hex = String(code, radix: 16, uppercase: true)
    let digits = code > 0xFFFF ? 8 : 4
    return "<U" + String(repeating: "0", count: max(0, digits - hex.count)) + hex + ">"
  }
}
