import SafeText

/// A string as a double-quoted literal for JSON or for YAML.
///
/// YAML's double-quoted escapes are a superset of JSON's, so one escaper serves the scenario
/// encoder and the CLI's NDJSON event lines (shared inside the package, not public); they
/// differ only in how a scalar above U+FFFF is escaped.
package enum QuotedString {
  /// Where the literal goes.
  package enum Dialect: Sendable {
    /// JSON: `\uXXXX`, a UTF-16 surrogate pair above U+FFFF.
    case json
    /// YAML 1.1 as libyaml reads it: `\uXXXX`, `\UXXXXXXXX` above U+FFFF (libyaml refuses
    /// surrogate escapes).
    case yaml
  }

  /// Appends `"text"` with quotes, backslashes and every unsafe scalar (`UnsafeScalars`:
  /// controls, DEL, C1, bidi controls, line separators, noncharacters …) escaped; everything
  /// else (including non-ASCII) is kept as UTF-8. Nothing written can act on a terminal,
  /// break a line or be refused by the YAML reader (which takes no raw C0, DEL, C1 but NEL,
  /// U+FFFE or U+FFFF).
  package static func append(_ text: String, to out: inout String, dialect: Dialect) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if UnsafeScalars.contains(scalar) {
          appendEscape(scalar, to: &out, dialect: dialect)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  private static func appendEscape(_ scalar: Unicode.Scalar, to out: inout String, dialect: Dialect)
  {
    guard dialect == .yaml, scalar.value > 0xFFFF else {
      JSONEscape.append(scalar, to: &out)
      return
    }
    let hex = String(scalar.value, radix: 16)
    out += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// The quoted literal as a new string.
  package static func quoted(_ text: String, dialect: Dialect) -> String {
    var out = ""
    append(text, to: &out, dialect: dialect)
    return out
  }
}
