/// A string as a double-quoted literal that is valid both in JSON and in YAML.
///
/// YAML's double-quoted escapes are a superset of JSON's, so one escaper serves the scenario
/// encoder and the CLI's NDJSON event lines (shared inside the package, not public).
package enum QuotedString {
  /// Appends `"text"` with quotes, backslashes and control characters escaped; everything else
  /// (including non-ASCII) is kept as UTF-8.
  package static func append(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  /// The quoted literal as a new string.
  package static func quoted(_ text: String) -> String {
    var out = ""
    append(text, to: &out)
    return out
  }
}
