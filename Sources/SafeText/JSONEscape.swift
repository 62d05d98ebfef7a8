/// JSON's `\uXXXX` escapes for the scalars a JSON writer must not leave raw: a JSON document
/// is read on terminals too (`simulate --events | less`), so besides the C0 controls JSON
/// requires escaped, every other unsafe scalar (`UnsafeScalars`: DEL, C1, bidi controls,
/// U+2028/U+2029 …) is written as an escape; a reader gets the same string back.
public enum JSONEscape {
  /// Appends `\u009b` for `scalar` (lower-case hex); a scalar above U+FFFF as its UTF-16
  /// surrogate pair, the only form JSON has for it.
  public static func append(_ scalar: Unicode.Scalar, to out: inout String) {
    let v = scalar.value
    if v > 0xFFFF {
      let offset = v - 0x10000
      appendUnit(0xD800 + (offset >> 10), to: &out)
      appendUnit(0xDC00 + (offset & 0x3FF), to: &out)
    } else {
      appendUnit(v, to: &out)
    }
  }

  private static func appendUnit(_ unit: UInt32, to out: inout String) {
    let hex = String(unit, radix: 16)
    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  /// `json` (a document as an encoder wrote it, C0 controls in strings already escaped) with
  /// every other unsafe scalar escaped. Such scalars can only stand inside strings, where an
  /// escape means the same, so the document's meaning is unchanged; C0 controls are left
  /// alone because outside strings they are the document's own whitespace.
  public static func escapingUnsafeScalars(in json: String) -> String {
    guard UnsafeScalars.occur(in: json, exceptLineFeed: true) else { return json }
    var out = ""
    out.reserveCapacity(json.utf8.count)
    for scalar in json.unicodeScalars {
      if scalar.value >= 0x20, UnsafeScalars.contains(scalar) {
        append(scalar, to: &out)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
