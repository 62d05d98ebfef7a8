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
      disruptions: defaultDisruptions, unloading: liegeUnloading,
      // Corridor days run midnight to midnight CET (UTC+1), Liège's standard time, where the
      // boxes are handed off.
      corridorUTCOffsetSeconds: centralEuropeanTime)
  }

  static let chinaStandardTime: Int64 = 8 * 3_600
  static let centralEuropeanTime: Int64 = 3_600

  // Section limits, FEU per train in travel order (facts §2.2, rule of thumb China 50–55,
  // 1520 mm 41–57, EU 41–45): China 50 for CRE trains, 55 on the domestic section since
  // 2020 [S25][S64]; 1520 mm 41–50 (UTLC's 41-box train [S20], a 50-FEU train to Sławków
  // [S22]); EU 41–44 boxes seen in Liège [S14][S15] against a 740 m path [S27]. Each terminal
  // re-forms a train to the next limit, so boxes wait westbound at Dostyk (China → 1520) and
  // at Małaszewicze (1520 → EU) for a later train of their service with room.
  private static var defaultServices: [Service] {
    [
      // Cainiao westbound: 2/week [S01][S03]; first departure Sat 2 Mar 2019 [S01]; the
      // second weekly slot (Wednesday) and 10:00 departures are (est.). Advertised 16–18 days
      // [S01], "12–15 days" per Liège Airport [S04]; planned from the model's own timetable
      // (mean running and station times), on time within 1 day (est.), so punctuality reflects
      // border queues, holds and winters. Sections 50 / 44 / 42 (est. from
      // [S25][S20][S14][S15]); load factor 0.8 of 50 (est.), so a train leaves 34–46 boxes.
      service(
        "cainiao-west", "Cainiao Zhengzhou–Liège", prefix: "X8044", route: "zhengzhou-liege",
        .westbound,
        departures: [slot(.saturday, hour: 10), slot(.wednesday, hour: 10)],
        sections: [50, 44, 42], load: 0.8, mix: BuiltInCargo.cainiaoWestbound),
      // Eastbound return from Liège Airport: the first Liège→Zhengzhou train carried 37 boxes,
      // mostly steel mechanical products [S05][S06]; eastbound loads are lower (2024: 8,846
      // in vs 10,546 out [S48]) ⇒ load factor 0.6 of a 44-FEU EU train (est.). Days (est.).
      // Eastbound return from Liège Airport: the first Liège→Zhengzhou train carried 37 boxes,
      // mostly steel mechanical products [S05][S06]. Eastbound trains run far emptier: only
      // ~15 EU→CN containers per 100 CN→EU on the 1520 mm network [S82], eastbound loads
      // ~15–40 % of westbound (facts §7) ⇒ load factor 0.35 of a 44-FEU EU train (est.; the
      // empties such a train also carries are not modelled). Days (est.).
      service(
        "cainiao-east", "Cainiao Liège–Zhengzhou", prefix: "X8045", route: "zhengzhou-liege",
        .eastbound,
        departures: [slot(.tuesday, hour: 18), slot(.friday, hour: 18)],
        sections: [44, 44, 50], load: 0.35, mix: BuiltInCargo.belgianExports),
      // Zhengzhou's other trains, pooled as Zhengzhou ⇄ Hamburg (10,214 km, 2 customs
      // transits, 2 gauge changes [S10]): Zhengzhou ran 9 trains a week in Apr 2019 [S24] and
      // ≈ 1,000 trains in 2019 [S66b][S66], both directions ⇒ with Cainiao's 2 + 2 a week,
      // 7/week west (daily) and 8/week east (daily + Wednesday evening) (est.). Sections
      // 50 / 46 / 44 (est.); eastbound load 0.3 (as above, est.).
      service(
        "hamburg-west", "Zhengzhou–Hamburg", prefix: "X8001", route: "zhengzhou-hamburg",
        .westbound, departures: daily(hours: [14]),
        sections: [50, 46, 44], load: 0.84, mix: BuiltInCargo.creWestbound),
      service(
        "hamburg-east", "Hamburg–Zhengzhou", prefix: "X8002", route: "zhengzhou-hamburg",
        .eastbound, departures: daily(hours: [8]) + [slot(.wednesday, hour: 20)],
        sections: [44, 44, 50], load: 0.3, mix: BuiltInCargo.creEastbound),
      // Other China–Europe trains through Brest/Małaszewicze, pooled as Xi'an (Chang'an hub)
      // ⇄ Hamburg: 27/week west and 12/week east (est.: with the services above 36 trains a
      // week west and 22 east, ≈ 8.3 a day at Brest and Małaszewicze against 8/day [S43] and
      // the Adampol overflow, so the border runs at capacity and waits of ≈ 2 days emerge
      // (facts §1.5, §2.1); CRE ran
      // 8,225 trains in 2019 [S72], ≈ 22/day, most of them through Brest). Sections 55 / 50 /
      // 45 (55 FEU on the domestic section [S25][S64], 50 FEU on 1520 mm [S22], est. 45 on a
      // 740 m EU path [S27]).
      service(
        "cre-pool-west", "CRE pool Xi'an–Hamburg", prefix: "X9001", route: "zhengzhou-hamburg",
        .westbound, from: "xian",
        departures: daily(hours: [4, 12, 20])
          + [
            slot(.monday, hour: 8), slot(.tuesday, hour: 8), slot(.wednesday, hour: 8),
            slot(.thursday, hour: 8), slot(.friday, hour: 8), slot(.sunday, hour: 8),
          ],
        sections: [55, 50, 45], load: 0.78, mix: BuiltInCargo.creWestbound),
      service(
        "cre-pool-east", "CRE pool Hamburg–Xi'an", prefix: "X9002", route: "zhengzhou-hamburg",
        .eastbound, to: "xian",
        departures: daily(hours: [6])
          + [
            slot(.monday, hour: 18), slot(.tuesday, hour: 18), slot(.thursday, hour: 18),
            slot(.saturday, hour: 18), slot(.sunday, hour: 18),
          ],
        sections: [44, 44, 50],
        load: 0.3, mix: BuiltInCargo.creEastbound),
    ]
  }

  private static var defaultDisruptions: [DisruptionRate] {
    [
      // −40 °C winters and snow in Russia slow the 1520 mm section [S105][S102]. (est. ×0.8,
      // December–February.)
      DisruptionRate(kind: .winterSlowdown, gauge: .broad, months: [12, 1, 2], speedFactor: 0.8),
      // Brest: queues "easily 5 days", weeks at worst [S42]; "extreme backlog for weeks" [S44].
      // (est. 3 holds/year of 1–3 days, mode 1½: the queue behind a hold, not the hold itself,
      // makes the weeks.)
      DisruptionRate(
        kind: .borderHold, station: "brest", perYear: 3,
        duration: .triangular(min: 86_400, mode: 36 * 3_600, max: 3 * 86_400)),
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
  /// eastbound; planned transit from the model's own timetable (`ServicePlan`), on time within
  /// 1 day of it (est.). `sections` are the FEU
  /// limits of its three gauge sections in travel order; `trainLimitFEU` (the by-gauge
  /// fallback) repeats the origin's and the 1520 mm section's.
  private static func service(
    _ id: String, _ name: String, prefix: String, route: String, _ direction: Direction,
    from: String? = nil, to: String? = nil, departures: [WeeklyDeparture],
    sections: [Int], load: Double, mix: [CargoShare]
  ) -> Service {
    Service(
      id: id, name: name, trainPrefix: prefix, route: route, direction: direction,
      fromStation: from, toStation: to,
      utcOffsetSeconds: direction == .westbound ? chinaStandardTime : centralEuropeanTime,
      departures: departures,
      trainLimitFEU: [.standard: sections.first ?? 50, .broad: sections.dropFirst().first ?? 44],
      sectionLimitsFEU: sections, loadFactor: load, cargoMix: mix,
      plannedTransitSeconds: 0, onTimeToleranceSeconds: 86_400)
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
