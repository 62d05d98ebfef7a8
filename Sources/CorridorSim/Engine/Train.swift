/// One 40 ft container as the engine tracks it (compact: thousands of trains carry them).
///
/// A box keeps its own journey: left behind at a gauge change it rides on with a later train
/// towards the same destination, and its door-to-door transit and punctuality are its own.
struct Container: Sendable {
  var category: Int32
  var tonnes: Float
  var parcels: Int32
  var valueUSD: Float
  /// Station index of the box's destination.
  var destination: Int32
  /// Index of the service it was loaded for.
  var service: Int32
  /// Sim second it left its origin.
  var departed: Int64
  /// Sim second after which its arrival is late (planned arrival + the service's tolerance).
  var lateAfter: Int64
}

/// Where in its journey a train is; the snapshot interpolates from this.
enum TrainPhase {
  /// Formed at the origin, loading until the departure time.
  case loading(departure: Int64)
  /// On the leg after stop `stopIndex`, between the two times.
  case running(departed: Int64, arrives: Int64)
  /// Standing at stop `stopIndex`, waiting for step `step` of its station steps.
  case queued(step: Int, resource: Int, since: Int64)
  /// Being served at step `step` until `until`.
  case inService(step: Int, until: Int64, held: Bool)
  /// Waiting for the reserved path on the next segment.
  case waitingForPath(opens: Int64)
  /// Waiting for room in the yard of the next stop (station index), in its FIFO line.
  case waitingForYard(station: Int)
  /// Passing a plain junction in one event: crew dwell until `dwellUntil`, then (after any
  /// wait for the reserved path) on the next leg from `departs` to `arrives`.
  case passing(dwellUntil: Int64, departs: Int64, arrives: Int64)
  /// Arrived at the destination and unloaded.
  case arrived
}

/// A train in the model: a value kept in the model's `Roster` and referenced by slot index.
///
/// Event handlers read and write its fields in place through the roster (`roster[slot]`), so
/// a train is never copied and nothing in it is retained per event. Its plan is an index
/// into `CorridorModel.plans`, its id a short string (inline for every built-in id).
struct Train {
  // Laid out by how often an event touches a field: at 200,000 trains a year the roster no
  // longer fits in the cache, and each line an event touches is a miss. The first 64 bytes
  // hold what nearly every event reads or writes (phase, stop, yard places, id); the next
  // 64 what many do (waits, consist); the rest only departure, delivery and snapshots read.
  // Indices are kept as Int32 behind Int accessors so the first group fits one line (D91).

  var phase: TrainPhase
  var status: TrainStatus = .loading
  let direction: Direction
  /// A relief train formed at a terminal from backlogged boxes.
  let isRelief: Bool
  private let planIndex: Int32
  private var stop: Int32 = 0
  private var yardHereIndex: Int32 = -1
  private var yardAheadIndex: Int32 = -1
  private var revision: Int32 = 0
  let id: String
  /// Seconds spent waiting (queues, holds, paths) at the current stop, for delay by border.
  var waitAtStop: Int64 = 0
  /// Seconds spent at the previous stop waiting for the yard ahead: counted as waiting at the
  /// yard's station once the train gets there.
  var yardWaited: Int64 = 0
  /// When the train started waiting for the yard ahead.
  var yardWaitSince: Int64 = 0
  /// Cached totals of `containers` (by the scenario's categories), recomputed only when the
  /// consist changes.
  private(set) var consist: ConsistTotals
  /// The boxes: set at forming and changed only by `reform`; both make `consist` and
  /// `boxClock` from them, so the three never disagree.
  private(set) var containers: [Container]
  var departedAt: Int64?
  var arrivedAt: Int64?
  /// When unloading ended and the boxes were handed off: they count as delivered from then.
  var handedOffAt: Int64?
  let plannedDeparture: Int64
  /// Planned origin-to-destination seconds, from the timetable of its season.
  let plannedTransitSeconds: Int64
  /// The boxes' departures and deadlines, for the hand-off (see `BoxClock`).
  private(set) var boxClock: BoxClock

  /// Index into `CorridorModel.plans` of the plan it runs.
  var plan: Int { Int(planIndex) }
  /// Index into the plan's stops of the station the train is at or last left (changed only by
  /// `arrive`, through `Roster.arrive`, which records the stop's time with it).
  var stopIndex: Int { Int(stop) }
  /// Yard places the train holds (station indices, -1 for none): the one of the stop it stands
  /// at, and the one of the next stop, taken when it was admitted towards it.
  var yardHere: Int {
    get { Int(yardHereIndex) }
    set { yardHereIndex = Int32(newValue) }
  }
  var yardAhead: Int {
    get { Int(yardAheadIndex) }
    set { yardAheadIndex = Int32(newValue) }
  }
  /// Bumped whenever `consist` or a stop's actual time changes, so a cached snapshot row
  /// copies its consist and updates its timeline's actual times only then (not per row and
  /// frame). Wraps: only a change of it means anything.
  var rowRevision: Int { Int(revision) }

  init(
    id: String, plan: Int, direction: Direction, plannedDeparture: Int64,
    plannedTransitSeconds: Int64, containers: [Container], categories: [CargoCategory],
    isRelief: Bool = false
  ) {
    self.id = id
    planIndex = Int32(plan)
    self.direction = direction
    self.plannedDeparture = plannedDeparture
    self.plannedTransitSeconds = plannedTransitSeconds
    self.containers = containers
    consist = ConsistTotals(containers, categories: categories)
    boxClock = BoxClock(containers)
    self.isRelief = isRelief
    phase = .loading(departure: plannedDeparture)
  }

  var plannedArrival: Int64 { plannedDeparture + plannedTransitSeconds }

  // The changes below are whole steps of the journey, made in one write to the roster
  // (each write to it checks that its arrays are not shared; one check, not one per field).
  // Those that reach or leave a stop are made through `Roster`, which records the stop's time.

  /// Moves to `phase`, shown as `status`, after waiting `waited` more seconds at this stop.
  mutating func enter(_ phase: TrainPhase, _ status: TrainStatus, waited: Int64 = 0) {
    self.phase = phase
    self.status = status
    waitAtStop += waited
  }

  /// Reaches the next stop (station index `station`), ending a junction pass if it was one,
  /// and takes over the yard place it holds there.
  mutating func arrive(at station: Int) {
    stop += 1
    waitAtStop = 0
    if yardAhead == station {
      yardHereIndex = yardAheadIndex
      yardAheadIndex = -1
      waitAtStop = yardWaited
      yardWaited = 0
    }
    revision &+= 1
  }

  /// Leaves the current stop at `now` onto the leg it runs until `arrives`.
  mutating func depart(now: SimTime, arrives: Int64) {
    phase = .running(departed: now.seconds, arrives: arrives)
    status = .running
    revision &+= 1
  }

  /// Done at the destination: unloaded, staying visible until retired.
  mutating func finish() {
    phase = .arrived
    status = .arrived
    revision &+= 1
  }

  /// Changes the boxes as a gauge change re-forms the train, and with them the totals (by
  /// category of `categories`) and the box clock.
  mutating func reform(_ change: ConsistChange, categories: [CargoCategory]) {
    switch change {
    case .leaveBehind(let extra): containers.removeLast(extra)
    case .pickUp(let boxes): containers.append(contentsOf: boxes)
    }
    consist = ConsistTotals(containers, categories: categories)
    boxClock = BoxClock(containers)
    revision &+= 1
  }

  /// How many leading bytes of a train the event handlers touch (all but the fields from
  /// `containers` on): what `Roster.prefetch` asks for. `TrainLayoutTests` holds it.
  static let eventBytes = 128

  /// Departed and not yet handed off: what the in-transit KPIs count.
  var isInTransit: Bool { departedAt != nil && handedOffAt == nil }

  /// What a vacated slot holds until it is reused (no arrays, no plan of its own).
  static let vacant = Train(
    id: "", plan: 0, direction: .westbound, plannedDeparture: 0, plannedTransitSeconds: 0,
    containers: [], categories: [])
}
