/// A complete, validated description of a corridor to simulate: the network, the services that
/// run on it, their cargo, and the rates of disruptions.
///
/// Scenarios are data. The built-in default (`Scenario.zhengzhouLiege`) and the YAML files in
/// `scenarios/` produce values of this type; the engine reads nothing else.
public struct Scenario: Sendable, Hashable {
  /// Short machine name, e.g. `zhengzhou-liege`.
  public var name: String
  /// Human title shown in the header.
  public var title: String
  /// One-paragraph description and sources.
  public var summary: String
  /// Unix time (seconds, UTC) of sim time zero.
  public var epochUnix: Int64
  /// Seed used when the user gives none.
  public var defaultSeed: UInt64
  /// The corridor clock's offset from UTC, seconds (fixed, no daylight saving): corridor days
  /// ("day N", "delivered today", one row of `simulate`) begin at its midnight.
  public var corridorUTCOffsetSeconds: Int64
  public var stations: [Station]
  public var segments: [Segment]
  public var routes: [Route]
  public var services: [Service]
  public var cargoCategories: [CargoCategory]
  public var disruptions: [DisruptionRate]
  /// Unloading and hand-off at the destination hub(s).
  public var unloading: Unloading

  public init(
    name: String, title: String, summary: String, epochUnix: Int64, defaultSeed: UInt64,
    stations: [Station], segments: [Segment], routes: [Route], services: [Service],
    cargoCategories: [CargoCategory], disruptions: [DisruptionRate], unloading: Unloading,
    corridorUTCOffsetSeconds: Int64 = 0
  ) {
    self.corridorUTCOffsetSeconds = corridorUTCOffsetSeconds
    self.name = name
    self.title = title
    self.summary = summary
    self.epochUnix = epochUnix
    self.defaultSeed = defaultSeed
    self.stations = stations
    self.segments = segments
    self.routes = routes
    self.services = services
    self.cargoCategories = cargoCategories
    self.disruptions = disruptions
    self.unloading = unloading
  }
}

/// Track gauge of a section, in millimetres.
public enum Gauge: Int, Sendable, Hashable, Codable, CaseIterable {
  /// 1435 mm: China and the EU.
  case standard = 1435
  /// 1520 mm: Kazakhstan, Russia, Belarus (and Mongolia).
  case broad = 1520
}

/// Direction of travel along the corridor.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
  /// China → Europe (Zhengzhou → Liège).
  case westbound
  /// Europe → China (Liège → Zhengzhou).
  case eastbound
}

/// What a station is on the corridor; drives which resources a train meets there.
public enum StationKind: String, Sendable, Hashable, Codable, CaseIterable {
  case origin
  case junction
  case border
  case gaugeChange = "gauge_change"
  case hub
  case destination
}

/// A node of the network.
public struct Station: Sendable, Hashable {
  /// Stable identifier used by routes and segments, e.g. `malaszewicze`.
  public var id: String
  /// Display name in Latin script, e.g. `Małaszewicze`.
  public var name: String
  /// Name in the local script where it differs, e.g. `郑州`.
  public var nativeName: String?
  /// ISO 3166-1 alpha-2 country code.
  public var country: String
  public var latitude: Double
  public var longitude: Double
  public var kind: StationKind
  /// Crew / locomotive change or technical stop; `nil` means trains pass without stopping.
  public var dwell: DurationDistribution?
  /// Parallel crew/locomotive positions (FIFO resource); 0 means unlimited.
  public var dwellCapacity: Int
  /// Trains of one direction that may stand here at once (the receiving yard); 0 means
  /// unlimited. A train bound here waits at the stop before while the yard is full.
  public var yardCapacity: Int
  /// Border customs with its own FIFO queue, if any.
  public var customs: CustomsPoint?
  /// Gauge-change terminal with its own FIFO queue, if any.
  public var gaugeChange: GaugeChangeTerminal?

  public init(
    id: String, name: String, nativeName: String? = nil, country: String, latitude: Double,
    longitude: Double, kind: StationKind, dwell: DurationDistribution? = nil, dwellCapacity: Int = 0,
    customs: CustomsPoint? = nil, gaugeChange: GaugeChangeTerminal? = nil, yardCapacity: Int = 0
  ) {
    self.yardCapacity = yardCapacity
    self.id = id
    self.name = name
    self.nativeName = nativeName
    self.country = country
    self.latitude = latitude
    self.longitude = longitude
    self.kind = kind
    self.dwell = dwell
    self.dwellCapacity = dwellCapacity
    self.customs = customs
    self.gaugeChange = gaugeChange
  }
}

/// Border customs: a FIFO resource with random paperwork holds.
public struct CustomsPoint: Sendable, Hashable {
  /// Trains cleared at once.
  public var capacity: Int
  /// Normal clearance time.
  public var clearance: DurationDistribution
  /// Probability in 0...1 that a train is held for paperwork.
  public var holdProbability: Double
  /// Extra time of such a hold.
  public var hold: DurationDistribution

  public init(capacity: Int, clearance: DurationDistribution, holdProbability: Double,
              hold: DurationDistribution) {
    self.capacity = capacity
    self.clearance = clearance
    self.holdProbability = holdProbability
    self.hold = hold
  }
}

/// A transshipment terminal where containers are craned between gauges.
public struct GaugeChangeTerminal: Sendable, Hashable {
  /// Trains transshipped at once (tracks × crane sets).
  public var capacity: Int
  /// Fixed time per train (shunting, paperwork, brake test).
  public var baseTime: DurationDistribution
  /// Additional seconds per container craned.
  public var perContainerSeconds: Int64
  /// Extra trains transshipped at once while at least `overflowWhenQueued` trains wait: a
  /// neighbouring terminal that takes the overflow (0: none).
  public var overflowCapacity: Int
  public var overflowWhenQueued: Int

  public init(
    capacity: Int, baseTime: DurationDistribution, perContainerSeconds: Int64,
    overflowCapacity: Int = 0, overflowWhenQueued: Int = 1
  ) {
    self.overflowCapacity = overflowCapacity
    self.overflowWhenQueued = overflowWhenQueued
    self.capacity = capacity
    self.baseTime = baseTime
    self.perContainerSeconds = perContainerSeconds
  }
}

/// Track between two adjacent stations; usable in both directions.
public struct Segment: Sendable, Hashable {
  public var from: String
  public var to: String
  public var lengthKm: Double
  public var gauge: Gauge
  /// Commercial running speed, km/h (including short stops that are not modelled).
  public var speedKmh: Double
  /// Minimum time between two trains entering the segment in the same direction (track capacity).
  public var headwaySeconds: Int64

  public init(from: String, to: String, lengthKm: Double, gauge: Gauge, speedKmh: Double,
              headwaySeconds: Int64) {
    self.from = from
    self.to = to
    self.lengthKm = lengthKm
    self.gauge = gauge
    self.speedKmh = speedKmh
    self.headwaySeconds = headwaySeconds
  }
}

/// An ordered path of station ids, written in the westbound sense (China first).
public struct Route: Sendable, Hashable {
  public var id: String
  public var name: String
  /// Station ids in westbound order; eastbound services run it reversed.
  public var stations: [String]

  public init(id: String, name: String, stations: [String]) {
    self.id = id
    self.name = name
    self.stations = stations
  }
}

/// A departure slot in the weekly timetable.
public struct WeeklyDeparture: Sendable, Hashable {
  /// ISO weekday, 1 = Monday … 7 = Sunday.
  public var weekday: Int
  /// Seconds after midnight, in the timezone of the origin (`utcOffsetSeconds`).
  public var secondsOfDay: Int64
  public init(weekday: Int, secondsOfDay: Int64) {
    self.weekday = weekday
    self.secondsOfDay = secondsOfDay
  }
}

/// A scheduled train service on a route in one direction.
public struct Service: Sendable, Hashable {
  public var id: String
  /// Display name, e.g. `Cainiao Zhengzhou–Liège`.
  public var name: String
  /// Prefix of train ids, e.g. `X8044`.
  public var trainPrefix: String
  public var route: String
  public var direction: Direction
  /// Optional first/last station ids when the service uses only part of the route.
  public var fromStation: String?
  public var toStation: String?
  /// UTC offset of the origin's local time used by the timetable.
  public var utcOffsetSeconds: Int64
  public var departures: [WeeklyDeparture]
  /// Maximum FEU per train for each gauge section.
  public var trainLimitFEU: [Gauge: Int]
  /// Maximum FEU per train for each section of the service's path in travel order, sections
  /// split where the gauge changes (e.g. China 1435, 1520 mm, EU 1435 ⇒ three values); empty
  /// means `trainLimitFEU` by gauge. Lets the EU section be shorter than the Chinese one.
  public var sectionLimitsFEU: [Int]
  /// Mean share of the first section's limit that is loaded at origin, 0...1.
  public var loadFactor: Double
  /// Cargo category ids with relative weights.
  public var cargoMix: [CargoShare]
  /// Scheduled end-to-end transit used for planned arrival and on-time % (from sources); 0
  /// means the model's own timetable: the expected journey at mean running and station times.
  public var plannedTransitSeconds: Int64
  /// A train arriving at most this late counts as on time.
  public var onTimeToleranceSeconds: Int64

  public init(
    id: String, name: String, trainPrefix: String, route: String, direction: Direction,
    fromStation: String? = nil, toStation: String? = nil, utcOffsetSeconds: Int64,
    departures: [WeeklyDeparture], trainLimitFEU: [Gauge: Int], sectionLimitsFEU: [Int] = [],
    loadFactor: Double, cargoMix: [CargoShare], plannedTransitSeconds: Int64,
    onTimeToleranceSeconds: Int64
  ) {
    self.id = id
    self.name = name
    self.trainPrefix = trainPrefix
    self.route = route
    self.direction = direction
    self.fromStation = fromStation
    self.toStation = toStation
    self.utcOffsetSeconds = utcOffsetSeconds
    self.departures = departures
    self.trainLimitFEU = trainLimitFEU
    self.sectionLimitsFEU = sectionLimitsFEU
    self.loadFactor = loadFactor
    self.cargoMix = cargoMix
    self.plannedTransitSeconds = plannedTransitSeconds
    self.onTimeToleranceSeconds = onTimeToleranceSeconds
  }
}

/// A cargo category's relative weight in a service's mix.
public struct CargoShare: Sendable, Hashable {
  public var category: String
  public var weight: Double
  public init(category: String, weight: Double) {
    self.category = category
    self.weight = weight
  }
}

/// A kind of goods carried in 40 ft containers.
public struct CargoCategory: Sendable, Hashable {
  public var id: String
  public var name: String
  /// Gross tonnes per 40 ft container (box + cargo); CR rule ≤ 25 t.
  public var grossTonnes: ClosedRange<Double>
  /// Parcels per 40 ft container; 0 for non-parcel freight.
  public var parcelsPerFEU: ClosedRange<Int>
  /// Declared value per container, US$.
  public var valuePerFEU: ClosedRange<Double>

  public init(id: String, name: String, grossTonnes: ClosedRange<Double>,
              parcelsPerFEU: ClosedRange<Int>, valuePerFEU: ClosedRange<Double>) {
    self.id = id
    self.name = name
    self.grossTonnes = grossTonnes
    self.parcelsPerFEU = parcelsPerFEU
    self.valuePerFEU = valuePerFEU
  }
}

/// How often a kind of disruption starts, and how bad it is.
public struct DisruptionRate: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Slower running on segments of one gauge during winter months.
    case winterSlowdown = "winter_slowdown"
    /// A border stops clearing trains for days.
    case borderHold = "border_hold"
    /// A gauge-change terminal closes.
    case terminalClosure = "terminal_closure"
  }
  public var kind: Kind
  /// Station id for border holds and terminal closures.
  public var station: String?
  /// Gauge affected by a winter slowdown.
  public var gauge: Gauge?
  /// Months (1...12) in which a winter slowdown applies.
  public var months: [Int]
  /// Mean number of starts per year (Poisson) for holds and closures.
  public var perYear: Double
  public var duration: DurationDistribution
  /// Speed multiplier in 0...1 during a slowdown.
  public var speedFactor: Double

  public init(kind: Kind, station: String? = nil, gauge: Gauge? = nil, months: [Int] = [],
              perYear: Double = 0, duration: DurationDistribution = .fixed(0),
              speedFactor: Double = 1) {
    self.kind = kind
    self.station = station
    self.gauge = gauge
    self.months = months
    self.perYear = perYear
    self.duration = duration
    self.speedFactor = speedFactor
  }
}

/// Unloading at the destination terminal and hand-off to the hub (e.g. Liège airport eHub).
public struct Unloading: Sendable, Hashable {
  /// Trains unloaded at once.
  public var capacity: Int
  public var baseTime: DurationDistribution
  public var perContainerSeconds: Int64
  /// Name of the hub goods are handed to, for the event log.
  public var handOffTo: String

  public init(capacity: Int, baseTime: DurationDistribution, perContainerSeconds: Int64,
              handOffTo: String) {
    self.capacity = capacity
    self.baseTime = baseTime
    self.perContainerSeconds = perContainerSeconds
    self.handOffTo = handOffTo
  }
}

/// A random duration, in whole seconds. Documented in docs/MODEL.md.
public enum DurationDistribution: Sendable, Hashable {
  case fixed(Int64)
  case uniform(min: Int64, max: Int64)
  /// Triangular with lower limit, mode and upper limit.
  case triangular(min: Int64, mode: Int64, max: Int64)
  /// Log-normal with the given median and shape σ (of the underlying normal).
  case lognormal(median: Int64, sigma: Double)
}
