import CorridorSim

/// A small, fixed `SimSnapshot` to draw and reduce against until (and besides) the real engine.
///
/// Values are plausible for the Zhengzhou → Liège corridor (km from stations.csv) but invented:
/// tests about layout and keys need stable input, not realism.
enum SnapshotFixture {
  static let stops: [CorridorLine.Stop] = [
    stop("zhengzhou", "Zhengzhou", "郑州", "CN", .origin, 0),
    stop("xian", "Xi'an", "西安", "CN", .junction, 530),
    stop("lanzhou", "Lanzhou", "兰州", "CN", .junction, 1_205),
    stop("urumqi", "Urumqi", "乌鲁木齐", "CN", .hub, 3_110),
    stop("alashankou", "Alashankou", "阿拉山口", "CN", .border, 3_570),
    stop("dostyk", "Dostyk", "Достық", "KZ", .gaugeChange, 3_580),
    stop("astana", "Astana", "Астана", "KZ", .junction, 4_975),
    stop("petukhovo", "Petukhovo", "Петухово", "RU", .border, 5_590),
    stop("moscow", "Moscow", "Москва", "RU", .junction, 7_990),
    stop("brest", "Brest", "Брэст", "BY", .border, 9_160),
    stop("malaszewicze", "Małaszewicze", nil, "PL", .gaugeChange, 9_175),
    stop("warsaw", "Warsaw", "Warszawa", "PL", .junction, 9_365),
    stop("frankfurt-oder", "Frankfurt (Oder)", nil, "DE", .border, 9_845),
    stop("cologne", "Cologne", "Köln", "DE", .junction, 10_500),
    stop("montzen", "Montzen", nil, "BE", .border, 10_585),
    stop("liege", "Liège Airport", "Liège", "BE", .destination, 10_635),
  ]

  static func stop(
    _ id: String, _ name: String, _ native: String?, _ country: String,
    _ kind: StationKind, _ km: Double
  ) -> CorridorLine.Stop {
    CorridorLine.Stop(
      id: id, name: name, nativeName: native, country: country, kind: kind,
      km: km, latitude: 0, longitude: 0)
  }

  /// One train; `progress` places it along the corridor in its direction.
  static func train(
    _ id: String, _ direction: Direction, _ status: TrainStatus,
    progress: Double, delayHours: Int64 = 0, feu: Int = 41
  ) -> TrainSnapshot {
    let km = direction == .westbound ? progress * 10_635 : (1 - progress) * 10_635
    let consist = ConsistTotals(
      feu: feu, tonnes: Double(feu) * 14.5, parcels: feu * 4_000, valueUSD: Double(feu) * 180_000,
      byCategory: [
        CategoryTotals(
          category: "apparel", containers: feu / 2, tonnes: Double(feu) * 6,
          parcels: feu * 2_500, valueUSD: Double(feu) * 80_000),
        CategoryTotals(
          category: "electronics", containers: feu - feu / 2, tonnes: Double(feu) * 8.5,
          parcels: feu * 1_500, valueUSD: Double(feu) * 100_000),
      ])
    let departed = SimTime.days(1)
    let planned = departed + 16 * 86_400
    return TrainSnapshot(
      id: id, serviceID: direction == .westbound ? "cainiao-west" : "cainiao-east",
      serviceName: direction == .westbound ? "Cainiao Zhengzhou–Liège" : "Cainiao Liège–Zhengzhou",
      direction: direction, status: status,
      position: TrainPosition(
        fromStation: "astana", toStation: "petukhovo", kmAlongSegment: 12,
        corridorKm: km, latitude: 0, longitude: 0),
      progress: progress, nextStop: status == .arrived ? nil : "petukhovo",
      departedAt: departed, plannedArrival: planned,
      predictedArrival: planned + delayHours * 3_600,
      arrivedAt: status == .arrived ? planned + delayHours * 3_600 : nil,
      delaySeconds: delayHours * 3_600, consist: consist,
      timeline: [
        StopTime(
          station: "zhengzhou", plannedArrival: departed, plannedDeparture: departed,
          actualArrival: departed, actualDeparture: departed),
        StopTime(station: "liege", plannedArrival: planned, plannedDeparture: planned),
      ])
  }

  /// Six trains in mixed states, in id order as every engine snapshot is (the table's "then by
  /// id" reads that order: `TrainOrdering`); their progress, delay and load are not in it.
  static let trains: [TrainSnapshot] = [
    train("X8044-0224W", .westbound, .arrived, progress: 1.0, delayHours: -4),
    train("X8044-0302W", .westbound, .queuedForGaugeChange, progress: 0.86, delayHours: 30),
    train("X8044-0305W", .westbound, .running, progress: 0.42, delayHours: 3),
    train("X8044-0309W", .westbound, .loading, progress: 0.0),
    train("X8045-0226E", .eastbound, .held, progress: 0.55, delayHours: 50, feu: 28),
    train("X8045-0301E", .eastbound, .running, progress: 0.20, feu: 30),
  ]

  /// Event `i`: severities cycle info, notice, warning, critical (a departure, a customs
  /// queue, a paperwork hold, a border hold), at the fixture's stops in turn, an hour apart.
  static func events(count: Int) -> [SimEvent] {
    (0..<count).map { i in
      let station = Int32(i % stops.count)
      let time = SimTime.hours(Int64(i))
      switch i % 4 {
      case 0:
        return SimEvent(
          sequence: i, time: time, kind: .stationDeparted, severity: .info, train: "X8044-0305W",
          station: station)
      case 1:
        return SimEvent(
          sequence: i, time: time, kind: .customsQueued, severity: .notice, train: "X8044-0302W",
          station: station, detail: .queue(ahead: Int32(i % 3), closed: false))
      case 2:
        return SimEvent(
          sequence: i, time: time, kind: .customsHold, severity: .warning, train: "X8045-0226E",
          station: station, detail: .hold(seconds: Int64(6 + i) * 3_600))
      default:
        return SimEvent(
          sequence: i, time: time, kind: .disruptionStarted, severity: .critical, train: nil,
          station: station, detail: .disruption(.borderHold, seconds: 2 * 86_400))
      }
    }
  }

  /// The words of the fixture's events: its stops by index.
  static let eventText = EventText(
    stations: stops.map { EventText.Place(id: $0.id, name: $0.name, country: $0.country) },
    services: ["Cainiao Zhengzhou–Liège", "Cainiao Liège–Zhengzhou"],
    serviceIDs: ["cainiao-west", "cainiao-east"], hub: "Cainiao eHub, Liège Airport")

  static func snapshot(trains: [TrainSnapshot] = trains, eventCount: Int = 12) -> SimSnapshot {
    SimSnapshot(
      scenarioName: "zhengzhou-liege", scenarioTitle: "Zhengzhou ⇄ Liège (Cainiao, 2019)",
      seed: 42, epochUnix: 1_551_484_800, time: SimTime.days(9) + 13 * 3_600,
      corridor: CorridorLine(routeID: "main", stops: stops, totalKm: 10_635),
      trains: trains, stations: [],
      kpis: KPISnapshot(
        trainsInTransit: 5, teuInTransit: 380, teuInTransitWestbound: 260,
        teuInTransitEastbound: 120,
        teuInTransitByCategory: [
          CategoryTEU(category: "apparel", name: "Apparel", teu: 150),
          CategoryTEU(category: "electronics", name: "Electronics", teu: 110),
          CategoryTEU(category: "machinery", name: "Machinery & steel", teu: 70),
          CategoryTEU(category: "chocolate", name: "Chocolate", teu: 50),
        ],
        teuDeliveredToday: 82, teuDeliveredThisWeek: 164, teuDeliveredTotal: 410,
        trainsArrivedTotal: 5,
        teuDeliveredPerDay: (0..<30).map { $0 % 7 == 3 ? 82 : 0 },
        teuDeliveredPerDayWestbound: (0..<30).map { $0 % 7 == 3 ? 82 : 0 },
        teuDeliveredPerDayEastbound: Array(repeating: 0, count: 30),
        meanTransitDays: 17.4, onTimePercent: 60,
        delayByBorder: [
          BorderDelay(
            station: "malaszewicze", name: "Małaszewicze",
            meanWaitHours: 41.5, trains: 4)
        ]),
      recentEvents: events(count: eventCount), activeDisruptions: [],
      // The built-in scenario's corridor clock, UTC+1.
      calendar: CorridorCalendar(epochUnix: 1_551_484_800, utcOffsetSeconds: 3_600),
      eventText: eventText)
  }
}
