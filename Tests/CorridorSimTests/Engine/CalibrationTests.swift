import Testing

@testable import CorridorSim

/// The default scenario against its sources (docs/MODEL.md's calibration table), over 10
/// seeds and three years each: the first year, which starts from an empty network, and years
/// 2–3, which must tell the same story.
@Suite("Calibration of the default scenario")
struct CalibrationTests {
  static let seeds: [UInt64] = Array(1...10)
  static let years: Int64 = 3

  /// What one year of one seed measured.
  struct Year: Sendable {
    var stays: [Double] = []
    var cainiaoTransits: [Double] = []
    var zhengzhouTrains = 0
    var westFEU = 0
    var eastFEU = 0
    var onTimeByDay: [Double] = []
    var holdHours: [Double] = []
    var valueUSD = 0.0
    var valuedFEU = 0
  }

  static func measure(seed: UInt64) -> [Year] {
    let scenario = Scenario.zhengzhouLiege
    let simulation = Simulation(scenario: scenario, seed: seed)
    simulation.keepsEventsForDrain = true
    let text = simulation.eventText
    var westbound: Set<String> = []
    for service in scenario.services where service.direction == .westbound {
      westbound.insert(service.trainPrefix)
      westbound.insert(service.trainPrefix + "R")
    }
    var years = Array(repeating: Year(), count: Int(Self.years))
    var atBrest: [String: Int64] = [:]
    for day in 1...(365 * Self.years) {
      let y = Int((day - 1) / 365)
      simulation.run(until: simulation.calendar.end(ofDay: day))
      for event in simulation.drainEvents() {
        guard let train = event.train else { continue }
        let station = text.stationID(of: event)
        let prefix = String(train.prefix { $0 != "-" })
        switch event.kind {
        case .departed:
          atBrest[train] = nil
          if station == "putian" { years[y].zhengzhouTrains += 1 }
        case .stationArrived where station == "brest" && westbound.contains(prefix):
          atBrest[train] = event.time.seconds
        case .stationDeparted where station == "malaszewicze":
          if let arrived = atBrest.removeValue(forKey: train) {
            years[y].stays.append(Double(event.time.seconds - arrived) / 86_400)
          }
        case .arrived:
          if prefix == "X8044", case .arrival(let transit, _) = event.detail {
            years[y].cainiaoTransits.append(Double(transit) / 86_400)
          }
        case .unloaded:
          if station == "putian" { years[y].zhengzhouTrains += 1 }
          let feu = Int(event.containers ?? 0)
          if westbound.contains(prefix) { years[y].westFEU += feu } else { years[y].eastFEU += feu }
        case .customsHold:
          if case .hold(let seconds) = event.detail {
            years[y].holdHours.append(Double(seconds) / 3_600)
          }
        default:
          break
        }
      }
      let snapshot = simulation.snapshot()
      if day % 365 > 45 || day > 365, let onTime = snapshot.kpis.onTimePercent {
        years[y].onTimeByDay.append(onTime)
      }
      if day % 7 == 0 {
        for train in snapshot.trains where train.status != .arrived {
          years[y].valueUSD += train.consist.valueUSD
          years[y].valuedFEU += train.consist.feu
        }
      }
    }
    return years
  }

  static let measured: [[Year]] = seeds.map(measure(seed:))

  static func median(_ values: [Double]) -> Double { SimulationTestSupport.median(values) ?? .nan }

  static func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(p * Double(sorted.count)))]
  }

  /// The first year, and years 2–3 pooled.
  static let periods: [(name: String, years: [Year])] = [
    ("year 1", measured.map { $0[0] }),
    ("years 2–3", measured.flatMap { $0.dropFirst() }),
  ]

  /// Brest/Małaszewicze: a regular stay of about two days (facts §2.1's 1.9 d; 2–3 d on a
  /// regular trip [S42]) with a tail of several days, in every period and every seed.
  @Test func borderStayAtBrestAndMalaszewicze() {
    for (name, years) in Self.periods {
      let stays = years.flatMap(\.stays)
      let perSeed = years.map { Self.median($0.stays) }
      let median = Self.median(stays)
      print(
        "calibration \(name): stay median \(median) d, per seed \(perSeed.min() ?? 0)–\(perSeed.max() ?? 0), p90 \(Self.percentile(stays, 0.9)), p99 \(Self.percentile(stays, 0.99)), max \(stays.max() ?? 0), n \(stays.count)"
      )
      #expect((1.4...2.6).contains(median), "\(name)")
      #expect(perSeed.allSatisfy { (1.2...3.0).contains($0) }, "\(name): \(perSeed)")
      #expect(Self.percentile(stays, 0.99) >= 3.0, "\(name): no tail")
    }
  }

  /// Cainiao Zhengzhou → Liège: 16–18 days advertised [S01] (12–15 per Liège Airport [S04]).
  @Test func cainiaoTransit() {
    for (name, years) in Self.periods {
      let transits = years.flatMap(\.cainiaoTransits)
      let median = Self.median(transits)
      print("calibration \(name): Cainiao transit median \(median) d over \(transits.count)")
      #expect((15.0...18.0).contains(median), "\(name)")
    }
  }

  /// Zhengzhou ran about 1,000 trains in 2019, both directions [S66b][S66]; eastbound boxes
  /// are 15–40 % of westbound (facts §7; ~15 per 100 on the 1520 mm network in 2024 [S82]).
  @Test func zhengzhouTrainsAndDirectionImbalance() {
    for (name, years) in Self.periods {
      let trains = Double(years.reduce(0) { $0 + $1.zhengzhouTrains }) / Double(years.count)
      let ratio = Double(years.reduce(0) { $0 + $1.eastFEU }) /
        Double(max(1, years.reduce(0) { $0 + $1.westFEU }))
      print("calibration \(name): Zhengzhou \(trains) trains/year, east/west FEU \(ratio)")
      #expect((900...1_100).contains(trains), "\(name)")
      #expect((0.12...0.30).contains(ratio), "\(name)")
    }
  }

  /// An unattended screen never reads "on time 0 %" for weeks: the 30-day on-time share is
  /// below 10 % on few days, never for four weeks running, and is mostly high.
  @Test func onTimeShareStaysPlausible() {
    for (name, years) in Self.periods {
      let days = years.flatMap(\.onTimeByDay)
      let low = Double(days.filter { $0 < 10 }.count) / Double(max(1, days.count))
      var longest = 0
      for year in years {
        var run = 0
        for value in year.onTimeByDay {
          run = value < 10 ? run + 1 : 0
          longest = max(longest, run)
        }
      }
      let median = Self.median(days)
      print(
        "calibration \(name): 30-day on-time median \(median) %, days below 10 % \(low * 100) %, longest run \(longest) d"
      )
      #expect(low < 0.05, "\(name)")
      #expect(longest <= 28, "\(name)")
      #expect((60...98).contains(median), "\(name)")
    }
  }

  /// Paperwork holds last hours to a few days, not a week (they wait in the yard).
  @Test func paperworkHoldsAreBounded() {
    let holds = Self.measured.flatMap { $0.flatMap(\.holdHours) }
    print("calibration: \(holds.count) holds, median \(Self.median(holds)) h, max \(holds.max() ?? 0) h")
    #expect(holds.count > 1_000)
    #expect((holds.max() ?? 0) < 120)
  }

  /// About US$85k per FEU: Zhengzhou 2020, US$4.277 bn over 1,126 trains [S66] (derived).
  @Test func cargoValuePerFEU() {
    let value = Self.measured.flatMap { $0 }.reduce(0) { $0 + $1.valueUSD }
    let feu = Self.measured.flatMap { $0 }.reduce(0) { $0 + $1.valuedFEU }
    let perFEU = value / Double(max(1, feu))
    print("calibration: US$\(perFEU) per FEU")
    #expect((70_000...100_000).contains(perFEU))
  }
}
