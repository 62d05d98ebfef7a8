/// Every symbol the widgets draw, as Unicode or as an ASCII fallback.
///
/// A non-UTF-8 locale cannot show box drawing, blocks or braille, so each widget takes a
/// `GlyphSet` instead of hard-coding symbols; `GlyphSet.ascii` keeps every screen readable.
/// All symbols are one column wide, so widgets may draw them with `Buffer.put(symbol:)`.
public struct GlyphSet: Hashable, Sendable {
  /// True for the Unicode set; false when only ASCII can be shown.
  public var isUnicode: Bool
  public var plainBorder: BorderGlyphs
  public var roundedBorder: BorderGlyphs
  public var heavyBorder: BorderGlyphs
  public var doubleBorder: BorderGlyphs
  /// Left-to-right partial blocks: index n is n/8 of a cell filled (index 0 is a space).
  public var horizontalEighths: [String]
  /// Bottom-to-top partial blocks: index n is n/8 of a cell filled (index 0 is a space).
  public var verticalEighths: [String]
  /// The empty part of a progress bar.
  public var barTrack: String
  public var scrollTrack: String
  public var scrollThumb: String
  public var arrowRight: String
  public var arrowLeft: String
  public var arrowUp: String
  public var arrowDown: String
  public var bulletFilled: String
  public var bulletEmpty: String
  public var diamond: String
  /// Marks truncated text.
  public var ellipsis: String
  /// 256 symbols indexed by braille dot bits (bit 0 = dot 1 … bit 7 = dot 8).
  public var brailleCells: [String]

  public static let unicode = GlyphSet(
    isUnicode: true, plainBorder: .plain, roundedBorder: .rounded, heavyBorder: .heavy,
    doubleBorder: .double,
    horizontalEighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
    verticalEighths: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
    barTrack: "░", scrollTrack: "│", scrollThumb: "█",
    arrowRight: "▶", arrowLeft: "◀", arrowUp: "▲", arrowDown: "▼",
    bulletFilled: "●", bulletEmpty: "○", diamond: "◆", ellipsis: "…",
    brailleCells: (0..<256).map { bits in
      String(Character(Unicode.Scalar(0x2800 + UInt32(bits)) ?? " "))
    })

  /// Plain ASCII: `+-|` borders, `#` blocks, `><^v` arrows, `.:'` for braille dots.
  public static let ascii = GlyphSet(
    isUnicode: false, plainBorder: .ascii, roundedBorder: .ascii, heavyBorder: .ascii,
    doubleBorder: .ascii,
    horizontalEighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"],
    verticalEighths: [" ", ".", ".", "_", "_", "=", "=", "#", "#"],
    barTrack: ".", scrollTrack: "|", scrollThumb: "#",
    arrowRight: ">", arrowLeft: "<", arrowUp: "^", arrowDown: "v",
    bulletFilled: "*", bulletEmpty: "o", diamond: "+", ellipsis: "~",
    brailleCells: (0..<256).map(GlyphSet.asciiDots))

  /// The border pieces for `type` (`.none` gives the plain set; `Block` draws nothing then).
  public func border(_ type: BorderType) -> BorderGlyphs {
    switch type {
    case .none, .plain: return plainBorder
    case .rounded: return roundedBorder
    case .heavy: return heavyBorder
    case .double: return doubleBorder
    }
  }

  /// Unicode when the locale's character set is UTF-8, else ASCII.
  ///
  /// Follows POSIX precedence: the first non-empty of LC_ALL, LC_CTYPE, LANG decides.
  public static func forLocale(environment: [String: String]) -> GlyphSet {
    let locale =
      ["LC_ALL", "LC_CTYPE", "LANG"].lazy
      .compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    let lower = locale.lowercased()
    return lower.contains("utf-8") || lower.contains("utf8") ? .unicode : .ascii
  }

  /// An ASCII stand-in for a braille cell: top dots `'`, bottom dots `.`, both `:`.
  private static func asciiDots(_ bits: Int) -> String {
    let top = bits & 0b0001_1011 != 0  // dots 1, 2, 4, 5 (rows 0-1)
    let bottom = bits & 0b1110_0100 != 0  // dots 3, 6, 7, 8 (rows 2-3)
    switch (top, bottom) {
    case (true, true): return ":"
    case (true, false): return "'"
    case (false, true): return "."
    case (false, false): return " "
    }
  }
}
