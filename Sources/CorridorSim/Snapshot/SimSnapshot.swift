/// An immutable picture of the whole simulation at one instant: everything a view needs.
///
/// Produced by `Simulation.snapshot()`. Arrays share storage with the engine copy-on-write,
/// so taking a snapshot every frame is cheap; positions between events are interpolated here
/// and never written back into the model.
public struct SimSnapshot: Sendable, Hashable {
  public var scenarioName: String
  public var scenarioTitle: String
  public var seed: UInt64
  /// Unix seconds of sim time zero, for calendar display.
  public var epochUnix: Int64
  public var time: SimTime
  /// The corridor's days: which clock "day N" and "today" are counted in.
  public var calendar: CorridorCalendar
  /// The corridor day `time` falls in (1-based).
  public var corridorDay: Int64 { calendar.day(at: time) }
  /// The words for `recentEvents` (station and service names by index).
  public var eventText: EventText
  /// The main route as drawn by the route-progress pane (westbound order).
  public var corridor: CorridorLine
  /// Trains loading at their origin (status `.loading`, from 6 h before departure), those
  /// that have departed and not yet been handed off, plus those arrived within the last day
  /// (status `.arrived`), ordered by train id.
  public var trains: [TrainSnapshot]
  /// Stations with a queue or backlog resource, in westbound order of the main route.
  public var stations: [StationSnapshot]
  public var kpis: KPISnapshot
  /// The most recent events, oldest first (bounded).
  public var recentEvents: [SimEvent]
  /// Disruptions in force now.
  public var activeDisruptions: [ActiveDisruption]

  public init(
    scenarioName: String, scenarioTitle: String, seed: UInt64, epochUnix: Int64, time: SimTime,
    corridor: CorridorLine, trains: [TrainSnapshot], stations: [StationSnapshot],
    kpis: KPISnapshot, recentEvents: [SimEvent], activeDisruptions: [ActiveDisruption],
    calendar: CorridorCalendar? = nil, eventText: EventText? = nil
  ) {
    self.calendar = calendar ?? CorridorCalendar(epochUnix: epochUnix, utcOffsetSeconds: 0)
    self.eventText = eventText ?? EventText(stations: [], services: [], hub: "")
    self.scenarioName = scenarioName
    self.scenarioTitle = scenarioTitle
    self.seed = seed
    self.epochUnix = epochUnix
    self.time = time
    self.corridor = corridor
    self.trains = trains
    self.stations = stations
    self.kpis = kpis
    self.recentEvents = recentEvents
    self.activeDisruptions = activeDisruptions
  }
}

/// The stations of the main route with their distance from the westbound origin.
public struct CorridorLine: Sendable, Hashable, Codable {
  public struct Stop: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var nativeName: String?
    public var country: String
    public var kind: StationKind
    public var km: Double
    public var latitude: Double
    public var longitude: Double
    public init(id: String, name: String, nativeName: String?, country: String, kind: StationKind,
                km: Double, latitude: Double, longitude: Double) {
      self.id = id
      self.name = name
      self.nativeName = nativeName
      self.country = country
      self.kind = kind
      self.km = km
      self.latitude = latitude
      self.longitude = longitude
    }
  }
  /// Stations off the line that some route reaches, grouped by the stop they join it at.
  /// A train at or between them is placed at that junction (`TrainPosition.offCorridor`).
  public struct Branch: Sendable, Hashable, Codable {
    /// Id of the stop on the line where the branch leaves it.
    public var junction: String
    /// Ids and names of the off-line stations joining there, in route order.
    public var stations: [String]
    public var names: [String]
    public init(junction: String, stations: [String], names: [String]) {
      self.junction = junction
      self.stations = stations
      self.names = names
    }
  }
  public var routeID: String
  public var stops: [Stop]
  public var totalKm: Double
  /// Branches off the line, in corridor order of their junctions.
  public var branches: [Branch]
  public init(routeID: String, stops: [Stop], totalKm: Double, branches: [Branch] = []) {
    self.routeID = routeID
    self.stops = stops
    self.totalKm = totalKm
    self.branches = branches
  }
}

/// What a train is doing now.
public enum TrainStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case loading
  case running
  /// Crew / locomotive change or technical stop.
  case dwelling
  /// Waiting for a path on the next segment (track capacity).
  case waitingForPath = "waiting_for_path"
  case atCustoms = "at_customs"
  case queuedForGaugeChange = "queued_for_gauge_change"
  case transshipping
  /// Held by a disruption or a customs paperwork hold.
  case held
  case unloading
  case arrived
}

/// Where a train is, interpolated at snapshot time.
public struct TrainPosition: Sendable, Hashable, Codable {
  /// Station the train is at, or last left.
  public var fromStation: String
  /// Station the train is heading to (equal to `fromStation` when standing at a station).
  public var toStation: String
  /// Km travelled along the current segment.
  public var kmAlongSegment: Double
  /// Km from the westbound origin of the corridor line (comparable across directions); for a
  /// train off the line, its junction's km.
  public var corridorKm: Double
  public var latitude: Double
  public var longitude: Double
  /// At a station off the corridor line, or on a leg to or from one: `corridorKm` is then the
  /// junction's (`CorridorLine.branches`), not a point on the line.
  public var offCorridor: Bool
  public init(fromStation: String, toStation: String, kmAlongSegment: Double, corridorKm: Double,
              latitude: Double, longitude: Double, offCorridor: Bool = false) {
    self.offCorridor = offCorridor
    self.fromStation = fromStation
    self.toStation = toStation
    self.kmAlongSegment = kmAlongSegment
    self.corridorKm = corridorKm
    self.latitude = latitude
    self.longitude = longitude
  }
}

/// Totals of one cargo category in a consist.
public struct CategoryTotals: Sendable, Hashable, Codable {
  public var category: String
  public var containers: Int
  public var tonnes: Double
  public var parcels: Int
  public var valueUSD: Double
  /// The category's index in the scenario's categories, for the engine's in-transit tally
  /// (no hashing of the id per category per train); -1 when not built by the engine. Not
  /// part of the encoded snapshot.
  var categoryIndex: Int32 = -1
  public init(category: String, containers: Int, tonnes: Double, parcels: Int, valueUSD: Double) {
    self.category = category
    self.containers = containers
    self.tonnes = tonnes
    self.parcels = parcels
    self.valueUSD = valueUSD
  }

  private enum CodingKeys: String, CodingKey {
    case category, containers, tonnes, parcels, valueUSD
  }
}

/// What a train carries now.
public struct ConsistTotals: Sendable, Hashable, Codable {
  /// 40 ft containers.
  public var feu: Int
  public var teu: Int { feu * 2 }
  public var tonnes: Double
  public var parcels: Int
  public var valueUSD: Double
  /// Per category, largest first.
  public var byCategory: [CategoryTotals]
  public init(feu: Int, tonnes: Double, parcels: Int, valueUSD: Double,
              byCategory: [CategoryTotals]) {
    self.feu = feu
    self.tonnes = tonnes
    self.parcels = parcels
    self.valueUSD = valueUSD
    self.byCategory = byCategory
  }
  public static let empty = ConsistTotals(feu: 0, tonnes: 0, parcels: 0, valueUSD: 0, byCategory: [])
}

/// Planned and actual times of a train at one stop of its journey.
public struct StopTime: Sendable, Hashable, Codable {
  public var station: String
  public var plannedArrival: SimTime
  public var plannedDeparture: SimTime
  public var actualArrival: SimTime?
  public var actualDeparture: SimTime?
  public init(station: String, plannedArrival: SimTime, plannedDeparture: SimTime,
              actualArrival: SimTime? = nil, actualDeparture: SimTime? = nil) {
    self.station = station
    self.plannedArrival = plannedArrival
    self.plannedDeparture = plannedDeparture
    self.actualArrival = actualArrival
    self.actualDeparture = actualDeparture
  }
}

/// One train as a view sees it.
public struct TrainSnapshot: Sendable, Hashable, Codable, Identifiable {
  /// e.g. `X8044-0302W`; unique within a run.
  public var id: String
  public var serviceID: String
  public var serviceName: String
  public var direction: Direction
  public var status: TrainStatus
  public var position: TrainPosition
  /// 0...1 of the train's own route length.
  public var progress: Double
  /// Next station where the train stops, nil once arrived.
  public var nextStop: String?
  public var departedAt: SimTime
  public var plannedArrival: SimTime
  /// Predicted arrival from remaining distance and expected dwells (converges as it advances).
  public var predictedArrival: SimTime
  /// Actual arrival, once arrived.
  public var arrivedAt: SimTime?
  /// predictedArrival − plannedArrival (or actual − planned once arrived), seconds; > 0 is late.
  /// Before departure it is the departure's delay (0 for a train loading on time).
  public var delaySeconds: Int64
  /// The service's on-time tolerance: a train more than this behind plan is late.
  public var lateAfterSeconds: Int64
  /// Late by the scenario's one meaning: more than `lateAfterSeconds` behind plan.
  public var isLate: Bool { delaySeconds > lateAfterSeconds }
  /// A relief train: an extra block train a terminal formed from backlogged boxes.
  public var isRelief: Bool
  public var consist: ConsistTotals
  /// Stop-by-stop timeline of planned vs actual times.
  public var timeline: [StopTime]
  public init(
    id: String, serviceID: String, serviceName: String, direction: Direction, status: TrainStatus,
    position: TrainPosition, progress: Double, nextStop: String?, departedAt: SimTime,
    plannedArrival: SimTime, predictedArrival: SimTime, arrivedAt: SimTime?, delaySeconds: Int64,
    consist: ConsistTotals, timeline: [StopTime], lateAfterSeconds: Int64 = 86_400,
    isRelief: Bool = false
  ) {
    self.lateAfterSeconds = lateAfterSeconds
    self.isRelief = isRelief
    self.id = id
    self.serviceID = serviceID
    self.serviceName = serviceName
    self.direction = direction
    self.status = status
    self.position = position
    self.progress = progress
    self.nextStop = nextStop
    self.departedAt = departedAt
    self.plannedArrival = plannedArrival
    self.predictedArrival = predictedArrival
    self.arrivedAt = arrivedAt
    self.delaySeconds = delaySeconds
    self.consist = consist
    self.timeline = timeline
  }
}

/// Queue and backlog at a station's resources.
public struct StationSnapshot: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: String
  public var kind: StationKind
  /// Trains waiting for the station's resource (customs, gauge change, crew, unloading).
  public var queueLength: Int
  /// Trains being served now.
  public var inService: Int
  public var capacity: Int
  /// Containers left behind at a gauge change, waiting for a later train.
  public var backlogFEU: Int
  /// When the oldest of those boxes was left (its age is `time` − this); nil when none wait.
  public var oldestBacklogSince: SimTime?
  /// Places in the receiving yard per direction (0: unlimited), trains holding one now, and
  /// trains held back at the stop before because it is full.
  public var yardCapacity: Int
  public var yardTrains: Int
  public var heldBack: Int
  /// Wait of the train at the head of the queue, seconds (0 if none).
  public var longestWaitSeconds: Int64
  /// Closed or held by a disruption until this time.
  public var closedUntil: SimTime?
  public init(id: String, name: String, kind: StationKind, queueLength: Int, inService: Int,
              capacity: Int, backlogFEU: Int, longestWaitSeconds: Int64, closedUntil: SimTime?,
              oldestBacklogSince: SimTime? = nil, yardCapacity: Int = 0, yardTrains: Int = 0,
              heldBack: Int = 0) {
    self.oldestBacklogSince = oldestBacklogSince
    self.yardCapacity = yardCapacity
    self.yardTrains = yardTrains
    self.heldBack = heldBack
    self.id = id
    self.name = name
    self.kind = kind
    self.queueLength = queueLength
    self.inService = inService
    self.capacity = capacity
    self.backlogFEU = backlogFEU
    self.longestWaitSeconds = longestWaitSeconds
    self.closedUntil = closedUntil
  }
}

/// Rolling key performance indicators.
public struct KPISnapshot: Sendable, Hashable, Codable {
  public var trainsInTransit: Int
  public var teuInTransit: Int
  public var teuInTransitWestbound: Int
  public var teuInTransitEastbound: Int
  /// TEU in transit by cargo category id, largest first.
  public var teuInTransitByCategory: [CategoryTEU]
  public var teuDeliveredToday: Int
  /// Last 7 sim days including today.
  public var teuDeliveredThisWeek: Int
  /// TEU handed off at destinations (delivered means handed off).
  public var teuDeliveredTotal: Int
  /// Trains whose boxes were handed off.
  public var trainsArrivedTotal: Int
  /// TEU delivered on each of the last 30 sim days, oldest first, today last.
  public var teuDeliveredPerDay: [Int]
  /// Westbound / eastbound split of `teuDeliveredPerDay`.
  public var teuDeliveredPerDayWestbound: [Int]
  public var teuDeliveredPerDayEastbound: [Int]
  /// Mean door-to-door transit of the boxes handed off in the last 30 days (each from its own
  /// departure to its arrival at its destination), days; nil if none.
  public var meanTransitDays: Double?
  /// Share of those boxes that arrived within their service's tolerance, 0...100; nil if none.
  public var onTimePercent: Double?
  /// Boxes waiting at each gauge-change terminal for a later train, main route first.
  public var backlogs: [TerminalBacklog]
  /// Mean wait (queue + hold) per train at each border/gauge-change station, hours.
  public var delayByBorder: [BorderDelay]
  public init(
    trainsInTransit: Int, teuInTransit: Int, teuInTransitWestbound: Int, teuInTransitEastbound: Int,
    teuInTransitByCategory: [CategoryTEU], teuDeliveredToday: Int, teuDeliveredThisWeek: Int,
    teuDeliveredTotal: Int, trainsArrivedTotal: Int, teuDeliveredPerDay: [Int],
    teuDeliveredPerDayWestbound: [Int], teuDeliveredPerDayEastbound: [Int],
    meanTransitDays: Double?, onTimePercent: Double?, delayByBorder: [BorderDelay],
    backlogs: [TerminalBacklog] = []
  ) {
    self.backlogs = backlogs
    self.trainsInTransit = trainsInTransit
    self.teuInTransit = teuInTransit
    self.teuInTransitWestbound = teuInTransitWestbound
    self.teuInTransitEastbound = teuInTransitEastbound
    self.teuInTransitByCategory = teuInTransitByCategory
    self.teuDeliveredToday = teuDeliveredToday
    self.teuDeliveredThisWeek = teuDeliveredThisWeek
    self.teuDeliveredTotal = teuDeliveredTotal
    self.trainsArrivedTotal = trainsArrivedTotal
    self.teuDeliveredPerDay = teuDeliveredPerDay
    self.teuDeliveredPerDayWestbound = teuDeliveredPerDayWestbound
    self.teuDeliveredPerDayEastbound = teuDeliveredPerDayEastbound
    self.meanTransitDays = meanTransitDays
    self.onTimePercent = onTimePercent
    self.delayByBorder = delayByBorder
  }
}

/// TEU of one cargo category.
public struct CategoryTEU: Sendable, Hashable, Codable {
  public var category: String
  public var name: String
  public var teu: Int
  public init(category: String, name: String, teu: Int) {
    self.category = category
    self.name = name
    self.teu = teu
  }
}

/// The backlog of one gauge-change terminal.
public struct TerminalBacklog: Sendable, Hashable, Codable {
  public var station: String
  public var name: String
  /// Boxes waiting, all destinations.
  public var feu: Int
  /// When the oldest waiting box was left there; nil when none wait.
  public var oldestSince: SimTime?
  public init(station: String, name: String, feu: Int, oldestSince: SimTime?) {
    self.station = station
    self.name = name
    self.feu = feu
    self.oldestSince = oldestSince
  }
}

/// Mean wait at one border or gauge-change point.
public struct BorderDelay: Sendable, Hashable, Codable {
  public var station: String
  public var name: String
  public var meanWaitHours: Double
  public var trains: Int
  public init(station: String, name: String, meanWaitHours: Double, trains: Int) {
    self.station = station
    self.name = name
    self.meanWaitHours = meanWaitHours
    self.trains = trains
  }
}

/// A disruption in force.
public struct ActiveDisruption: Sendable, Hashable, Codable {
  public var kind: DisruptionRate.Kind
  public var station: String?
  public var gauge: Gauge?
  public var startedAt: SimTime
  public var endsAt: SimTime
  public init(kind: DisruptionRate.Kind, station: String?, gauge: Gauge?, startedAt: SimTime,
              endsAt: SimTime) {
    self.kind = kind
    self.station = station
    self.gauge = gauge
    self.startedAt = startedAt
    self.endsAt = endsAt
  }
}
