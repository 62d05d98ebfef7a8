/// Disruptions from the scenario's rates: border holds and terminal closures start as Poisson
/// processes (exponential gaps of mean 1 year ÷ perYear) and block a station's customs or
/// gauge-change resource; winter slowdowns follow the calendar months and slow every segment
/// of one gauge.
extension CorridorModel {
  static let secondsPerYear: Double = 365.25 * 86_400

  mutating func scheduleDisruptionStarts() {
    for (i, rate) in scenario.disruptions.enumerated() where rate.kind != .winterSlowdown {
      scheduleNextStart(rate: i, after: 0)
    }
  }

  private mutating func scheduleNextStart(rate i: Int, after time: Int64) {
    let rate = scenario.disruptions[i]
    guard rate.perYear > 0, rate.perYear.isFinite, blockedResource(for: rate) != nil else { return }
    let gap = random.exponential(mean: CorridorModel.secondsPerYear / rate.perYear)
    // At least a minute apart, so an absurd rate cannot flood the queue.
    let start = time + max(60, SaneValue.seconds(gap))
    queue.schedule(.disruptionStarts(rate: Int32(i)), at: start, priority: EventPriority.disruption)
  }

  /// The resource a hold or closure blocks: customs for a border hold (crew dwell if the
  /// station has no customs), the terminal for a closure.
  private func blockedResource(for rate: DisruptionRate) -> Int? {
    guard let id = rate.station, let station = network.stationIndex[id] else { return nil }
    let r: Int
    switch rate.kind {
    case .borderHold:
      let resources = stationResources[station]
      r = resources.customs >= 0 ? resources.customs : resources.crew
    case .terminalClosure: r = stationResources[station].gaugeChange
    case .winterSlowdown: r = -1
    }
    return r >= 0 ? r : nil
  }

  mutating func disruptionStarts(rate i: Int) {
    let rate = scenario.disruptions[i]
    guard let r = blockedResource(for: rate) else { return }
    let duration = max(60, rate.duration.sample(using: &random))
    let end = now.seconds + duration
    resources[r].blockedUntil = max(resources[r].blockedUntil ?? end, end)
    activeDisruptions.append(
      ActiveDisruption(
        kind: rate.kind, station: rate.station, gauge: nil, startedAt: now,
        endsAt: SimTime(seconds: end)))
    eventLog.append(
      time: now.seconds, kind: .disruptionStarted, severity: .critical, train: nil,
      station: resources[r].station, detail: .disruption(rate.kind, seconds: duration))
    queue.schedule(
      .disruptionEnds(startedAt: now.seconds, rate: Int32(i)), at: end,
      priority: EventPriority.disruption)
    scheduleNextStart(rate: i, after: now.seconds)
  }

  mutating func disruptionEnds(rate i: Int, startedAt: Int64) {
    let rate = scenario.disruptions[i]
    if let position = activeDisruptions.firstIndex(where: {
      $0.kind == rate.kind && $0.station == rate.station && $0.startedAt.seconds == startedAt
    }) {
      activeDisruptions.remove(at: position)
    }
    guard let r = blockedResource(for: rate) else { return }
    if let until = resources[r].blockedUntil, until <= now.seconds {
      resources[r].blockedUntil = nil
    }
    eventLog.append(
      time: now.seconds, kind: .disruptionEnded, severity: .notice, train: nil,
      station: resources[r].station, detail: .disruption(rate.kind, seconds: 0))
    admitWaiting(resource: r)
  }

  /// At each month start, switches winter slowdowns on or off and sets the per-gauge speed
  /// factor (the slowest slowdown in force wins).
  mutating func monthBegins() {
    let unix = scenario.epochUnix + now.seconds
    let month = SimCalendar.month(ofUnix: unix)
    for (i, rate) in scenario.disruptions.enumerated() where rate.kind == .winterSlowdown {
      let inWinter = rate.months.contains(month)
      guard inWinter != winterActive[i] else { continue }
      winterActive[i] = inWinter
      if inWinter {
        let end = winterEnd(rate: rate, fromUnix: unix)
        activeDisruptions.append(
          ActiveDisruption(
            kind: .winterSlowdown, station: nil, gauge: rate.gauge, startedAt: now,
            endsAt: SimTime(seconds: end - scenario.epochUnix)))
        eventLog.append(
          time: now.seconds, kind: .disruptionStarted, severity: .warning, train: nil, station: -1,
          detail: .winter(gauge: rate.gauge, speedFactor: rate.speedFactor))
      } else {
        activeDisruptions.removeAll { $0.kind == .winterSlowdown && $0.gauge == rate.gauge }
        eventLog.append(
          time: now.seconds, kind: .disruptionEnded, severity: .notice, train: nil, station: -1,
          detail: .winter(gauge: rate.gauge, speedFactor: rate.speedFactor))
      }
    }
    let active = winterActive
    let speed = CorridorModel.winterSpeed(scenario) { active[$0] }
    winterFactorStandard = speed.standard
    winterFactorBroad = speed.broad
    let next = SimCalendar.startOfNextMonth(afterUnix: unix) - scenario.epochUnix
    queue.schedule(.monthBegins, at: next, priority: EventPriority.disruption)
  }

  /// Unix time when the run of winter months containing `unix` ends.
  private func winterEnd(rate: DisruptionRate, fromUnix unix: Int64) -> Int64 {
    var boundary = SimCalendar.startOfNextMonth(afterUnix: unix)
    for _ in 0..<12 where rate.months.contains(SimCalendar.month(ofUnix: boundary)) {
      boundary = SimCalendar.startOfNextMonth(afterUnix: boundary)
    }
    return boundary
  }
}
