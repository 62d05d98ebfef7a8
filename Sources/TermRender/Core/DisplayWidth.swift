/// Terminal column widths of text, as wcwidth(3) counts them for the glyphs railtop draws:
/// East Asian Wide and Fullwidth characters take two columns, combining marks and zero-width
/// joiners none, everything else one.
public enum DisplayWidth {
  /// Columns occupied by one grapheme cluster (0, 1 or 2).
  public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      let w = of(scalar)
      if w > width { width = w }
    }
    return width
  }

  /// Columns occupied by a string.
  ///
  /// Summed over scalars (combining marks count 0), which equals the sum over graphemes for
  /// everything but emoji ZWJ sequences, and avoids grapheme breaking in the hot path.
  public static func of(_ string: String) -> Int {
    // Most of what railtop draws is ASCII: one pass over the UTF-8 bytes counts it exactly
    // (printable ASCII is one column, ASCII controls none) without decoding scalars.
    var columns = 0
    for byte in string.utf8 {
      if byte >= 0x80 { return scalarColumns(string) }
      if byte >= 0x20 && byte != 0x7F { columns += 1 }
    }
    return columns
  }

  /// `of(_:)` for text that is not all ASCII: summed over scalars.
  private static func scalarColumns(_ string: String) -> Int {
    var total = 0
    for scalar in string.unicodeScalars { total += of(scalar) }
    return total
  }

  /// True for combining marks, which join the grapheme before them (not for zero-width
  /// spaces, joiners or controls, which are dropped when drawn).
  public static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
      0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
      return true
    default:
      return false
    }
  }

  /// Columns occupied by one scalar.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 { return 0 }
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    if isZeroWidth(v) { return 0 }
    if isWide(v) { return 2 }
    return 1
  }

  private static func isZeroWidth(_ v: UInt32) -> Bool {
    switch v {
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
      0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F,
      0xFE20...0xFE2F, 0xFEFF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0xE0100...0xE01EF:
      return true
    default:
      return false
    }
  }

  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
      0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
      0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
      0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
      0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
