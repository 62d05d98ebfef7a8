/// The scalars railtop never writes to a terminal as they are, from any text it did not make
/// itself (scenario and theme files, flags, the environment): each one could act instead of
/// show, or show nothing where it changes what the rest means (docs/DECISIONS.md D63).
///
/// - C0 controls U+0000–U+001F (ESC starts every terminal sequence; CR, LF, TAB and BS move
///   the cursor; BEL rings), DEL U+007F and C1 controls U+0080–U+009F (U+009B is a one-byte
///   CSI on terminals that take 8-bit controls, U+0085 a line break in YAML).
/// - Bidirectional controls: the embeddings, overrides and isolates U+202A–U+202E and
///   U+2066–U+2069, which reorder what follows them ("Trojan Source", CVE-2021-42574), and the
///   marks U+200E, U+200F and U+061C, which are invisible and move neutral characters
///   (digits, punctuation) across a name.
/// - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, line breaks to some terminals and
///   to YAML.
/// - Other invisible format characters that only hide text: U+200B ZERO WIDTH SPACE, U+2060–
///   U+206F (word joiner, invisible operators, the deprecated shaping controls), U+FEFF
///   (BOM), U+FFF9–U+FFFB (interlinear annotation), and the tag characters U+E0000–U+E007F.
/// - The 66 noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE,
///   U+FFFF … U+10FFFF): not text at all, with no glyph and no agreed width, and refused raw
///   by YAML readers even in a comment.
///
/// Not listed, because text needs them and they act on nothing but the glyphs beside them:
/// U+200C/U+200D (zero-width non-joiner and joiner: Persian words, emoji sequences), the
/// variation selectors, combining marks and U+00AD SOFT HYPHEN.
public enum UnsafeScalars {
  /// True when `scalar` is one of the scalars listed above.
  @inline(__always)
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0xA0 { return v < 0x20 || v >= 0x7F }
    if v < 0x061C { return false }
    return isFormatControl(v)
  }

  /// The listed scalars from U+061C up.
  private static func isFormatControl(_ v: UInt32) -> Bool {
    switch v {
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFDD0...0xFDEF,
      0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
      return true
    default:
      return v & 0xFFFE == 0xFFFE
    }
  }

  /// True when `text` holds at least one listed scalar (LF not counted when
  /// `exceptLineFeed`): the check that lets clean text through untouched.
  public static func occur(in text: String, exceptLineFeed: Bool = false) -> Bool {
    // Printable ASCII is the usual case: one pass over the bytes, no scalar decoding.
    var ascii = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte < 0x20 || byte == 0x7F {
        if byte == 0x0A && exceptLineFeed { continue }
        return true
      }
    }
    if ascii { return false }
    for scalar in text.unicodeScalars where contains(scalar) {
      if scalar == "\n" && exceptLineFeed { continue }
      return true
    }
    return false
  }
}
