import Testing

@testable import CorridorSim

/// Days unattended (issue 10 §3): what can grow in the engine stays flat over a long run, as a
/// kiosk runs it (no drain of the event stream, a snapshot now and then).
@Suite("Bounded state over a long run")
struct BoundedStateTests {
  /// The counts that memory follows, at one instant.
  struct Counts: Equatable, CustomStringConvertible {
    var rosterSlots: Int
    var scheduledEvents: Int
    var recentEvents: Int
    var plans: Int
    var reliefPlans: Int
    var snapshotTrains: Int
    var snapshotEvents: Int
    var deliveredDays: Int
    var description: String {
      "slots \(rosterSlots), heap \(scheduledEvents), recent \(recentEvents), plans \(plans), "
        + "relief plans \(reliefPlans), snapshot trains \(snapshotTrains), "
        + "snapshot events \(snapshotEvents), delivered days \(deliveredDays)"
    }
  }

  static func counts(_ simulation: Simulation) -> Counts {
    let snapshot = simulation.snapshot()
    let model = simulation.model
    return Counts(
      rosterSlots: model.roster.slotCount, scheduledEvents: model.queue.count,
      recentEvents: model.eventLog.recentCount, plans: model.plans.count,
      reliefPlans: model.reliefPlans.count, snapshotTrains: snapshot.trains.count,
      snapshotEvents: snapshot.recentEvents.count,
      deliveredDays: snapshot.kpis.teuDeliveredPerDay.count)
  }

  @Test("2,000 sim days: trains, heap, roster slots, plans and windows stay flat")
  func flatOverTwoThousandDays() {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.keepsEventsForDrain = false
    var firstYear: [Counts] = []
    var later: [Counts] = []
    for day in stride(from: 30, through: 2_000, by: 10) {
      simulation.run(until: .days(Int64(day)))
      let counts = Self.counts(simulation)
      if day <= 365 { firstYear.append(counts) } else { later.append(counts) }
    }
    func most(_ list: [Counts], _ field: KeyPath<Counts, Int>) -> Int {
      list.map { $0[keyPath: field] }.max() ?? 0
    }
    let lastYear = Array(later.suffix(36))
    // Trains and scheduled events follow the timetable and the season (winter, a disruption
    // piles trains up for a while): the last year's peak is within a third of the first's.
    for (name, field) in [("listed trains", \Counts.snapshotTrains), ("heap", \.scheduledEvents)] {
      #expect(
        most(lastYear, field) <= most(firstYear, field) * 4 / 3,
        "\(name): first year at most \(most(firstYear, field)), last \(most(lastYear, field))")
    }
    // Slots are reused: there are never more than the most trains ever alive at once (those
    // listed, plus a few formed but not yet loading).
    let mostTrains = most(firstYear + later, \.snapshotTrains)
    #expect(most(later, \.rosterSlots) <= mostTrains + 10, "slots vs \(mostTrains) trains")
    // Plans (timetabled and relief) are per service and line, not per train or day.
    #expect(most(later, \.plans) == most(firstYear, \.plans))
    #expect(most(later, \.reliefPlans) == most(firstYear, \.reliefPlans))
    #expect(later.allSatisfy { $0.recentEvents == EventLog.recentLimit })
    #expect(later.allSatisfy { $0.snapshotEvents <= EventLog.recentLimit })
    #expect(later.allSatisfy { $0.deliveredDays == 30 })
    #expect(simulation.model.eventLog.droppedUndrained == 0, "nothing pending to drop")
  }
}
