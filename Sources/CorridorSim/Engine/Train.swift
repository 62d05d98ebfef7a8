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

/// A train in the model: mutable, owned by the `Simulation`, referenced by slot index.
final class TrainState {
  let id: String
  /// Index of the train in `Simulation.trains`, fixed for its life.
  var slot: Int32 = -1
  let plan: ServicePlan
  let plannedDeparture: Int64
  /// Planned origin-to-destination seconds, from the timetable of its season.
  let plannedTransitSeconds: Int64
  /// Where writes to the fields below are reported (shared by the simulation's trains).
  let changes: TrainChanges
  var containers: [Container]
  /// Cached totals of `containers`, recomputed only when the consist changes.
  var consist: ConsistTotals = .empty {
    didSet {
      rowRevision += 1
      changes.mark(slot)
    }
  }
  var timeline: [StopTime] {
    didSet {
      rowRevision += 1
      changes.mark(slot)
    }
  }
  /// Bumped whenever `consist` or `timeline` changes, so a cached snapshot row copies those
  /// arrays only when they changed (saving a retain and release of each per row and frame).
  private(set) var rowRevision = 0
  /// Index into `plan.stops` of the station the train is at or last left.
  var stopIndex = 0 { didSet { changes.mark(slot) } }
  var phase: TrainPhase { didSet { changes.mark(slot) } }
  var status: TrainStatus = .loading { didSet { changes.mark(slot) } }
  var departedAt: Int64? { didSet { changes.mark(slot) } }
  var arrivedAt: Int64? { didSet { changes.mark(slot) } }
  /// When unloading ended and the boxes were handed off: they count as delivered from then.
  var handedOffAt: Int64?
  /// Seconds spent waiting (queues, holds, paths) at the current stop, for delay by border.
  var waitAtStop: Int64 = 0
  /// Yard places the train holds (station indices, -1 for none): the one of the stop it stands
  /// at, and the one of the next stop, taken when it was admitted towards it.
  var yardHere = -1
  var yardAhead = -1
  /// Seconds spent at the previous stop waiting for the yard ahead: counted as waiting at the
  /// yard's station once the train gets there.
  var yardWaited: Int64 = 0
  /// When the train started waiting for the yard ahead.
  var yardWaitSince: Int64 = 0
  /// A relief train formed at a terminal from backlogged boxes.
  let isRelief: Bool

  init(
    id: String, plan: ServicePlan, plannedDeparture: Int64, plannedTransitSeconds: Int64,
    containers: [Container], timeline: [StopTime], changes: TrainChanges, isRelief: Bool = false
  ) {
    self.plannedTransitSeconds = plannedTransitSeconds
    self.isRelief = isRelief
    self.id = id
    self.changes = changes
    self.plan = plan
    self.plannedDeparture = plannedDeparture
    self.containers = containers
    self.timeline = timeline
    self.phase = .loading(departure: plannedDeparture)
  }

  var plannedArrival: Int64 { plannedDeparture + plannedTransitSeconds }
  var direction: Direction { plan.service.direction }
  /// Departed and not yet handed off: what the in-transit KPIs count.
  var isInTransit: Bool { departedAt != nil && handedOffAt == nil }
  var isFinalStop: Bool { stopIndex == plan.stops.count - 1 }
}
