import CorridorSim

/// What a headless run measured: one row per simulated day and the end state.
struct SimulateReport {
  /// KPIs at the end of one simulated day.
  struct DayRow: Encodable {
    /// 1-based day number.
    var day: Int
    /// The date of that corridor day (in the scenario's corridor clock).
    var date: String
    var trainsInTransit: Int
    var teuInTransit: Int
    var teuInTransitWestbound: Int
    var teuInTransitEastbound: Int
    /// TEU handed off during this day (difference of running totals, so it does not depend on
    /// how the engine defines "today").
    var teuDelivered: Int
    var teuDeliveredTotal: Int
    var trainsArrived: Int
    var trainsArrivedTotal: Int
    var meanTransitDays: Double?
    var onTimePercent: Double?
    /// Boxes waiting at gauge-change terminals for a later train, and how long the oldest of
    /// them has waited (days; nil when none wait).
    var backlogFEU: Int
    var oldestBacklogDays: Double?

    enum CodingKeys: String, CodingKey {
      case day, date
      case trainsInTransit = "trains_in_transit", teuInTransit = "teu_in_transit"
      case teuInTransitWestbound = "teu_in_transit_westbound"
      case teuInTransitEastbound = "teu_in_transit_eastbound"
      case teuDelivered = "teu_delivered", teuDeliveredTotal = "teu_delivered_total"
      case trainsArrived = "trains_arrived", trainsArrivedTotal = "trains_arrived_total"
      case meanTransitDays = "mean_transit_days", onTimePercent = "on_time_percent"
      case backlogFEU = "backlog_feu", oldestBacklogDays = "oldest_backlog_days"
    }

    /// Explicit nulls keep every row's keys identical.
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(day, forKey: .day)
      try c.encode(date, forKey: .date)
      try c.encode(trainsInTransit, forKey: .trainsInTransit)
      try c.encode(teuInTransit, forKey: .teuInTransit)
      try c.encode(teuInTransitWestbound, forKey: .teuInTransitWestbound)
      try c.encode(teuInTransitEastbound, forKey: .teuInTransitEastbound)
      try c.encode(teuDelivered, forKey: .teuDelivered)
      try c.encode(teuDeliveredTotal, forKey: .teuDeliveredTotal)
      try c.encode(trainsArrived, forKey: .trainsArrived)
      try c.encode(trainsArrivedTotal, forKey: .trainsArrivedTotal)
      try c.encode(meanTransitDays, forKey: .meanTransitDays)
      try c.encode(onTimePercent, forKey: .onTimePercent)
      try c.encode(backlogFEU, forKey: .backlogFEU)
      try c.encode(oldestBacklogDays, forKey: .oldestBacklogDays)
    }
  }

  var scenarioName: String
  var scenarioTitle: String
  var seed: UInt64
  var startUTC: String
  var rows: [DayRow]
  var eventsProcessed: Int
  /// The state after the last day (KPIs, border delays).
  var final: SimSnapshot

  /// How long the oldest box waiting at any terminal has waited at `time`, days.
  static func oldestBacklogDays(_ kpis: KPISnapshot, at time: SimTime) -> Double? {
    let oldest = kpis.backlogs.compactMap(\.oldestSince).min()
    return oldest.map { Double(time.seconds - $0.seconds) / 86_400 }
  }

  /// Runs `simulation` day by day and collects a row at the end of each day. No events are
  /// kept for draining (the report reads none), so the engine's log does not grow with the
  /// run.
  static func run(_ simulation: Simulation, days: Int) -> SimulateReport {
    let calendar = simulation.calendar
    simulation.keepsEventsForDrain = false
    var rows: [DayRow] = []
    rows.reserveCapacity(days)
    var events = 0
    var previous: KPISnapshot?
    var snapshot = simulation.snapshot()
    for day in 1...days {
      let end = calendar.end(ofDay: Int64(day))
      events += simulation.run(until: end).eventsProcessed
      snapshot = simulation.snapshot()
      let k = snapshot.kpis
      rows.append(
        DayRow(
          day: day, date: calendar.dateString(ofDay: Int64(day)),
          trainsInTransit: k.trainsInTransit, teuInTransit: k.teuInTransit,
          teuInTransitWestbound: k.teuInTransitWestbound,
          teuInTransitEastbound: k.teuInTransitEastbound,
          teuDelivered: k.teuDeliveredTotal - (previous?.teuDeliveredTotal ?? 0),
          teuDeliveredTotal: k.teuDeliveredTotal,
          trainsArrived: k.trainsArrivedTotal - (previous?.trainsArrivedTotal ?? 0),
          trainsArrivedTotal: k.trainsArrivedTotal, meanTransitDays: k.meanTransitDays,
          onTimePercent: k.onTimePercent, backlogFEU: k.backlogs.reduce(0) { $0 + $1.feu },
          oldestBacklogDays: Self.oldestBacklogDays(k, at: snapshot.time)))
      previous = k
    }
    return SimulateReport(
      scenarioName: simulation.scenario.name, scenarioTitle: simulation.scenario.title,
      seed: simulation.seed,
      startUTC: SimCalendar(epochUnix: calendar.epochUnix).format(.zero, in: .utc), rows: rows,
      eventsProcessed: events, final: snapshot)
  }
}
