/// How a raster of dots (the map, the braille charts) is drawn into cells.
public enum DotCells: Sendable, Hashable {
  /// Braille, 2×4 dots a cell. East Asian Neutral: one column at either ambiguous width.
  case braille
  /// Half blocks `▀ ▄ █`, 1×2 dots a cell: for fonts with no braille (the Linux console's).
  case halfBlocks
  /// One ASCII character a dot (a braille chart's cell: `' . :`).
  case characters
}

/// Every symbol the widgets draw, as Unicode or as an ASCII fallback.
///
/// A non-UTF-8 locale cannot show box drawing, blocks or braille, so each widget takes a
/// `GlyphSet` instead of hard-coding symbols; `GlyphSet.ascii` keeps every screen readable.
/// All symbols are one column wide, so widgets may draw them with `Buffer.put(symbol:)`.
///
/// Four sets, picked for the terminal by `forTerminal` (D74): `unicode`; `linuxConsole`, whose
/// dots are half blocks; `ambiguousWide`, Unicode text with ASCII symbols and braille dots for
/// terminals that draw East Asian Ambiguous glyphs two columns wide; `ascii`.
public struct GlyphSet: Hashable, Sendable {
  /// Whether text may hold more than ASCII (native names, CJK): the locale is UTF-8.
  public var isUnicode: Bool
  /// Whether the symbols (borders, blocks, arrows, marks) are Unicode; false for ASCII ones,
  /// as in the ASCII set and where ambiguous-width glyphs are drawn wide.
  public var hasUnicodeSymbols: Bool
  /// Whether the terminal draws East Asian Ambiguous characters two columns wide: text that
  /// holds one is not shown where it can be left out (`shows`), the sink narrows the rest.
  public var ambiguousIsWide: Bool
  /// How dot rasters are drawn; `brailleCells` follows it.
  public private(set) var dots: DotCells
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
  /// 256 symbols indexed by braille dot bits (bit 0 = dot 1 … bit 7 = dot 8), drawn as `dots`
  /// says: braille itself, or its top and bottom halves as half blocks or characters.
  public private(set) var brailleCells: [String]

  public static let unicode = GlyphSet(
    isUnicode: true, hasUnicodeSymbols: true, ambiguousIsWide: false, dots: .braille,
    plainBorder: .plain, roundedBorder: .rounded, heavyBorder: .heavy,
    doubleBorder: .double,
    horizontalEighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
    verticalEighths: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
    barTrack: "░", scrollTrack: "│", scrollThumb: "█",
    arrowRight: "▶", arrowLeft: "◀", arrowUp: "▲", arrowDown: "▼",
    bulletFilled: "●", bulletEmpty: "○", diamond: "◆", ellipsis: "…",
    brailleCells: [])
    .with(dots: .braille)

  /// Plain ASCII: `+-|` borders, `#` blocks, `><^v` arrows, `.:'` for braille dots.
  public static let ascii = GlyphSet(
    isUnicode: false, hasUnicodeSymbols: false, ambiguousIsWide: false, dots: .characters,
    plainBorder: .ascii, roundedBorder: .ascii, heavyBorder: .ascii,
    doubleBorder: .ascii,
    horizontalEighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"],
    verticalEighths: [" ", ".", ".", "_", "_", "=", "=", "#", "#"],
    barTrack: ".", scrollTrack: "|", scrollThumb: "#",
    arrowRight: ">", arrowLeft: "<", arrowUp: "^", arrowDown: "v",
    bulletFilled: "*", bulletEmpty: "o", diamond: "+", ellipsis: "~",
    brailleCells: [])
    .with(dots: .characters)

  /// Unicode for the Linux console (`TERM=linux`): its fonts hold CP437's box drawing and
  /// blocks but no braille, so dots are half blocks.
  public static let linuxConsole = unicode.with(dots: .halfBlocks)

  /// For a terminal that draws East Asian Ambiguous glyphs (`─ █ ▶ ● …`) two columns wide:
  /// Unicode text (CJK is wide either way), ASCII symbols, and braille dots, which are Neutral
  /// and so one column everywhere.
  public static let ambiguousWide: GlyphSet = {
    var set = GlyphSet.ascii.with(dots: .braille)
    set.isUnicode = true
    set.ambiguousIsWide = true
    return set
  }()

  /// The set for a terminal: ASCII outside UTF-8; where ambiguous glyphs are wide, ASCII
  /// symbols (with character dots on the Linux console, whose fonts have no braille); half
  /// blocks on the Linux console; else Unicode with braille.
  public static func forTerminal(isUTF8: Bool, term: String?, ambiguousIsWide: Bool) -> GlyphSet {
    guard isUTF8 else { return .ascii }
    let console = term == "linux" || term?.hasPrefix("linux-") == true
    if ambiguousIsWide { return console ? ambiguousWide.with(dots: .characters) : ambiguousWide }
    return console ? .linuxConsole : .unicode
  }

  /// This set with its dot rasters drawn as `dots`.
  public func with(dots: DotCells) -> GlyphSet {
    var set = self
    set.dots = dots
    set.brailleCells = (0..<256).map { bits in
      switch dots {
      case .braille: String(Character(Unicode.Scalar(0x2800 + UInt32(bits)) ?? " "))
      case .halfBlocks: Self.halves(bits, top: "▀", bottom: "▄", both: "█")
      case .characters: Self.halves(bits, top: "'", bottom: ".", both: ":")
      }
    }
    return set
  }

  /// Whether a name in its own script (郑州, Достық) is shown beside the Latin one: on a
  /// Unicode terminal, and where ambiguous glyphs are wide only without one (Cyrillic and
  /// accented Latin letters are Ambiguous; CJK is Wide either way).
  public func showsNative(_ name: String) -> Bool {
    guard isUnicode else { return false }
    return !ambiguousIsWide || !name.unicodeScalars.contains(where: EastAsianWidth.isAmbiguous)
  }

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

  /// A braille cell's top and bottom halves as one symbol: `top` when only dots of rows 0–1
  /// are set, `bottom` for rows 2–3, `both`, or a space.
  private static func halves(_ bits: Int, top: String, bottom: String, both: String) -> String {
    let upper = bits & 0b0001_1011 != 0  // dots 1, 2, 4, 5 (rows 0-1)
    let lower = bits & 0b1110_0100 != 0  // dots 3, 6, 7, 8 (rows 2-3)
    switch (upper, lower) {
    case (true, true): return both
    case (true, false): return top
    case (false, true): return bottom
    case (false, false): return " "
    }
  }
}
