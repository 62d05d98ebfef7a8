/// One entry of the simulation's event log: what happened, as data.
///
/// An event holds indices and figures, never text: the engine logs hundreds of thousands a
/// year and most are never shown, so words are made only where an event is shown or written
/// (`EventText.message(for:)`: the events pane, `simulate --events`). Stations are indices
/// into the scenario's stations (`EventText.stations`). Apart from the train id (a short
/// inline string for every built-in id), an event is plain bits: logging one allocates and
/// retains nothing.
///
/// The log is what determinism is checked against: same scenario and seed ⇒ the same events,
/// whether the run was done in one call or in many slices.
public struct SimEvent: Sendable, Hashable {
  /// What happened.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case loadingStarted = "loading_started"
    case departed
    case stationArrived = "station_arrived"
    case stationDeparted = "station_departed"
    case borderCrossed = "border_crossed"
    case pathWait = "path_wait"
    /// Waiting at the previous stop because the next stop's yard is full (backpressure).
    case yardWait = "yard_wait"
    case customsQueued = "customs_queued"
    case customsHold = "customs_hold"
    case customsCleared = "customs_cleared"
    case gaugeQueueJoined = "gauge_queue_joined"
    case transshipStarted = "transship_started"
    case transshipDone = "transship_done"
    /// Containers that did not fit the next section's train limit stay behind.
    case containersLeftBehind = "containers_left_behind"
    /// Backlogged containers join a later train towards their destination.
    case backlogPickedUp = "backlog_picked_up"
    /// A terminal forms an extra block train from its backlog.
    case reliefTrainFormed = "relief_train_formed"
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

  /// The figures of one kind of event (station fields are indices into the scenario's
  /// stations; durations and times in seconds).
  public enum Detail: Sendable, Hashable {
    case none
    /// `loadingStarted`: the service the train runs (index into the scenario's services).
    case service(Int32)
    /// `borderCrossed`: the stop left and the stop entered (their countries are the two sides).
    case crossing(from: Int32, to: Int32)
    /// `pathWait`: the next stop and the wait; `planned` when a junction pass reserves the
    /// path ahead ("will wait"), else the train waits now.
    case path(to: Int32, seconds: Int64, planned: Bool)
    /// `yardWait`: the stop whose yard is full.
    case yard(full: Int32)
    /// `customsQueued`, `gaugeQueueJoined`: trains ahead, and whether the resource is closed.
    case queue(ahead: Int32, closed: Bool)
    /// `customsHold`: how long the paperwork holds the train (in the yard, off the servers).
    case hold(seconds: Int64)
    /// `containersLeftBehind`: the next section's limit and the backlog now, FEU.
    case leftBehind(limit: Int32, backlog: Int32)
    /// `backlogPickedUp`, `reliefTrainFormed`: FEU still in the backlog afterwards.
    case backlog(left: Int32)
    /// `arrived`: door-to-door transit of the train and how late against plan (< 0 early).
    case arrival(transitSeconds: Int64, lateSeconds: Int64)
    /// `unloaded`: the boxes are handed off; `hub` when the destination is the main route's
    /// hub (`Unloading.handOffTo`), else to onward carriers at the station.
    case handOff(hub: Bool)
    /// Hold or closure start (`disruptionStarted`) with its length; `seconds` 0 on its end.
    case disruption(DisruptionRate.Kind, seconds: Int64)
    /// Winter slowdown start or end on one gauge (nil: all) at `speedFactor`.
    case winter(gauge: Gauge?, speedFactor: Double)
  }

  /// Position in the log, from 0.
  public var sequence: Int
  public var time: SimTime
  public var kind: Kind
  public var severity: Severity
  /// The train's id, as the snapshot shows it, if a train is involved.
  public var train: String?
  /// Index into the scenario's stations of where it happened, or nil.
  public var station: Int32?
  /// Containers involved (loading, transshipment, backlog, unloading), if any.
  public var containers: Int32?
  public var detail: Detail

  public init(
    sequence: Int, time: SimTime, kind: Kind, severity: Severity, train: String?,
    station: Int32?, containers: Int32? = nil, detail: Detail = .none
  ) {
    self.sequence = sequence
    self.time = time
    self.kind = kind
    self.severity = severity
    self.train = train
    self.station = station
    self.containers = containers
    self.detail = detail
  }
}
