import CorridorSim

/// One event as one line of NDJSON, written by hand.
///
/// `JSONEncoder` took two thirds of a year's `--events` run (81k events, 1.2 s in release);
/// this writes byte-identical text (keys sorted, absent optionals omitted, as `JSONEncoder`
/// with `.sortedKeys` does) in about half the total time.
enum SimulateEventLine {
  static func json(_ event: SimEvent) -> String {
    var out = "{"
    if let containers = event.containers { out += "\"containers\":\(containers)," }
    out += "\"kind\":\"\(event.kind.rawValue)\",\"message\":"
    QuotedString.append(event.message, to: &out)
    out += ",\"sequence\":\(event.sequence),\"severity\":\"\(event.severity.rawValue)\""
    if let station = event.station {
      out += ",\"station\":"
      QuotedString.append(station, to: &out)
    }
    out += ",\"time\":\(event.time.seconds)"
    if let train = event.train {
      out += ",\"train\":"
      QuotedString.append(train, to: &out)
    }
    return out + "}"
  }
}
