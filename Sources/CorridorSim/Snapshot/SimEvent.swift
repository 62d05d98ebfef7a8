/// One entry of the simulation's event log.
///
/// The log is what determinism is checked against: same scenario and seed ⇒ byte-identical
/// encoded log, whether the run was done in one call or in many slices.
public struct SimEvent: Sendable, Hashable, Codable {
  /// What happened.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case loadingStarted = "loading_started"
    case departed
    case stationArrived = "station_arrived"
    case stationDeparted = "station_departed"
    case borderCrossed = "border_crossed"
    case pathWait = "path_wait"
    case customsQueued = "customs_queued"
    case customsHold = "customs_hold"
    case customsCleared = "customs_cleared"
    case gaugeQueueJoined = "gauge_queue_joined"
    case transshipStarted = "transship_started"
    case transshipDone = "transship_done"
    /// Containers that did not fit the next section's train limit stay behind.
    case containersLeftBehind = "containers_left_behind"
    /// Backlogged containers join a later train.
    case backlogPickedUp = "backlog_picked_up"
    case disruptionStarted = "disruption_started"
    case disruptionEnded = "disruption_ended"
    case arrived
    case unloaded
  }
  /// How an operator should read it; views colour by it.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case info, notice, warning, critical
    private var rank: Int {
      switch self {
      case .info: 0
      case .notice: 1
      case .warning: 2
      case .critical: 3
      }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  /// Position in the log, from 0.
  public var sequence: Int
  public var time: SimTime
  public var kind: Kind
  public var severity: Severity
  public var train: String?
  public var station: String?
  /// Containers involved (transshipment, backlog, unloading), if any.
  public var containers: Int?
  /// Human sentence, e.g. `X8044-0302W queued at Małaszewicze (3 ahead)`.
  public var message: String

  public init(sequence: Int, time: SimTime, kind: Kind, severity: Severity, train: String?,
              station: String?, containers: Int? = nil, message: String) {
    self.sequence = sequence
    self.time = time
    self.kind = kind
    self.severity = severity
    self.train = train
    self.station = station
    self.containers = containers
    self.message = message
  }
}
