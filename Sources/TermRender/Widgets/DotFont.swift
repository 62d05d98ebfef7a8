/// A bitmap font of dots for the big-digit ladder (`BigText`): each glyph is rows of `#` (a dot)
/// and spaces, all rows of a glyph equally wide, every glyph of a font equally tall.
///
/// Glyphs are data, not code, so a rung is checked by looking at it (the goldens print them).
struct DotFont: Sendable {
  /// Dot rows of every glyph.
  let height: Int
  /// Each glyph's rows of dots, `true` for a dot.
  private let glyphs: [Character: [[Bool]]]
  /// The glyph a character outside the font takes: a blank digit-wide space.
  private let blank: [[Bool]]

  init(height: Int, _ source: [Character: [String]]) {
    self.height = height
    self.glyphs = source.mapValues { rows in rows.map { row in row.map { $0 == "#" } } }
    let digitWidth = source["0"]?.first?.count ?? 1
    self.blank = Array(repeating: Array(repeating: false, count: digitWidth), count: height)
  }

  /// True when every character of `text` has a glyph.
  func covers(_ text: String) -> Bool { text.allSatisfy { glyphs[$0] != nil } }

  /// The dot rows of `character`; a blank digit-wide glyph when the font has none.
  func glyph(_ character: Character) -> [[Bool]] { glyphs[character] ?? blank }

  /// Dot columns of `character`'s glyph.
  func width(of character: Character) -> Int { glyph(character).first?.count ?? 0 }

  /// The characters every rung draws: digits, `, . % : - + /`, space and `d` (for days).
  static let repertoire: [Character] = Array("0123456789,.%:-+/ d")

  /// 5×7 dots: the `huge` (full blocks, 2 columns a dot) and `large` (half blocks) rungs.
  static let fiveBySeven = DotFont(
    height: 7,
    [
      "0": [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
      "1": ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
      "2": [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
      "3": ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
      "4": ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
      "5": ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
      "6": ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
      "7": ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
      "8": [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
      "9": [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
      ",": ["  ", "  ", "  ", "  ", "##", " #", "# "],
      ".": ["  ", "  ", "  ", "  ", "  ", "##", "##"],
      ":": ["  ", "##", "##", "  ", "##", "##", "  "],
      "%": ["##   ", "##  #", "   # ", "  #  ", " #   ", "#  ##", "   ##"],
      "-": ["    ", "    ", "    ", "####", "    ", "    ", "    "],
      "+": ["     ", "  #  ", "  #  ", "#####", "  #  ", "  #  ", "     "],
      "/": ["     ", "    #", "   # ", "  #  ", " #   ", "#    ", "     "],
      " ": ["   ", "   ", "   ", "   ", "   ", "   ", "   "],
      "d": ["    #", "    #", " ####", "#   #", "#   #", "#   #", " ####"],
    ])

  /// 3×5 dots: the `small` rung (half blocks).
  static let threeByFive = DotFont(
    height: 5,
    [
      "0": ["###", "# #", "# #", "# #", "###"],
      "1": [" # ", "## ", " # ", " # ", "###"],
      "2": ["###", "  #", "###", "#  ", "###"],
      "3": ["###", "  #", " ##", "  #", "###"],
      "4": ["# #", "# #", "###", "  #", "  #"],
      "5": ["###", "#  ", "###", "  #", "###"],
      "6": ["###", "#  ", "###", "# #", "###"],
      "7": ["###", "  #", " # ", " # ", " # "],
      "8": ["###", "# #", "###", "# #", "###"],
      "9": ["###", "# #", "###", "  #", "###"],
      ",": [" ", " ", " ", "#", "#"],
      ".": [" ", " ", " ", " ", "#"],
      ":": [" ", "#", " ", "#", " "],
      "%": ["# #", "  #", " # ", "#  ", "# #"],
      "-": ["   ", "   ", "###", "   ", "   "],
      "+": ["   ", " # ", "###", " # ", "   "],
      "/": ["  #", "  #", " # ", "#  ", "#  "],
      " ": ["  ", "  ", "  ", "  ", "  "],
      "d": ["  #", "  #", "###", "# #", "###"],
    ])
}
