import SafeText

/// Terminal column widths of text, from the Unicode data (`DisplayWidth+Table.swift`, generated
/// by `scripts/generate-display-width.py`; the version is `unicodeVersion`): East Asian Wide and
/// Fullwidth characters and emoji with emoji presentation (but the regional indicators) take
/// two columns, combining marks and invisible format characters none, everything else one.
///
/// A scalar that must not reach a terminal raw (`UnsafeScalars`: controls, bidi overrides …)
/// is drawn as its escape (`\e`, `\u{9B}`), so it counts the escape's columns: widths, cuts
/// and padding agree with what `Buffer.put` draws.
public enum DisplayWidth {
  /// Columns occupied by one grapheme cluster (0, 1 or 2; more for escaped scalars).
  public static func of(_ character: Character) -> Int {
    var width = 0
    var escapes = 0
    for scalar in character.unicodeScalars {
      let w = of(scalar)
      if UnsafeScalars.contains(scalar) {
        escapes += w
      } else if w > width {
        width = w
      }
    }
    return width + escapes
  }

  /// Columns occupied by a string.
  ///
  /// Summed over scalars (combining marks count 0), which equals the sum over graphemes for
  /// everything but emoji ZWJ sequences, and avoids grapheme breaking in the hot path.
  public static func of(_ string: String) -> Int {
    // Most of what railtop draws is ASCII: one pass over the UTF-8 bytes counts it exactly
    // (printable ASCII is one column, an ASCII control its escape) without decoding scalars.
    var columns = 0
    for byte in string.utf8 {
      if byte >= 0x80 { return scalarColumns(string) }
      columns += byte >= 0x20 && byte != 0x7F ? 1 : TerminalEscape.width(of: Unicode.Scalar(byte))
    }
    return columns
  }

  /// `of(_:)` for text that is not all ASCII: summed over scalars.
  private static func scalarColumns(_ string: String) -> Int {
    var total = 0
    for scalar in string.unicodeScalars { total += of(scalar) }
    return total
  }

  /// True for combining marks (General_Category Mn and Me, Hangul conjoining vowels and
  /// finals), which join the grapheme before them; not for invisible format characters or
  /// variation selectors, which are dropped when drawn.
  public static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x300 && runClass(scalar.value) == 2
  }

  /// Columns occupied by one scalar: 0, 1 or 2, or the width of its escape for a scalar that
  /// is shown escaped.
  @inline(__always)
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    // Below U+0300 there is nothing wide, no mark and no format character but U+00AD (one
    // column): only the controls need a look.
    if v < 0x300 {
      return v >= 0x20 && (v < 0x7F || v >= 0xA0) ? 1 : TerminalEscape.width(of: scalar)
    }
    // The dashboard's own glyphs, looked up without a search: arrows and mathematical
    // operators (U+2190–U+22FF), box drawing, blocks and geometric shapes up to U+25FC, and
    // braille are all narrow in the data (DisplayWidthDataTests checks every code point).
    if (0x2190...0x22FF).contains(v) || (0x2500...0x25FC).contains(v)
      || (0x2800...0x28FF).contains(v)
    {
      return 1
    }
    if UnsafeScalars.contains(scalar) { return TerminalEscape.width(of: scalar) }
    switch runClass(v) {
    case 0: return 1
    case 1: return 2
    default: return 0
    }
  }

  /// The class of `v` in `runs`: 0 narrow, 1 wide, 2 mark, 3 invisible.
  private static func runClass(_ v: UInt32) -> UInt32 {
    // The last run starting at or before v (runs[0] starts at U+0000).
    let key = v << 2 | 3
    var low = 0
    var high = runs.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if runs[middle] <= key { low = middle } else { high = middle }
    }
    return runs[low] & 3
  }
}
