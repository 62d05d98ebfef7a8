/// One event as one line of NDJSON (`simulate --events`), written by hand: keys sorted, absent
/// ones omitted, the figures of its kind as their own keys beside the sentence.
///
/// Fields: `sequence`, `time` (sim seconds), `kind`, `severity`, `train`, `station` (id),
/// `containers`, `message`, and by kind: `service` (id), `from_station`/`to_station` (ids),
/// `seconds`, `planned`, `ahead`, `closed`, `limit`, `backlog`, `transit_seconds`,
/// `late_seconds`, `hub`, `disruption`, `gauge`, `speed_factor`.
extension EventText {
  public func json(for event: SimEvent) -> String {
    var fields: [(key: String, value: String)] = []
    func text(_ key: String, _ value: String) {
      var quoted = ""
      QuotedString.append(value, to: &quoted, dialect: .json)
      fields.append((key, quoted))
    }
    func number(_ key: String, _ value: some BinaryInteger) { fields.append((key, "\(value)")) }
    func flag(_ key: String, _ value: Bool) { fields.append((key, value ? "true" : "false")) }
    func station(_ key: String, _ index: Int32) {
      if let place = place(index) { text(key, place.id) }
    }
    number("sequence", event.sequence)
    number("time", event.time.seconds)
    text("kind", event.kind.rawValue)
    text("severity", event.severity.rawValue)
    if let train = event.train { text("train", train) }
    if let id = stationID(of: event) { text("station", id) }
    if let containers = event.containers { number("containers", containers) }
    text("message", message(for: event))
    switch event.detail {
    case .none: break
    case .service(let index):
      if serviceIDs.indices.contains(Int(index)) { text("service", serviceIDs[Int(index)]) }
    case .crossing(let from, let to):
      station("from_station", from)
      station("to_station", to)
    case .path(let to, let seconds, let planned):
      station("to_station", to)
      number("seconds", seconds)
      flag("planned", planned)
    case .yard(let full): station("to_station", full)
    case .queue(let ahead, let closed):
      number("ahead", ahead)
      flag("closed", closed)
    case .hold(let seconds): number("seconds", seconds)
    case .leftBehind(let limit, let backlog):
      number("limit", limit)
      number("backlog", backlog)
    case .backlog(let left): number("backlog", left)
    case .arrival(let transit, let late):
      number("transit_seconds", transit)
      number("late_seconds", late)
    case .handOff(let hub): flag("hub", hub)
    case .disruption(let kind, let seconds):
      text("disruption", kind.rawValue)
      if seconds > 0 { number("seconds", seconds) }
    case .winter(let gauge, let factor):
      text("disruption", DisruptionRate.Kind.winterSlowdown.rawValue)
      if let gauge { number("gauge", gauge.rawValue) }
      fields.append(("speed_factor", EventText.oneDecimal(factor)))
    }
    fields.sort { $0.key < $1.key }
    var out = "{"
    for (i, field) in fields.enumerated() {
      if i > 0 { out += "," }
      out += "\"\(field.key)\":\(field.value)"
    }
    return out + "}"
  }
}
