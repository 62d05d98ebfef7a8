/// Turns events into words: the scenario's names by index, and the one sentence of each kind.
///
/// Built once per simulation and handed out with every snapshot (its arrays are shared, not
/// copied), so whoever shows an event — the events pane, `simulate --events` — formats just
/// the events it shows, and the engine formats none.
public struct EventText: Sendable, Hashable {
  /// The names of one station.
  public struct Place: Sendable, Hashable {
    public var id: String
    public var name: String
    public var country: String
    public init(id: String, name: String, country: String) {
      self.id = id
      self.name = name
      self.country = country
    }
  }

  /// Every station of the scenario, by index (what `SimEvent.station` points at).
  public private(set) var stations: [Place]
  /// Service names and ids, by index.
  public private(set) var services: [String]
  public private(set) var serviceIDs: [String]
  /// Where the main route's destination hands its boxes off (`Unloading.handOffTo`).
  public private(set) var hub: String

  public init(stations: [Place], services: [String], serviceIDs: [String] = [], hub: String) {
    self.stations = stations
    self.services = services
    self.serviceIDs = serviceIDs
    self.hub = hub
  }

  public init(scenario: Scenario) {
    self.init(
      stations: scenario.stations.map { Place(id: $0.id, name: $0.name, country: $0.country) },
      services: scenario.services.map(\.name), serviceIDs: scenario.services.map(\.id),
      hub: scenario.unloading.handOffTo)
  }

  /// The station an index names, if it is one.
  public func place(_ index: Int32?) -> Place? {
    guard let index, index >= 0, Int(index) < stations.count else { return nil }
    return stations[Int(index)]
  }

  /// The id of the event's station, if any (what `simulate --events` writes as `station`).
  public func stationID(of event: SimEvent) -> String? { place(event.station)?.id }

  /// The event as one human sentence, e.g. `X8044-0302 queued at Małaszewicze (3 ahead)`.
  public func message(for event: SimEvent) -> String {
    let train = event.train ?? "?"
    let here = place(event.station)?.name ?? "?"
    let boxes = event.containers.map(Int.init) ?? 0
    switch (event.kind, event.detail) {
    case (.loadingStarted, .service(let service)):
      let name = services.indices.contains(Int(service)) ? services[Int(service)] : "?"
      return "\(train) loading \(boxes) FEU at \(here) for \(name)"
    case (.departed, _): return "\(train) departed \(here) with \(boxes) FEU"
    case (.stationArrived, _): return "\(train) arrived at \(here)"
    case (.stationDeparted, _): return "\(train) left \(here)"
    case (.borderCrossed, .crossing(let from, let to)):
      let left = place(from)?.country ?? "?"
      let entered = place(to)?.country ?? "?"
      return "\(train) crossed \(left)→\(entered) at \(here)"
    case (.pathWait, .path(let to, let seconds, let planned)):
      let next = place(to)?.name ?? "?"
      let verb = planned ? "will wait" : "waits"
      return "\(train) \(verb) \(Self.minutes(seconds)) min for a path \(here) → \(next)"
    case (.yardWait, .yard(let full)):
      return "\(train) waits at \(here): the yard at \(place(full)?.name ?? "?") is full"
    case (.customsQueued, .queue(let ahead, let closed)):
      return "\(train) queued for customs at \(here) (\(ahead) ahead\(closed ? ", closed" : ""))"
    case (.gaugeQueueJoined, .queue(let ahead, let closed)):
      return "\(train) queued at \(here) (\(ahead) ahead\(closed ? ", closed" : ""))"
    case (.customsHold, .hold(let seconds)):
      return
        "\(train) held at \(here) customs for paperwork (\(Self.oneDecimal(seconds, per: 3_600)) h)"
    case (.customsCleared, _): return "\(train) cleared customs at \(here)"
    case (.transshipStarted, _): return "\(train) transshipping \(boxes) FEU at \(here)"
    case (.transshipDone, _): return "\(train) transshipped \(boxes) FEU at \(here)"
    case (.containersLeftBehind, .leftBehind(let limit, let backlog)):
      return "\(train) left \(boxes) FEU at \(here) (limit \(limit)); backlog \(backlog) FEU"
    case (.backlogPickedUp, .backlog(let left)):
      return "\(train) picked up \(boxes) backlogged FEU at \(here); \(left) left"
    case (.reliefTrainFormed, .backlog(let left)):
      return "\(train) formed at \(here) from \(boxes) backlogged FEU; \(left) left"
    case (.arrived, .arrival(let transit, let late)):
      let days = Self.oneDecimal(transit, per: 86_400)
      let lateness = late > 0 ? "\(Self.oneDecimal(late, per: 3_600)) h late" : "on time"
      return "\(train) arrived at \(here) after \(days) days (\(lateness))"
    case (.unloaded, .handOff(let hub)):
      let to = hub ? "handed off to \(self.hub)" : "handed off to onward carriers at \(here)"
      return "\(train) unloaded \(boxes) FEU, \(to)"
    case (.disruptionStarted, .disruption(let kind, let seconds)):
      let what =
        kind == .borderHold ? "border hold at \(here): customs stopped" : "\(here) terminal closed"
      return "\(what) for \(Self.oneDecimal(seconds, per: 86_400)) days"
    case (.disruptionEnded, .disruption(let kind, _)):
      return kind == .borderHold ? "border hold at \(here) lifted" : "\(here) terminal reopened"
    case (.disruptionStarted, .winter(let gauge, let factor)):
      return "winter slowdown on \(Self.track(gauge)) track: speed × \(Self.oneDecimal(factor))"
    case (.disruptionEnded, .winter(let gauge, _)):
      return "winter slowdown on \(Self.track(gauge)) track ended"
    default:
      return "\(event.kind.rawValue) \(train) at \(here)"
    }
  }

  private static func track(_ gauge: Gauge?) -> String {
    gauge.map { "\($0.rawValue) mm" } ?? "all"
  }

  /// Whole minutes, rounded up (a wait of 1 s is "1 min").
  static func minutes(_ seconds: Int64) -> Int64 {
    seconds / 60 + (seconds % 60 > 0 ? 1 : 0)
  }

  /// `seconds ÷ unit` with one decimal, e.g. 2.3.
  static func oneDecimal(_ seconds: Int64, per unit: Int64) -> String {
    oneDecimal(Double(seconds) / Double(unit))
  }

  /// A value with one decimal, half away from zero; "?" for one too large to print.
  static func oneDecimal(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "?" }
    let tenths = Int64((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
