import TermRender
import Testing

/// The four glyph sets, which one a terminal gets, how dots are drawn in each, and the East
/// Asian Ambiguous table behind the set for terminals that draw those glyphs wide.
@Suite("Glyph sets and ambiguous width")
struct GlyphSetTests {
  @Test(
    "the set for a terminal: ASCII outside UTF-8, half blocks on the Linux console, ASCII symbols where ambiguous glyphs are wide",
    arguments: [
      (false, "xterm-256color", false, "ascii"),
      (false, "linux", true, "ascii"),
      (true, "xterm-256color", false, "unicode"),
      (true, "tmux-256color", false, "unicode"),
      (true, nil, false, "unicode"),
      (true, "linux", false, "console"),
      (true, "linux-16color", false, "console"),
      (true, "linuxish", false, "unicode"),
      (true, "xterm-256color", true, "wide"),
      (true, "linux", true, "wide, character dots"),
    ] as [(Bool, String?, Bool, String)])
  func forTerminal(utf8: Bool, term: String?, wide: Bool, expected: String) {
    let set = GlyphSet.forTerminal(isUTF8: utf8, term: term, ambiguousIsWide: wide)
    let named: [String: GlyphSet] = [
      "ascii": .ascii, "unicode": .unicode, "console": .linuxConsole, "wide": .ambiguousWide,
      "wide, character dots": GlyphSet.ambiguousWide.with(dots: .characters),
    ]
    #expect(set == named[expected])
  }

  @Test("dots: braille 2×4, its halves as half blocks or as characters")
  func dots() {
    #expect(GlyphSet.unicode.dots == .braille && GlyphSet.unicode.brailleCells[0xFF] == "⣿")
    #expect(GlyphSet.ambiguousWide.dots == .braille)
    #expect(GlyphSet.linuxConsole.dots == .halfBlocks && GlyphSet.ascii.dots == .characters)
    // Dots 1 (top left) and 7 (bottom left); both halves; none.
    let cells: [(set: GlyphSet, top: String, bottom: String, both: String)] = [
      (.linuxConsole, "▀", "▄", "█"), (.ascii, "'", ".", ":"),
    ]
    for (set, top, bottom, both) in cells {
      #expect(set.brailleCells[0x01] == top)
      #expect(set.brailleCells[0x40] == bottom)
      #expect(set.brailleCells[0x41] == both)
      #expect(set.brailleCells[0] == " ")
    }
    let braille = GlyphSet.linuxConsole.brailleCells.filter { cell in
      cell.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }
    }
    #expect(braille.isEmpty)
    #expect(GlyphSet.linuxConsole.with(dots: .braille) == .unicode)
  }

  @Test("East Asian Ambiguous: box drawing, blocks, marks, some accented Latin, Cyrillic; not ASCII, braille, CJK")
  func ambiguous() {
    for text in ["─", "│", "╭", "━", "═", "█", "▀", "▶", "◆", "●", "·", "…", "—", "×", "é", "è", "ü", "ł", "ń", "Д", "қ"] {
      let scalar = text.unicodeScalars.first ?? " "
      if text == "қ" {
        #expect(!EastAsianWidth.isAmbiguous(scalar), "қ is Neutral")
      } else {
        #expect(EastAsianWidth.isAmbiguous(scalar), "\(text)")
      }
    }
    for text in ["a", " ", "~", "⣿", "⠁", "郑", "州", "«", "»", "Ü", "ç", "░"] {
      let scalar = text.unicodeScalars.first ?? " "
      #expect(!EastAsianWidth.isAmbiguous(scalar), "\(text)")
    }
    let ranges = EastAsianWidth.ambiguousRanges
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
  }

  @Test("the wide-ambiguous set draws no ambiguous symbol; natives only without one")
  func ambiguousWideSymbols() {
    let set = GlyphSet.ambiguousWide
    var symbols: [String] = [
      set.barTrack, set.scrollTrack, set.scrollThumb, set.arrowRight, set.arrowLeft, set.arrowUp,
      set.arrowDown, set.bulletFilled, set.bulletEmpty, set.diamond, set.ellipsis,
    ]
    symbols += set.horizontalEighths + set.verticalEighths + set.brailleCells
    for border in [set.plainBorder, set.roundedBorder, set.heavyBorder, set.doubleBorder] {
      symbols += [
        border.horizontal, border.vertical, border.topLeft, border.topRight, border.bottomLeft,
        border.bottomRight, border.teeRight, border.teeLeft, border.teeDown, border.teeUp,
        border.cross,
      ]
    }
    let ambiguous = symbols.filter { $0.unicodeScalars.contains(where: EastAsianWidth.isAmbiguous) }
    #expect(ambiguous.isEmpty, "\(ambiguous)")
    #expect(set.isUnicode && !set.hasUnicodeSymbols && set.ambiguousIsWide)
    #expect(set.showsNative("郑州") && !set.showsNative("Достық") && !set.showsNative("Liège"))
    #expect(GlyphSet.unicode.showsNative("Достық") && GlyphSet.unicode.showsNative("郑州"))
    #expect(!GlyphSet.ascii.showsNative("郑州") && !GlyphSet.ascii.showsNative("Warszawa"))
  }
}
