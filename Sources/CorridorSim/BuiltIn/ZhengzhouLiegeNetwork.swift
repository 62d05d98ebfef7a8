/// The Zhengzhou ⇄ Liège network of the built-in scenario: 47 stations of the western
/// corridor (facts §1.3 and stations.csv) plus Hamburg, and the segments between them.
///
/// Distances, coordinates and dwell times come from /work/shared/corridor/stations.csv; the
/// path beyond Moyynty and most dwell times are estimates there and stay marked `(est.)` here.
/// Gauge cut (documented in docs/MODEL.md): each gauge-change terminal sits at the end of the
/// track of the gauge it receives from. Chinese standard gauge runs into Dostyk, so
/// Alashankou→Dostyk is 1435 mm; the broad gauge runs over the Bug through Terespol into the
/// Małaszewicze terminal, so Brest→Terespol→Małaszewicze is 1520 mm. Gauges change exactly at
/// the two gauge-change stations, in both directions.
enum ZhengzhouLiegeNetwork {
  /// Running characteristics of a stretch of line.
  enum Section {
    case china, broad, bugBridge, europe

    var gauge: Gauge {
      switch self {
      case .china, .europe: .standard
      case .broad, .bugBridge: .broad
      }
    }

    /// Commercial running speed between stops, km/h. (est.) Calibrated so that running time
    /// plus the modelled dwells match facts §2.1/§2.4: China 3,570 km in ≈ 4.7 days (max
    /// 120 km/h [S23][S24]; X8083 took 5 days to the border [S63]); 1520 mm ≈ 1,050 km/day
    /// with stops (1,100–1,200 km/day [S22][S22b], 4.9 days border to border [S21b]);
    /// EU ≈ 375 km/day [S22b] ⇒ 18 km/h between stops.
    var speedKmh: Double {
      switch self {
      case .china: 40
      case .broad: 55
      case .bugBridge: 20
      case .europe: 18
      }
    }

    /// Minimum spacing of trains in one direction, s. (est.) China and 1520 mm double track
    /// with automatic block ≈ 15–20 min; EU freight paths are scarcer (30 min); the Bug
    /// crossing Brest–Terespol–Małaszewicze is the tightest (45 min) [S45].
    var headwaySeconds: Int64 {
      switch self {
      case .china: 15 * 60
      case .broad: 20 * 60
      case .bugBridge: 45 * 60
      case .europe: 30 * 60
      }
    }
  }

  static let stations: [Station] = [
    // #1 0 km. Origin of Cainiao train 2019-03-02 (People's Daily via china-eunews.eu 2019-03-06).
    // km0. Dwell 0 = departure; origin clearance now <30 min (China Railway 2025).
    station("putian", "Zhengzhou Putian", "郑州", "CN", 34.77, 113.86, .origin, dwell: nil),
    // #2 140 km. Longhai rly chainage (Zhengzhou 572 km; Putian taken as ~555 km) -> rail km
    // sourced (Wikipedia Longhai). Dwell = estimate (crew/loco).
    station("luoyang", "Luoyang", "洛阳", "CN", 34.66, 112.43, .junction, dwell: .crew(hours: 1.0)),
    // #3 530 km. Longhai chainage Xi'an 1083 km. Dwell estimate.
    station("xian", "Xi'an", "西安", "CN", 34.27, 108.94, .junction, dwell: .crew(hours: 1.0)),
    // #4 700 km. Longhai chainage Baoji 1256 km. Dwell estimate.
    station("baoji", "Baoji", "宝鸡", "CN", 34.36, 107.14, .junction, dwell: .crew(hours: 1.0)),
    // #5 1205 km. Longhai chainage Lanzhou 1759 km; junction Longhai/Lanxin. Dwell estimate.
    station("lanzhou", "Lanzhou", "兰州", "CN", 36.06, 103.83, .junction, dwell: .crew(hours: 2.0)),
    // #6 1465 km. Lanxin rly 1904 km Lanzhou-Urumqi (Wikipedia) split by great-circle share. Dwell
    // estimate.
    station("wuwei", "Wuwei", "武威", "CN", 37.93, 102.64, .junction, dwell: .crew(hours: 1.0)),
    // #7 1945 km. Lanxin 1904 km split by GC share (estimate). Dwell estimate.
    station(
      "jiayuguan", "Jiayuguan", "嘉峪关", "CN", 39.77, 98.29, .junction, dwell: .crew(hours: 1.0)),
    // #8 2535 km. Lanxin 1904 km split by GC share (estimate). Dwell estimate.
    station("hami", "Hami", "哈密", "CN", 42.83, 93.51, .junction, dwell: .crew(hours: 1.0)),
    // #9 2930 km. Lanxin 1904 km split by GC share (estimate). Dwell estimate.
    station("turpan", "Turpan", "吐鲁番", "CN", 42.95, 89.19, .junction, dwell: .crew(hours: 1.0)),
    // #10 3110 km. End of Lanxin 1904 km (sourced). Dwell estimate (loco/crew change).
    station("urumqi", "Ürümqi", "乌鲁木齐", "CN", 43.83, 87.62, .hub, dwell: .crew(hours: 2.0)),
    // #11 3335 km. Northern Xinjiang rly Urumqi-Alashankou 460 km (Wikipedia) split by GC share.
    // Dwell estimate.
    station("kuytun", "Kuytun", "奎屯", "CN", 44.43, 84.9, .junction, dwell: .crew(hours: 1.0)),
    // #12 3500 km. Branch point to Khorgos (Jinghe-Yining-Khorgos line). Northern Xinjiang 460 km
    // split by GC. Dwell estimate.
    station("jinghe", "Jinghe", "精河", "CN", 44.6, 82.89, .junction, dwell: .crew(hours: 1.0)),
    // #13 3570 km. CN exit border/customs; end of Northern Xinjiang rly (460 km). Dwell = estimate
    // (handover+export clearance).
    station(
      "alashankou", "Alashankou", "阿拉山口", "CN", 45.17, 82.57, .border, dwell: nil,
      customs: .alashankouExport),
    // #14 3580 km. 1435->1520 transshipment; coords index1520.com Dostyk page (45d15m08s N
    // 82d29m02s E). Segment 12 km = estimate. Dwell: processing 4 h 15 min (was 9 h),
    // silkroadnews.org 2016.
    station(
      "dostyk", "Dostyk", "Достық", "KZ", 45.252, 82.484, .gaugeChange, dwell: nil,
      customs: .dostykEntry, gaugeChange: .dostyk),
    // #15 3895 km. Dostyk-Moyynty 836 km (today-kz.com) split by GC share. Dwell estimate.
    station(
      "aktogay", "Aktogay", "Ақтоғай", "KZ", 46.95, 79.66, .junction, dwell: .crew(hours: 1.0)),
    // #16 4415 km. End of Dostyk-Moyynty 836 km (today-kz.com). Dwell estimate.
    station(
      "moyynty", "Moyynty", "Мойынты", "KZ", 47.22, 73.36, .junction, dwell: .crew(hours: 1.0)),
    // #17 4750 km. Path beyond Moyynty is an ASSUMED plausible transit path; km = great-circle
    // x1.16 (calibrated so Zhengzhou-Hamburg = 10214 km). Dwell estimate.
    station(
      "karagandy", "Karagandy", "Қарағанды", "KZ", 49.8, 73.1, .junction, dwell: .crew(hours: 1.0)),
    // #18 4975 km. Assumed path; GC x1.16. Dwell estimate.
    station("astana", "Astana", "Астана", "KZ", 51.17, 71.43, .junction, dwell: .crew(hours: 1.0)),
    // #19 5290 km. Assumed path; GC x1.16. Dwell estimate.
    station(
      "kokshetau", "Kokshetau", "Көкшетау", "KZ", 53.28, 69.39, .junction, dwell: .crew(hours: 1.0)),
    // #20 5495 km. Assumed path; GC x1.16. Dwell estimate.
    station(
      "petropavl", "Petropavl", "Петропавл", "KZ", 54.87, 69.15, .junction, dwell: .crew(hours: 1.0)
    ),
    // #21 5590 km. Assumed KZ-RU crossing (EAEU internal border; no gauge change). GC x1.16. Dwell
    // estimate.
    station(
      "petukhovo", "Petukhovo", "Петухово", "RU", 55.07, 67.89, .border, dwell: .crew(hours: 2.0)),
    // #22 5785 km. Assumed path (Trans-Siberian/South Urals); GC x1.16. Dwell estimate.
    station("kurgan", "Kurgan", "Курган", "RU", 55.44, 65.34, .junction, dwell: .crew(hours: 1.0)),
    // #23 6075 km. Assumed path; GC x1.16. Dwell estimate.
    station(
      "chelyabinsk", "Chelyabinsk", "Челябинск", "RU", 55.16, 61.4, .junction,
      dwell: .crew(hours: 1.0)),
    // #24 6485 km. Assumed path; GC x1.16. Dwell estimate.
    station("ufa", "Ufa", "Уфа", "RU", 54.74, 55.97, .junction, dwell: .crew(hours: 1.0)),
    // #25 6965 km. Assumed path; GC x1.16. Dwell estimate.
    station("samara", "Samara", "Самара", "RU", 53.2, 50.15, .junction, dwell: .crew(hours: 1.0)),
    // #26 7780 km. Assumed path; GC x1.16. Dwell estimate.
    station("ryazan", "Ryazan", "Рязань", "RU", 54.63, 39.74, .junction, dwell: .crew(hours: 1.0)),
    // #27 7990 km. Assumed path; GC x1.16. Dwell estimate.
    station("moscow", "Moscow", "Москва", "RU", 55.75, 37.62, .junction, dwell: .crew(hours: 2.0)),
    // #28 8420 km. Assumed path; GC x1.16. Dwell estimate.
    station(
      "smolensk", "Smolensk", "Смоленск", "RU", 54.78, 32.05, .junction, dwell: .crew(hours: 1.0)),
    // #29 8475 km. RU-BY Union State border; Krasnoye->Brest <12 h (cfts.org.ua 2016; sb.by). GC
    // x1.16. Dwell estimate.
    station(
      "krasnoye", "Krasnoye / Osinovka", "Красное", "RU", 54.56, 31.43, .border,
      dwell: .crew(hours: 1.0)),
    // #30 8550 km. GC x1.16. Dwell estimate.
    station("orsha", "Orsha", "Орша", "BY", 54.51, 30.42, .junction, dwell: .crew(hours: 1.0)),
    // #31 8780 km. GC x1.16. Dwell estimate.
    station("minsk", "Minsk", "Мінск", "BY", 53.9, 27.56, .junction, dwell: .crew(hours: 1.0)),
    // #32 9160 km. BY exit border. Dwell: 8 h 30 min per train needing reloading, 5 h without
    // (BelTA 2019-09-11). Queues add 2-3 days typical, up to weeks (railtech.com 2018-03-29). GC
    // x1.16.
    // Receiving yard (est. 14 trains per direction): "not enough receiving tracks" [S45]; when
    // it is full, trains wait on the line before it (at Minsk westbound).
    station(
      "brest", "Brest", "Брэст", "BY", 52.1, 23.69, .border, dwell: nil, customs: .brestExit,
      yard: 14),
    // #33 9165 km. PL/EU entry border (part of Brest-Terespol-Malaszewicze complex). GC x1.10.
    // Border hand-over PKP ⇄ BČ: locomotive change and technical inspection of every wagon
    // (est. 2–6 h, mode 3 h, 2 tracks) before the train may enter the terminal or Belarus.
    station(
      "terespol", "Terespol", nil, "PL", 52.07, 23.62, .border,
      dwell: .handOver, dwellCapacity: 2),
    // #34 9175 km. 1520->1435 transshipment + EU customs (T1). Dwell 36 h = estimate incl. typical
    // queue (railtech 2018: 2-3 days border wait on regular trips). GC x1.10. The re-formed EU
    // train then needs a locomotive, crew and brake test: 3 h (est., longer than the 1-2 h of a
    // junction) on 2 departure tracks (est.; "not enough receiving tracks" [S45]).
    station(
      "malaszewicze", "Małaszewicze", nil, "PL", 52.04, 23.52, .gaugeChange,
      dwell: .crew(hours: 3.0), dwellCapacity: 2, customs: .malaszewiczeEntry,
      gaugeChange: .malaszewicze, yard: 8),
    // #35 9365 km. GC x1.10. Dwell estimate.
    station(
      "warsaw", "Warsaw", "Warszawa", "PL", 52.23, 21.01, .junction, dwell: .crew(hours: 1.0)),
    // #36 9670 km. GC x1.10. Dwell estimate.
    station("poznan", "Poznań", nil, "PL", 52.41, 16.93, .junction, dwell: .crew(hours: 1.0)),
    // #37 9845 km. PL-DE border (Schengen; loco/crew change). GC x1.10. Dwell estimate.
    station(
      "frankfurt_oder", "Frankfurt (Oder)", nil, "DE", 52.34, 14.55, .border,
      dwell: .crew(hours: 2.0)),
    // #38 9935 km. GC x1.10. Dwell estimate. (Hamburg branch-off for Zhengzhou-Hamburg
    // calibration.)
    station("berlin", "Berlin", nil, "DE", 52.52, 13.4, .junction, dwell: .crew(hours: 1.0)),
    // #39 10075 km. Assumed DE path; GC x1.10. Dwell estimate.
    station("magdeburg", "Magdeburg", nil, "DE", 52.13, 11.63, .junction, dwell: .crew(hours: 1.0)),
    // #40 10220 km. Assumed DE path; GC x1.10. Dwell estimate.
    station("hannover", "Hannover", nil, "DE", 52.37, 9.74, .junction, dwell: .crew(hours: 1.0)),
    // #41 10385 km. Assumed DE path; GC x1.10. Dwell estimate.
    station("hamm", "Hamm", nil, "DE", 51.68, 7.82, .junction, dwell: .crew(hours: 1.0)),
    // #42 10500 km. Assumed DE path; GC x1.10. Dwell estimate.
    station("cologne", "Cologne", "Köln", "DE", 50.94, 6.96, .junction, dwell: .crew(hours: 1.0)),
    // #43 10570 km. GC x1.10. Dwell estimate.
    station(
      "aachen_west", "Aachen West", nil, "DE", 50.78, 6.07, .junction, dwell: .crew(hours: 1.0)),
    // #44 10585 km. DE-BE freight border (Montzen line). GC x1.10. Dwell estimate.
    station("montzen", "Montzen", nil, "BE", 50.71, 5.96, .border, dwell: .crew(hours: 1.0)),
    // #45 10605 km. GC x1.10. Dwell estimate.
    station("vise", "Visé", nil, "BE", 50.74, 5.7, .junction, dwell: .crew(hours: 0.5)),
    // #46 10625 km. Liege rail hub; Renory = Liege Container Terminal (index1520 2020-10-19). GC
    // x1.10. Dwell estimate.
    station("liege", "Liège", nil, "BE", 50.6, 5.56, .hub, dwell: .crew(hours: 1.0)),
    // #47 10635 km. Destination: rail-road terminal next to LGG tarmac (rtl.be/RTBF 2018-10);
    // Cainiao eHub on airport (aviation24.be 2021-11-08). Dwell 0 = arrival.
    station("liege_airport", "Liège Airport", nil, "BE", 50.637, 5.443, .destination, dwell: nil),
    // Hamburg: end of the Zhengzhou–Hamburg service (10,214 km [S10]; the model gives
    // 9,935 km to Berlin + 281 km = 10,216 km (est.), facts §1.3). Dwell 0 = arrival.
    station("hamburg", "Hamburg", nil, "DE", 53.55, 9.99, .destination, dwell: nil),
  ]

  static let segments: [Segment] = [
    segment("putian", "luoyang", 140, .china),
    segment("luoyang", "xian", 390, .china),
    segment("xian", "baoji", 170, .china),
    segment("baoji", "lanzhou", 505, .china),
    segment("lanzhou", "wuwei", 260, .china),
    segment("wuwei", "jiayuguan", 480, .china),
    segment("jiayuguan", "hami", 590, .china),
    segment("hami", "turpan", 395, .china),
    segment("turpan", "urumqi", 180, .china),
    segment("urumqi", "kuytun", 225, .china),
    segment("kuytun", "jinghe", 165, .china),
    segment("jinghe", "alashankou", 70, .china),
    segment("alashankou", "dostyk", 10, .china),
    segment("dostyk", "aktogay", 315, .broad),
    segment("aktogay", "moyynty", 520, .broad),
    segment("moyynty", "karagandy", 335, .broad),
    segment("karagandy", "astana", 225, .broad),
    segment("astana", "kokshetau", 315, .broad),
    segment("kokshetau", "petropavl", 205, .broad),
    segment("petropavl", "petukhovo", 95, .broad),
    segment("petukhovo", "kurgan", 195, .broad),
    segment("kurgan", "chelyabinsk", 290, .broad),
    segment("chelyabinsk", "ufa", 410, .broad),
    segment("ufa", "samara", 480, .broad),
    segment("samara", "ryazan", 815, .broad),
    segment("ryazan", "moscow", 210, .broad),
    segment("moscow", "smolensk", 430, .broad),
    segment("smolensk", "krasnoye", 55, .broad),
    segment("krasnoye", "orsha", 75, .broad),
    segment("orsha", "minsk", 230, .broad),
    segment("minsk", "brest", 380, .broad),
    segment("brest", "terespol", 5, .bugBridge),
    segment("terespol", "malaszewicze", 10, .bugBridge),
    segment("malaszewicze", "warsaw", 190, .europe),
    segment("warsaw", "poznan", 305, .europe),
    segment("poznan", "frankfurt_oder", 175, .europe),
    segment("frankfurt_oder", "berlin", 90, .europe),
    segment("berlin", "magdeburg", 140, .europe),
    segment("magdeburg", "hannover", 145, .europe),
    segment("hannover", "hamm", 165, .europe),
    segment("hamm", "cologne", 115, .europe),
    segment("cologne", "aachen_west", 70, .europe),
    segment("aachen_west", "montzen", 15, .europe),
    segment("montzen", "vise", 20, .europe),
    segment("vise", "liege", 20, .europe),
    segment("liege", "liege_airport", 10, .europe),
    // Berlin–Hamburg, 281 km (est.: 10,216 − 9,935 km, facts §1.3).
    segment("berlin", "hamburg", 281, .europe),
  ]

  /// Station ids of the main route, westbound.
  static var mainRoute: [String] { Array(stations.prefix(47).map(\.id)) }

  /// Station ids of the Zhengzhou–Hamburg route, westbound: the main route to Berlin, then Hamburg.
  static var hamburgRoute: [String] {
    let main = mainRoute
    let berlin = main.firstIndex(of: "berlin") ?? main.count - 1
    return Array(main[...berlin]) + ["hamburg"]
  }

  private static func station(
    _ id: String, _ name: String, _ native: String?, _ country: String, _ lat: Double,
    _ lon: Double, _ kind: StationKind, dwell: Dwell?, dwellCapacity: Int = 0,
    customs: CustomsPoint? = nil, gaugeChange: GaugeChangeTerminal? = nil, yard: Int = 0
  ) -> Station {
    Station(
      id: id, name: name, nativeName: native, country: country, latitude: lat, longitude: lon,
      kind: kind, dwell: dwell?.distribution, dwellCapacity: dwellCapacity, customs: customs,
      gaugeChange: gaugeChange, yardCapacity: yard)
  }

  private static func segment(_ from: String, _ to: String, _ km: Double, _ section: Section)
    -> Segment
  {
    Segment(
      from: from, to: to, lengthKm: km, gauge: section.gauge, speedKmh: section.speedKmh,
      headwaySeconds: section.headwaySeconds)
  }

  /// Crew / locomotive change dwell. (est.) Triangular around the CSV's typical dwell:
  /// from ¾ of it to twice it, mode at it (a stop can overrun, rarely finishes much sooner).
  enum Dwell {
    case crew(hours: Double)
    /// A border hand-over between two railways (est.).
    case handOver
    var distribution: DurationDistribution {
      switch self {
      case .crew(let hours):
        let mode = Int64(hours * 3_600)
        return .triangular(min: mode * 3 / 4, mode: mode, max: mode * 2)
      case .handOver:
        return .triangular(min: 2 * 3_600, mode: 3 * 3_600, max: 6 * 3_600)
      }
    }
  }
}
