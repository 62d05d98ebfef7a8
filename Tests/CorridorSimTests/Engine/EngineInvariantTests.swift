import Testing

@testable import CorridorSim

/// One property test per physical rule of the engine (issue 8 §1, §2, §5), each over several
/// seeds and every shipped scenario: what an outside harness reading only the events and the
/// snapshots would check.
@Suite("Engine invariants")
struct EngineInvariantTests {
  /// The default scenario and the two YAML scenarios, with the seeds each is run for.
  static let runs: [(name: String, scenario: Scenario, seeds: [UInt64])] = {
    var runs: [(String, Scenario, [UInt64])] = [("default", .zhengzhouLiege, [1, 2, 3])]
    for name in ["zhengzhou-liege-2021", "central-erenhot"] {
      if let scenario = try? ShippedScenarioTests.load(name + ".yaml") {
        runs.append((name, scenario, [1, 2]))
      }
    }
    return runs
  }()

  static let days: Int64 = 200

  /// A run sliced a day at a time: its events, and what the snapshot says at each day's end.
  struct Run: Sendable {
    var events: [SimEvent] = []
    var scenario: Scenario
    var calendar: CorridorCalendar
    /// Complete timelines of the trains that arrived (collected while they are still listed).
    var timelines: [String: (departed: Int64, stops: [StopTime])] = [:]
    var checkpoints: [Checkpoint] = []
  }

  /// The state after one day, for the conservation checks.
  struct Checkpoint: Sendable {
    var day: Int64
    var loadedFEU: Int
    var deliveredFEU: Int
    var handOffs: Int
    var onTrainsFEU: Int
    var backlogFEU: Int
    var kpiBacklogFEU: Int
    var kpis: KPISnapshot
    var oldestBacklogAge: Int64?
  }

  static func run(_ scenario: Scenario, seed: UInt64, days: Int64 = days) -> Run {
    let simulation = Simulation(scenario: scenario, seed: seed)
    var run = Run(scenario: scenario, calendar: simulation.calendar)
    var loaded = 0
    var delivered = 0
    var handOffs = 0
    for day in 1...days {
      simulation.run(until: simulation.calendar.end(ofDay: day))
      let fresh = simulation.drainEvents()
      for event in fresh {
        if event.kind == .loadingStarted { loaded += Int(event.containers ?? 0) }
        if event.kind == .unloaded {
          delivered += Int(event.containers ?? 0)
          handOffs += 1
        }
      }
      run.events += fresh
      let snapshot = simulation.snapshot()
      for train in snapshot.trains where train.status == .arrived {
        run.timelines["\(train.id)@\(train.departedAt.seconds)"] = (
          train.departedAt.seconds, train.timeline
        )
      }
      let now = snapshot.time.seconds
      let oldest = snapshot.stations.compactMap(\.oldestBacklogSince).map { now - $0.seconds }.max()
      run.checkpoints.append(
        Checkpoint(
          day: day, loadedFEU: loaded, deliveredFEU: delivered, handOffs: handOffs,
          onTrainsFEU: snapshot.trains.filter { $0.status != .arrived }.reduce(0) {
            $0 + $1.consist.feu
          },
          backlogFEU: snapshot.stations.reduce(0) { $0 + $1.backlogFEU },
          kpiBacklogFEU: snapshot.kpis.backlogs.reduce(0) { $0 + $1.feu }, kpis: snapshot.kpis,
          oldestBacklogAge: oldest))
    }
    return run
  }

  static let all: [(name: String, seed: UInt64, run: Run)] = runs.flatMap { entry in
    entry.seeds.map { (entry.name, $0, run(entry.scenario, seed: $0)) }
  }

  /// A border crossing is logged when the train is at the border: leaving the border (or
  /// gauge-change) station it names, or reaching it, at that very second; the two stops lie in
  /// different countries.
  @Test func borderCrossingsHappenAtTheBorder() {
    for (name, seed, run) in Self.all {
      let stations = run.scenario.stations
      var lastDeparture: [String: (station: Int32, time: Int64)] = [:]
      var pending: [String: (station: Int32, time: Int64)] = [:]
      var crossings = 0
      for event in run.events {
        guard let train = event.train, let station = event.station else { continue }
        switch event.kind {
        case .departed, .stationDeparted:
          lastDeparture[train] = (station, event.time.seconds)
        case .stationArrived, .arrived:
          if let crossing = pending.removeValue(forKey: train) {
            #expect(
              crossing == (station, event.time.seconds),
              "\(name) seed \(seed): \(train) crossed at \(crossing) but arrived at \(station)")
          }
        case .borderCrossed:
          crossings += 1
          guard case .crossing(let from, let to) = event.detail else {
            Issue.record("\(name): a crossing without its two stops")
            continue
          }
          #expect(stations[Int(from)].country != stations[Int(to)].country)
          #expect(station == from || station == to)
          if station == from {
            let left = lastDeparture[train]
            #expect(
              left?.station == station && left?.time == event.time.seconds,
              "\(name) seed \(seed): \(train) crossed at \(station) away from its departure")
          } else {
            pending[train] = (station, event.time.seconds)
          }
        default:
          break
        }
      }
      #expect(crossings > 100, "\(name): only \(crossings) crossings")
    }
  }

  /// One track in one direction is a queue: a train that entered a segment after another
  /// reaches its end after it (from the complete timelines, junction passes included).
  @Test func noTrainOvertakesAnotherOnATrack() {
    for (name, seed, run) in Self.all {
      var legs: [String: [(departed: Int64, arrived: Int64)]] = [:]
      for (_, entry) in run.timelines {
        let stops = entry.stops
        for i in stops.indices.dropLast() {
          guard let left = stops[i].actualDeparture, let reached = stops[i + 1].actualArrival
          else { continue }
          legs["\(stops[i].station)>\(stops[i + 1].station)", default: []].append(
            (left.seconds, reached.seconds))
        }
      }
      var checked = 0
      for (leg, passages) in legs {
        let ordered = passages.sorted { ($0.departed, $0.arrived) < ($1.departed, $1.arrived) }
        for (a, b) in zip(ordered, ordered.dropFirst()) where a.departed < b.departed {
          checked += 1
          #expect(
            a.arrived <= b.arrived,
            "\(name) seed \(seed): on \(leg) a train leaving at \(b.departed) overtook one that left at \(a.departed)"
          )
        }
      }
      #expect(checked > 1_000)
    }
  }

  /// Every stop a train stands at (not a plain junction) logs its arrival and then its
  /// departure; every stop of an arrived train's timeline has both times.
  @Test func everyStopHasItsArrivalAndDeparture() {
    for (name, seed, run) in Self.all {
      var standingAt: [String: Int32] = [:]
      for event in run.events {
        guard let train = event.train, let station = event.station else { continue }
        switch event.kind {
        case .stationArrived:
          #expect(standingAt[train] == nil, "\(name) seed \(seed): \(train) arrived twice")
          standingAt[train] = station
        case .stationDeparted:
          #expect(
            standingAt.removeValue(forKey: train) == station,
            "\(name) seed \(seed): \(train) left \(station) without arriving there")
        default:
          break
        }
      }
      for (id, entry) in run.timelines {
        for (i, stop) in entry.stops.enumerated() {
          if i > 0 { #expect(stop.actualArrival != nil, "\(name): \(id) at \(stop.station)") }
          #expect(stop.actualDeparture != nil, "\(name): \(id) left \(stop.station)")
        }
      }
    }
  }

  /// Boxes are conserved: loaded = handed off + on trains + waiting in backlogs, at every
  /// day's end; the KPIs list the same backlog as the stations; no box waits in a backlog
  /// longer than the relief rule allows (7 days, then a relief train is formed at once).
  @Test func backlogsConserveBoxesAndNeverStrandThem() {
    for (name, seed, run) in Self.all {
      var sawBacklog = false
      for point in run.checkpoints {
        #expect(
          point.loadedFEU == point.deliveredFEU + point.onTrainsFEU + point.backlogFEU,
          "\(name) seed \(seed) day \(point.day): \(point.loadedFEU) loaded ≠ \(point.deliveredFEU) delivered + \(point.onTrainsFEU) on trains + \(point.backlogFEU) waiting"
        )
        #expect(point.kpiBacklogFEU == point.backlogFEU, "\(name) day \(point.day)")
        if point.backlogFEU > 0 { sawBacklog = true }
        if let age = point.oldestBacklogAge {
          #expect(
            age <= CorridorModel.reliefAfterSeconds,
            "\(name) seed \(seed) day \(point.day): a box has waited \(age / 86_400) days")
        }
      }
      #expect(sawBacklog, "\(name): no backlog ever formed")
    }
  }

  /// Delivered means handed off: the KPIs' delivered TEU and trains are exactly the `unloaded`
  /// events so far, and no train is handed off before it arrives.
  @Test func deliveredAtHandOff() {
    for (name, seed, run) in Self.all {
      for point in run.checkpoints {
        #expect(point.kpis.teuDeliveredTotal == 2 * point.deliveredFEU, "\(name) day \(point.day)")
        #expect(point.kpis.trainsArrivedTotal == point.handOffs, "\(name) day \(point.day)")
      }
      var arrived: Set<String> = []
      for event in run.events {
        guard let train = event.train else { continue }
        if event.kind == .arrived { arrived.insert(train) }
        if event.kind == .unloaded {
          #expect(
            arrived.remove(train) != nil, "\(name) seed \(seed): \(train) handed off unarrived")
        }
      }
    }
  }

  /// One calendar: a run to the end of corridor day N is on day N, and "delivered today" is
  /// what was handed off during that day (the day-N row of `simulate`).
  @Test func corridorDayAndDeliveredTodayAgree() {
    for (name, _, run) in Self.all {
      var previousTotal = 0
      for point in run.checkpoints {
        #expect(point.kpis.teuDeliveredToday == 2 * point.deliveredFEU - previousTotal, "\(name)")
        previousTotal = 2 * point.deliveredFEU
      }
      let calendar = run.calendar
      #expect(calendar.day(at: calendar.end(ofDay: 30)) == 30)
      #expect(calendar.day(at: SimTime(seconds: calendar.start(ofDay: 31))) == 31)
    }
  }

  /// Before departure a train's delay is its departure's: a train loading on time is on time.
  @Test func loadingTrainsAreOnTime() {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 5)
    var loading = 0
    for hour in stride(from: Int64(6), through: 24 * 20, by: 6) {
      simulation.run(until: .hours(hour))
      for train in simulation.snapshot().trains where train.status == .loading {
        loading += 1
        #expect(train.delaySeconds == 0, "\(train.id) loading shows \(train.delaySeconds) s")
        #expect(!train.isLate)
      }
    }
    #expect(loading > 20)
  }
}
