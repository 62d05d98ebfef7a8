/// The built-in default scenario, `zhengzhou-liege`: the 2019 Cainiao service and the traffic
/// it shares the corridor with.
extension Scenario {
  /// Zhengzhou ⇄ Liège, spring 2019: Cainiao 2 trains/week each way [S01][S03], the
  /// Zhengzhou–Hamburg service, and other CRE traffic (a Xi'an pool) through Brest/Małaszewicze
  /// so that congestion there emerges from capacity (facts §1.5).
  public static var zhengzhouLiege: Scenario {
    Scenario(
      name: "zhengzhou-liege",
      title: "Zhengzhou ⇄ Liège e-commerce rail corridor (2019)",
      summary: """
        Cainiao's Zhengzhou–Liège Airport train (first departure 2 Mar 2019 from Zhengzhou \
        Putian, 2/week, exit via Alashankou, 16–18 days [S01][S02]) and its eastbound return \
        with Belgian exports, sharing the Brest/Małaszewicze bottleneck with Zhengzhou–Hamburg \
        [S10] and other China–Europe trains. Network and dwell times from facts §1.3 and \
        stations.csv; estimates are marked (est.) in the source.
        """,
      // 2019-03-02 00:00 UTC (a Saturday): the first Cainiao train departs that day [S01].
      epochUnix: 1_551_484_800, defaultSeed: 1,
      stations: ZhengzhouLiegeNetwork.stations, segments: ZhengzhouLiegeNetwork.segments,
      routes: [
        Route(
          id: "zhengzhou-liege", name: "Zhengzhou – Liège (western corridor)",
          stations: ZhengzhouLiegeNetwork.mainRoute),
        Route(
          id: "zhengzhou-hamburg", name: "Zhengzhou – Hamburg",
          stations: ZhengzhouLiegeNetwork.hamburgRoute),
      ],
      services: defaultServices, cargoCategories: BuiltInCargo.categories,
      disruptions: defaultDisruptions, unloading: liegeUnloading)
  }

  static let chinaStandardTime: Int64 = 8 * 3_600
  static let centralEuropeanTime: Int64 = 3_600

  private static var defaultServices: [Service] {
    [
      // Cainiao westbound: 2/week [S01][S03]; first departure Sat 2 Mar 2019 [S01]; the
      // second weekly slot (Wednesday) and 10:00 departures are (est.). Advertised 16–18 days
      // [S01], "12–15 days" per Liège Airport [S04] ⇒ planned 15 days, on time within 1 day
      // (est.), so punctuality reflects border queues. China 50 FEU per train [S25],
      // 1520 mm trains 41–44 FEU [S20][S14] ⇒ 44 (est.); load factor 0.85 (est.).
      service(
        "cainiao-west", "Cainiao Zhengzhou–Liège", prefix: "X8044", route: "zhengzhou-liege",
        .westbound,
        departures: [slot(.saturday, hour: 10), slot(.wednesday, hour: 10)],
        limits: (standard: 50, broad: 44), load: 0.85,
        mix: BuiltInCargo.cainiaoWestbound, plannedDays: 15),
      // Eastbound return from Liège Airport: the first Liège→Zhengzhou train carried 37 boxes,
      // mostly steel mechanical products [S05][S06]; eastbound loads are lower (2024: 8,846
      // in vs 10,546 out [S48]) ⇒ load factor 0.6 of a 44-FEU EU train (est.). Days (est.).
      service(
        "cainiao-east", "Cainiao Liège–Zhengzhou", prefix: "X8045", route: "zhengzhou-liege",
        .eastbound,
        departures: [slot(.tuesday, hour: 18), slot(.friday, hour: 18)],
        limits: (standard: 44, broad: 44), load: 0.6,
        mix: BuiltInCargo.belgianExports, plannedDays: 15),
      // Zhengzhou–Hamburg: 10,214 km, 2 customs transits, 2 gauge changes, later 11–15 days
      // [S10][S11] ⇒ planned 14 days, on time within 1 day (est.). 2/week each way (est.;
      // Zhengzhou ran 8–9/week in 2018–19 [S36][S24]).
      service(
        "hamburg-west", "Zhengzhou–Hamburg", prefix: "X8001", route: "zhengzhou-hamburg",
        .westbound,
        departures: [slot(.monday, hour: 14), slot(.thursday, hour: 14)],
        limits: (standard: 50, broad: 44), load: 0.88,
        mix: BuiltInCargo.creWestbound, plannedDays: 14),
      service(
        "hamburg-east", "Hamburg–Zhengzhou", prefix: "X8002", route: "zhengzhou-hamburg",
        .eastbound,
        departures: [slot(.tuesday, hour: 8), slot(.saturday, hour: 8)],
        limits: (standard: 44, broad: 44), load: 0.7,
        mix: BuiltInCargo.creEastbound, plannedDays: 14),
      // Other China–Europe trains through Brest/Małaszewicze, pooled as Xi'an (Chang'an hub)
      // ⇄ Hamburg: 3/day west, 2/day east (est.: with the services above ≈ 6 trains/day at
      // Małaszewicze against its 8/day capacity [S43]; CRE ran 8,225 trains in 2019 [S72]).
      service(
        "cre-pool-west", "CRE pool Xi'an–Hamburg", prefix: "X9001", route: "zhengzhou-hamburg",
        .westbound, from: "xian",
        departures: daily(hours: [4, 12, 20]), limits: (standard: 50, broad: 44), load: 0.85,
        mix: BuiltInCargo.creWestbound, plannedDays: 14),
      service(
        "cre-pool-east", "CRE pool Hamburg–Xi'an", prefix: "X9002", route: "zhengzhou-hamburg",
        .eastbound, to: "xian",
        departures: daily(hours: [6, 18]), limits: (standard: 44, broad: 44), load: 0.6,
        mix: BuiltInCargo.creEastbound, plannedDays: 14),
    ]
  }

  private static var defaultDisruptions: [DisruptionRate] {
    [
      // −40 °C winters and snow in Russia slow the 1520 mm section [S105][S102]. (est. ×0.8,
      // December–February.)
      DisruptionRate(kind: .winterSlowdown, gauge: .broad, months: [12, 1, 2], speedFactor: 0.8),
      // Brest: queues "easily 5 days", weeks at worst [S42]; "extreme backlog for weeks" [S44].
      // (est. 3 holds/year of 1–5 days.)
      DisruptionRate(
        kind: .borderHold, station: "brest", perYear: 3,
        duration: .triangular(min: 86_400, mode: 2 * 86_400, max: 5 * 86_400)),
      // Alashankou/Dostyk: Dec 2020 cold + COVID rules, waits up to 42 days [S46][S47].
      // (est. 1 hold/year of 1–7 days.)
      DisruptionRate(
        kind: .borderHold, station: "alashankou", perYear: 1,
        duration: .triangular(min: 86_400, mode: 3 * 86_400, max: 7 * 86_400)),
      // Works at Małaszewicze cut capacity 14 → 8 trains/day [S43]. (est. 2 closures/year,
      // ½–3 days.)
      DisruptionRate(
        kind: .terminalClosure, station: "malaszewicze", perYear: 2,
        duration: .triangular(min: 43_200, mode: 86_400, max: 3 * 86_400)),
      // Alashankou–Dostyk partly closed for double-tracking from Apr 2023 [S18]. (est. 1/year,
      // ½–2 days.)
      DisruptionRate(
        kind: .terminalClosure, station: "dostyk", perYear: 1,
        duration: .triangular(min: 43_200, mode: 86_400, max: 2 * 86_400)),
    ]
  }

  /// Unloading at Liège Airport's rail terminal and hand-off to the Cainiao eHub [S97][S101].
  /// (est.: 2 tracks, 2–5 h + 2 min per FEU.)
  private static var liegeUnloading: Unloading {
    Unloading(
      capacity: 2, baseTime: .triangular(min: 2 * 3_600, mode: 3 * 3_600, max: 5 * 3_600),
      perContainerSeconds: 120, handOffTo: "Cainiao eHub, Liège Airport")
  }

  /// A built-in service: timetable in China Standard Time westbound and Central European Time
  /// eastbound; on time within 1 day of the planned transit (est.).
  private static func service(
    _ id: String, _ name: String, prefix: String, route: String, _ direction: Direction,
    from: String? = nil, to: String? = nil, departures: [WeeklyDeparture],
    limits: (standard: Int, broad: Int), load: Double, mix: [CargoShare], plannedDays: Int64
  ) -> Service {
    Service(
      id: id, name: name, trainPrefix: prefix, route: route, direction: direction,
      fromStation: from, toStation: to,
      utcOffsetSeconds: direction == .westbound ? chinaStandardTime : centralEuropeanTime,
      departures: departures, trainLimitFEU: [.standard: limits.standard, .broad: limits.broad],
      loadFactor: load, cargoMix: mix, plannedTransitSeconds: plannedDays * 86_400,
      onTimeToleranceSeconds: 86_400)
  }

  /// ISO weekdays, for readable timetables.
  enum Weekday: Int {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday
  }

  static func slot(_ day: Weekday, hour: Int64) -> WeeklyDeparture {
    WeeklyDeparture(weekday: day.rawValue, secondsOfDay: hour * 3_600)
  }

  static func daily(hours: [Int64]) -> [WeeklyDeparture] {
    (1...7).flatMap { day in hours.map { WeeklyDeparture(weekday: day, secondsOfDay: $0 * 3_600) } }
  }
}
