import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Issue 9 §1: the panes agree with each other and with the engine — one meaning of late
/// across the table colour, the filter, the help and the on-time KPI; category bars that add up
/// to the TEU in transit; a trains title that counts what the rows are.
@Suite("Panes agree")
struct PanesAgreeTests {
  /// Snapshots of the built-in scenario over three seeds, from the first day to day 160
  /// (congestion, holds and late trains appear as the border fills).
  static let snapshots: [SimSnapshot] = {
    var list: [SimSnapshot] = []
    for seed: UInt64 in [1, 2, 3] {
      let simulation = Simulation(scenario: .zhengzhouLiege, seed: seed)
      for day: Int64 in [1, 20, 45, 80, 120, 160] {
        simulation.run(until: .days(day))
        list.append(simulation.snapshot())
      }
    }
    return list
  }()

  /// The table's model listing every train at 200 columns.
  static func table(_ snapshot: SimSnapshot, filter: TableFilter = .all) throws
    -> TrainsTablePane.Model
  {
    var state = try PaneModels.state(width: 200, height: 900)
    state.filter = filter
    return PaneModels.model(TrainsTablePane.self, .trains, PaneModels.frame(snapshot, state))
  }

  @Test("the late filter lists exactly the trains whose delay the table colours late")
  func lateFilterIsTheLateColour() throws {
    var late = 0
    for snapshot in Self.snapshots {
      let model = try Self.table(snapshot)
      let chrome = model.frame.chrome
      let lateStyle = chrome.theme[StatusClass.delayed.role]
      #expect(lateStyle != chrome.theme[.text])
      let coloured = Set(
        model.rows.filter { TrainsTablePane.cell(.delay, $0, chrome, chrome.glyphs).style == lateStyle }
          .map(\.id))
      let filtered = Set(try Self.table(snapshot, filter: .late).rows.map(\.id))
      #expect(coloured == filtered)
      // And the route and status colours call the same trains late when they run.
      for train in snapshot.trains where train.status != .held && train.status != .arrived
        && train.status != .unloading
      {
        #expect((StatusClass(train) == .delayed) == filtered.contains(train.id))
      }
      late += filtered.count
    }
    #expect(late > 0)
  }

  @Test("help, filter, legend and the on-time KPI state late the same way, with the engine's tolerance")
  func lateIsStatedOnce() throws {
    let tolerances = Set(Scenario.zhengzhouLiege.services.map(\.onTimeToleranceSeconds))
    for snapshot in Self.snapshots {
      let frame = PaneModels.frame(snapshot, try PaneModels.state())
      let rule = frame.lateRule
      #expect(Set(rule.tolerances) == tolerances)
      let tolerance = try #require(rule.tolerance)
      let kpis = PaneModels.model(KPIStripPane.self, .kpis, frame)
      let label = KPIStripPane.items(kpis).map(\.label)
      #expect(label.contains("on time ≤\(tolerance) late"))
      #expect(rule.onTimeLabel(.ascii) == "on time <=\(tolerance) late")
      #expect(LegendPane.lines(frame).contains { $0.text.contains(rule.definition) })
    }
    let help = try #require(KeyMap.bindings.first { $0.keys == "f" })
    for filter in TableFilter.allCases { #expect(help.summary.contains(filter.label)) }
    #expect(TableFilter.late.label == "late")
    // 1 day exactly is on time, a second more is late: the engine's `isLate`.
    #expect(LateRule.text(86_400) == "1 d")
    #expect(LateRule.text(36 * 3_600) == "36 h")
  }

  @Test("category bars add up to the TEU in transit at every height")
  func categoriesAddUp() throws {
    for snapshot in Self.snapshots {
      let kpis = snapshot.kpis
      #expect(kpis.teuInTransitByCategory.reduce(0) { $0 + $1.teu } == kpis.teuInTransit)
      for rows in 1...16 {
        let shown = CargoPane.categoryRows(kpis.teuInTransitByCategory, rows: rows, texts: .english)
        #expect(shown.count == min(rows, kpis.teuInTransitByCategory.count))
        #expect(shown.reduce(0) { $0 + $1.teu } == kpis.teuInTransit)
        // Ranked: the named bars are the largest, in order.
        let named = shown.filter { $0.category != nil }.map(\.teu)
        #expect(named == named.sorted(by: >))
      }
    }
  }

  @Test("at 300×90 every category shows, the Belgian exports included")
  func everyCategoryAtLargeSizes() throws {
    let snapshot = try #require(Self.snapshots.last)
    let state = try PaneModels.state(width: 300, height: 90)
    let frame = PaneModels.frame(snapshot, state)
    let area = try #require(frame.plan[.cargo])
    var buffer = Buffer(width: 300, height: 90)
    CargoPane.draw(CargoPane.model(frame, area: area), into: &buffer, area: area)
    let text = buffer.textLines().joined(separator: "\n")
    #expect(snapshot.kpis.teuInTransitByCategory.count == 12)
    for category in snapshot.kpis.teuInTransitByCategory {
      #expect(text.contains(category.name.prefix(12)), "\(category.name)")
    }
    #expect(!text.contains("others"))
  }

  @Test("the trains title counts the rows, and with no filter its in-transit count is the KPI's")
  func titleCountsTheRows() throws {
    for snapshot in Self.snapshots {
      for filter in TableFilter.allCases {
        let model = try Self.table(snapshot, filter: filter)
        let listed = model.frame.listed
        #expect(listed.loading + listed.inTransit + listed.arrived == model.frame.rowCount)
        if filter == .all {
          #expect(listed.inTransit == snapshot.kpis.trainsInTransit)
          #expect(model.frame.rowCount == snapshot.trains.count)
        }
      }
    }
  }
}
