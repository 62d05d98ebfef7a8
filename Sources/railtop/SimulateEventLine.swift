import CorridorSim

/// One event as one line of NDJSON, written by hand.
///
/// `JSONEncoder` spent two thirds of a year's `--events` run (81k events: 1.2 s of 1.2 s
/// release); this writes the same text, keys sorted and absent optionals omitted as
/// `JSONEncoder` with `.sortedKeys` does, at a fraction of the cost.
enum SimulateEventLine {
  static func json(_ event: SimEvent) -> String {
    var out = "{"
    if let containers = event.containers { out += "\"containers\":\(containers)," }
    out += "\"kind\":\"\(event.kind.rawValue)\",\"message\":"
    appendString(event.message, to: &out)
    out += ",\"sequence\":\(event.sequence),\"severity\":\"\(event.severity.rawValue)\""
    if let station = event.station {
      out += ",\"station\":"
      appendString(station, to: &out)
    }
    out += ",\"time\":\(event.time.seconds)"
    if let train = event.train {
      out += ",\"train\":"
      appendString(train, to: &out)
    }
    return out + "}"
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped, the rest
  /// (including non-ASCII) as UTF-8.
  static func appendString(_ text: String, to out: inout String) {
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
}
