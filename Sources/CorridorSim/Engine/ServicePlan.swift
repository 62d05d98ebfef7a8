/// One hop of a service's path: the segment, its sense and nominal running time.
struct PlannedLeg {
  /// Segment index, or -1 for a hop with no segment in the scenario (great-circle fallback).
  let segment: Int
  /// Headway key: segment × 2 + (0 forward, 1 backward); each direction has its own track.
  let track: Int
  let lengthKm: Double
  let gauge: Gauge
  let headwaySeconds: Int64
  /// Running time at the nominal speed, seconds: kept, since every run of the leg divides it
  /// by the winter factor.
  let nominalSeconds: Double

  /// Seconds to run `lengthKm` at `speedKmh` (taken as at least 0.1 km/h).
  static func runningSeconds(lengthKm: Double, speedKmh: Double) -> Double {
    lengthKm / max(speedKmh, 0.1) * 3_600
  }
}

/// What a train does at a station before it may leave, in this order.
enum StationStep: Sendable {
  case customs, gaugeChange, crew, unloading
}

/// A service compiled against the network: its stops, legs, station steps and the expected
/// (mean) times used for the planned timeline and for ETAs.
///
/// Shared by every train of the service; immutable.
final class ServicePlan: Sendable {
  let serviceIndex: Int
  let service: Service
  let stops: [Int]
  let legs: [PlannedLeg]
  /// Steps at each stop; none at the origin (loading covers it), unloading at the last.
  let steps: [[StationStep]]
  /// Km from the service's origin to each stop.
  let cumulativeKm: [Double]
  /// Km of each stop on the corridor line; a stop off it has its junction's km
  /// (`CompiledNetwork.junction(of:route:)`), so a train on a branch is drawn at the junction
  /// and never sweeps along the line.
  let corridorKm: [Double]
  /// Per stop: off the corridor line.
  let offCorridor: [Bool]
  let totalKm: Double
  /// Mean duration of each step at each stop, seconds.
  let expectedStepSeconds: [[Double]]
  /// Expected seconds from departure at the origin to arrival at / departure from each stop.
  let expectedArrivalOffset: [Double]
  let expectedDepartureOffset: [Double]
  /// The timetable of departures outside and inside the winter months (see `PlannedTiming`).
  let summer: PlannedTiming
  let winter: PlannedTiming
  /// Index of the next stop after `i` where the train actually stops (has steps).
  let nextStoppingStop: [Int]
  /// Stops that are plain junctions with only an unlimited crew dwell: handled in one event
  /// (`TrainPhase.passing`), which halves the events of a run without changing the model.
  let passesThrough: [Bool]
  /// FEU limit of the section each leg belongs to (`Service.sectionLimitsFEU`, else
  /// `trainLimitFEU` by the leg's gauge).
  let legLimit: [Int]
  /// FEU limit of the first section and nominal FEU per train.
  let firstLimit: Int
  let nominalFEU: Double

  init(
    serviceIndex: Int, service: Service, network: CompiledNetwork, route: Route,
    unloading: Unloading, winterSpeed: (standard: Double, broad: Double) = (1, 1)
  ) {
    self.serviceIndex = serviceIndex
    self.service = service
    var ids = route.stations.filter { network.stationIndex[$0] != nil }
    if service.direction == .eastbound { ids.reverse() }
    var first = service.fromStation.flatMap { ids.firstIndex(of: $0) } ?? 0
    var last = service.toStation.flatMap { ids.firstIndex(of: $0) } ?? max(0, ids.count - 1)
    if first > last { swap(&first, &last) }
    let pathIDs = ids.isEmpty ? [] : Array(ids[first...last])
    stops = pathIDs.compactMap { network.stationIndex[$0] }

    var legs: [PlannedLeg] = []
    var cumulative: [Double] = [0]
    for i in stops.indices.dropLast() {
      let a = network.stations[stops[i]]
      let b = network.stations[stops[i + 1]]
      if let hit = network.segment(from: a.id, to: b.id) {
        let s = network.segments[hit.index]
        let km = SaneValue.clamp(s.lengthKm, 0.1...100_000, fallback: 1)
        let speed = SaneValue.clamp(s.speedKmh, 1...1_000, fallback: 50)
        legs.append(
          PlannedLeg(
            segment: hit.index, track: hit.index * 2 + (hit.forward ? 0 : 1), lengthKm: km,
            gauge: s.gauge,
            headwaySeconds: min(max(0, s.headwaySeconds), SaneValue.maxDurationSeconds),
            nominalSeconds: PlannedLeg.runningSeconds(lengthKm: km, speedKmh: speed)))
      } else {
        let km = SaneValue.clamp(CompiledNetwork.greatCircleKm(a, b), 0.1...100_000, fallback: 1)
        legs.append(
          PlannedLeg(
            segment: -1, track: -1, lengthKm: km, gauge: legs.last?.gauge ?? .standard,
            headwaySeconds: 0, nominalSeconds: PlannedLeg.runningSeconds(lengthKm: km, speedKmh: 50)))
      }
      cumulative.append(cumulative[i] + legs[i].lengthKm)
    }
    self.legs = legs
    cumulativeKm = cumulative
    totalKm = cumulative.last ?? 0

    // A stop off the line stands at its junction: the route pane draws the train there.
    let path = stops
    corridorKm = path.map { station in
      network.corridorKm[station]
        ?? network.junction(of: station, route: route.id).flatMap { network.corridorKm[$0] } ?? 0
    }
    offCorridor = path.map { network.corridorKm[$0] == nil }

    legLimit = ServicePlan.sectionLimits(of: legs, service: service)
    firstLimit = legLimit.first ?? max(1, service.trainLimitFEU[.standard] ?? 50)
    nominalFEU = Double(firstLimit) * SaneValue.clamp(service.loadFactor, 0...1, fallback: 0)

    var steps: [[StationStep]] = []
    var expected: [[Double]] = []
    for (i, stationIndex) in stops.enumerated() {
      let station = network.stations[stationIndex]
      var here: [StationStep] = []
      var means: [Double] = []
      if i == stops.count - 1 {
        here = [.unloading]
        means = [
          unloading.baseTime.meanSeconds + Double(unloading.perContainerSeconds) * nominalFEU
        ]
      } else if i > 0 {
        if let customs = station.customs {
          here.append(.customs)
          means.append(
            customs.clearance.meanSeconds + min(max(customs.holdProbability, 0), 1)
              * customs.hold.meanSeconds)
        }
        if let terminal = station.gaugeChange, legs[i - 1].gauge != legs[i].gauge {
          here.append(.gaugeChange)
          means.append(
            terminal.baseTime.meanSeconds + Double(terminal.perContainerSeconds) * nominalFEU)
        }
        if let dwell = station.dwell {
          here.append(.crew)
          means.append(dwell.meanSeconds)
        }
      }
      steps.append(here)
      expected.append(means)
    }
    self.steps = steps
    expectedStepSeconds = expected
    let stopIndices = stops
    passesThrough = stopIndices.indices.map { i in
      let station = network.stations[stopIndices[i]]
      // A pass reserves the next path at once, so it cannot wait for room in a yard ahead.
      return i > 0 && i < stopIndices.count - 1 && station.kind == .junction
        && steps[i].count == 1 && steps[i][0] == .crew && station.dwellCapacity == 0
        && network.stations[stopIndices[i + 1]].yardCapacity == 0
    }

    let stepMeans = expected
    let legList = legs
    // Expected seconds from departure to arrival at / departure from each stop, with each
    // leg's running time divided by its gauge's speed factor.
    func offsets(standard: Double, broad: Double) -> (arrival: [Double], departure: [Double]) {
      var arrival: [Double] = []
      var departure: [Double] = []
      var clock = 0.0
      for i in stopIndices.indices {
        if i > 0 {
          let leg = legList[i - 1]
          clock += leg.nominalSeconds / max(0.05, leg.gauge == .broad ? broad : standard)
        }
        arrival.append(clock)
        if i < stopIndices.count - 1 { clock += stepMeans[i].reduce(0, +) }
        departure.append(clock)
      }
      return (arrival, departure)
    }
    let nominal = offsets(standard: 1, broad: 1)
    expectedArrivalOffset = nominal.arrival
    expectedDepartureOffset = nominal.departure
    summer = PlannedTiming(nominal, given: service.plannedTransitSeconds)
    let slow = offsets(standard: winterSpeed.standard, broad: winterSpeed.broad)
    winter = PlannedTiming(slow, given: service.plannedTransitSeconds)

    var nextStopping = Array(repeating: stops.count - 1, count: stops.count)
    var upcoming = stops.count - 1
    for i in stops.indices.reversed() {
      nextStopping[i] = upcoming
      if !steps[i].isEmpty { upcoming = i }
    }
    nextStoppingStop = nextStopping
  }

  /// The limit of each leg's gauge section. A section list whose length does not match the
  /// path (an unvalidated scenario) is ignored rather than trusted.
  private static func sectionLimits(of legs: [PlannedLeg], service: Service) -> [Int] {
    var sectionOfLeg: [Int] = []
    var section = 0
    for (i, leg) in legs.enumerated() {
      if i > 0, leg.gauge != legs[i - 1].gauge { section += 1 }
      sectionOfLeg.append(section)
    }
    let sections = service.sectionLimitsFEU
    let useSections = !legs.isEmpty && sections.count == section + 1
    return legs.indices.map { i in
      let limit =
        useSections ? sections[sectionOfLeg[i]] : service.trainLimitFEU[legs[i].gauge] ?? 50
      return max(1, limit)
    }
  }

  /// Expected seconds from arriving at stop `i` to arriving at the destination.
  func expectedFromArrival(at i: Int) -> Double {
    (expectedArrivalOffset.last ?? 0) - expectedArrivalOffset[i]
  }

  /// Expected seconds from leaving stop `i` to arriving at the destination.
  func expectedFromDeparture(at i: Int) -> Double {
    (expectedArrivalOffset.last ?? 0) - expectedDepartureOffset[i]
  }
}

/// A service's timetable for one season: planned origin-to-destination seconds and each stop's
/// planned arrival and departure offset from the origin's departure.
///
/// The planned transit is the service's own figure when the scenario gives one (from sources),
/// else the model's timetable: the expected journey — running at the season's speed (winter
/// slowdowns are in the calendar, so the winter timetable knows them) plus every station
/// step's mean at the nominal load — rounded up to the hour. Stop times are the expected ones
/// stretched to that transit.
struct PlannedTiming: Sendable {
  let transitSeconds: Int64
  let arrivalOffsets: [Int64]
  let departureOffsets: [Int64]

  init(_ expected: (arrival: [Double], departure: [Double]), given: Int64) {
    let total = expected.arrival.last ?? 0
    let modelled = SaneValue.seconds((total / 3_600).rounded(.up) * 3_600)
    transitSeconds = given > 0 ? given : modelled
    let scale = total > 0 && transitSeconds > 0 ? Double(transitSeconds) / total : 1
    arrivalOffsets = expected.arrival.map { SaneValue.seconds($0 * scale) }
    departureOffsets = expected.departure.map { SaneValue.seconds($0 * scale) }
  }
}
