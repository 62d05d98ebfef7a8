/// How a cached train row moves on while its train is unchanged (`TrainChanges` has no mark
/// for it): everything the row still needs is copied here when it is refreshed from the model,
/// so the next frames move it without reading the train, its plan or the stations.
enum CachedRowMotion {
  /// Nothing in the row follows the clock (arrived): it is left as it is.
  case still
  /// On a leg: position and progress interpolate along it; the rest is fixed.
  case running(LegTrack)
  /// Passing a junction, not yet departed: only the status follows the clock (dwelling, then
  /// waiting for the path); at `departs` the row takes new station names from the model.
  case passing(dwellUntil: Int64, departs: Int64)
  /// Standing (loading, queued, served, waiting for a path): only the ETA follows the clock.
  case standing(ArrivalEstimate, plannedArrival: Int64)
  /// Anything else: refreshed from the model every time.
  case modelled

  /// Moves `row` on to time `t`; false when the row must be refreshed from the model.
  func advance(_ row: inout TrainSnapshot, to t: Int64, resources: [FIFOResource]) -> Bool {
    switch self {
    case .still:
      return true
    case .running(let track):
      let f = track.fraction(at: t)
      track.move(&row.position, fraction: f)
      row.progress = track.progress(fraction: f)
      return true
    case .passing(let dwellUntil, let departs):
      guard t < departs else { return false }
      row.status = t < dwellUntil ? .dwelling : .waitingForPath
      return true
    case .standing(let estimate, let plannedArrival):
      if case .queued(let wait) = estimate, resources[wait.resource].revision != wait.revision {
        return false
      }
      row.predictedArrival = SimTime(seconds: estimate.predicted(at: t))
      row.delaySeconds = estimate.delay(at: t, plannedArrival: plannedArrival)
      return true
    case .modelled:
      return false
    }
  }
}

/// A train's ETA as a function of the clock, with the plan's expected times it adds already
/// looked up. The snapshot computes every ETA through this, fresh or cached, so both give the
/// same seconds.
enum ArrivalEstimate {
  /// Known whatever the clock says (running: the leg's arrival plus the expected rest).
  case fixed(Int64)
  /// Loading: departure (or now, when late) plus the expected journey.
  case loading(departure: Int64, journeySeconds: Int64)
  /// In service or waiting for a path until `until`, then the later steps here (nil when
  /// none are counted) and the expected rest from departure.
  case countdown(until: Int64, laterSteps: Double?, fromDeparture: Double)
  /// Queued for a resource.
  case queued(QueuedWait)
  /// Waiting, for as long as it takes, to leave the stop (for room in the yard ahead): now
  /// plus the expected rest from departure.
  case waiting(fromDeparture: Int64)
  /// Now (an arrived phase without an arrival time).
  case clock

  func predicted(at t: Int64) -> Int64 {
    switch self {
    case .fixed(let time):
      return time
    case .loading(let departure, let journeySeconds):
      return max(departure, t) + journeySeconds
    case .countdown(let until, let laterSteps, let fromDeparture):
      var remaining = Double(until - t)
      if let laterSteps { remaining += laterSteps }
      remaining += fromDeparture
      return t + SaneValue.seconds(remaining)
    case .queued(let wait):
      let blocked = Double(max(0, (wait.blockedUntil ?? t) - t))
      let remaining =
        blocked + wait.queueSeconds + wait.stepSeconds + wait.laterSteps + wait.fromDeparture
      return t + SaneValue.seconds(remaining)
    case .waiting(let fromDeparture):
      return t + fromDeparture
    case .clock:
      return t
    }
  }

  /// The row's delay at `t`: before departure, the departure's (a train loading on time is on
  /// time, whatever its ETA); after, predicted − planned arrival.
  func delay(at t: Int64, plannedArrival: Int64) -> Int64 {
    if case .loading(let departure, _) = self { return max(0, t - departure) }
    return predicted(at: t) - plannedArrival
  }
}

/// What a queued train's ETA reads from its resource, valid while the resource's `revision`
/// stays as it was: a block until `blockedUntil`, then its place in the queue × mean service
/// ÷ capacity, its own step, the later steps and the rest from departure.
struct QueuedWait {
  let resource: Int
  let revision: Int
  let blockedUntil: Int64?
  let queueSeconds: Double
  let stepSeconds: Double
  let laterSteps: Double
  let fromDeparture: Double
}

/// The numbers a train interpolates between on the leg after stop `i` of its plan: times of
/// the leg, its km on the corridor line and along the route, and the two stations' positions.
/// The snapshot computes every running row through this, fresh or cached, so both give the
/// same doubles bit for bit.
struct LegTrack {
  let departed: Int64
  let arrives: Int64
  /// Length of the leg after the stop; nil at the last stop (no leg, nothing moves).
  let lengthKm: Double?
  let corridorKm: Double
  let corridorSpan: Double
  let latitude: Double
  let latitudeSpan: Double
  let longitude: Double
  let longitudeSpan: Double
  let cumulativeKm: Double
  let totalKm: Double

  init(plan: ServicePlan, stop i: Int, stations: [Station], departed: Int64, arrives: Int64) {
    self.departed = departed
    self.arrives = arrives
    cumulativeKm = plan.cumulativeKm[i]
    totalKm = plan.totalKm
    guard i + 1 < plan.stops.count, i < plan.legs.count else {
      lengthKm = nil
      corridorKm = 0
      corridorSpan = 0
      latitude = 0
      latitudeSpan = 0
      longitude = 0
      longitudeSpan = 0
      return
    }
    // Fields read in place: copying a `Station` out would retain each of its strings.
    let from = plan.stops[i]
    let to = plan.stops[i + 1]
    lengthKm = plan.legs[i].lengthKm
    corridorKm = plan.corridorKm[i]
    corridorSpan = plan.corridorKm[i + 1] - plan.corridorKm[i]
    latitude = stations[from].latitude
    latitudeSpan = stations[to].latitude - stations[from].latitude
    longitude = stations[from].longitude
    longitudeSpan = stations[to].longitude - stations[from].longitude
  }

  /// Fraction 0...1 of the leg covered at `t`, linear between departure and arrival.
  func fraction(at t: Int64) -> Double { TrainMotion.fraction(at: t, departed, arrives) }

  /// The numbers of `position` on this leg (its station names are left as they are).
  func move(_ position: inout TrainPosition, fraction f: Double) {
    guard let lengthKm else { return }
    position.kmAlongSegment = f * lengthKm
    position.corridorKm = corridorKm + f * corridorSpan
    position.latitude = latitude + f * latitudeSpan
    position.longitude = longitude + f * longitudeSpan
  }

  func progress(fraction f: Double) -> Double {
    LegTrack.progress(
      cumulativeKm: cumulativeKm, legKm: lengthKm, totalKm: totalKm, fraction: f, arrived: false)
  }

  /// Share 0...1 of the route covered `f` of the way along the leg after a stop `cumulativeKm`
  /// from the origin (`legKm` nil at the last stop); a route of no length is all or nothing.
  static func progress(
    cumulativeKm: Double, legKm: Double?, totalKm: Double, fraction f: Double, arrived: Bool
  ) -> Double {
    guard totalKm > 0 else { return arrived ? 1 : 0 }
    let km = cumulativeKm + (legKm.map { f * $0 } ?? 0)
    return min(1, max(0, km / totalKm))
  }
}
