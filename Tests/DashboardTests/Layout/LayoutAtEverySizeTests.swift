import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Layout at every size: a bigger screen never shows less, the hint a new user needs stays,
/// the header keeps its day count, labels are cut only with an ellipsis, and spare width goes
/// where names are cut.
@Suite("Layout at every size")
struct LayoutAtEverySizeTests {
  /// The fixture with a station queueing, so the KPI strip has its worst queue to show.
  static let snapshot = KPIStripPaneModelTests.snapshot()

  static let heights = [24, 25, 30, 40, 45, 60, 90]
  static let widths = Array(stride(from: 80, through: 300, by: 5))

  static func text(_ width: Int, _ height: Int, snapshot: SimSnapshot = snapshot) -> [String] {
    FixtureFrame.text(width, height, snapshot: snapshot)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("a wider screen shows every pane a narrower one of the same height shows", arguments: heights)
  func panesGrowWithWidth(height: Int) {
    for (narrow, wide) in zip(Self.widths, Self.widths.dropFirst()) {
      let fewer = DashboardLayout.plan(width: narrow, height: height).visiblePanes
      let more = DashboardLayout.plan(width: wide, height: height).visiblePanes
      #expect(fewer.isSubset(of: more), "\(narrow)→\(wide) at height \(height)")
    }
  }

  @Test("a wider screen shows every KPI a narrower one shows", arguments: [24, 45])
  func kpisGrowWithWidth(height: Int) {
    let labels = ["in transit", "delivered today", "this week", "mean transit", "on time",
      "worst queue"]
    var shownBefore: Set<String> = []
    for width in Self.widths {
      let strip = Self.text(width, height)[1...2].joined(separator: "\n")
      let shown = Set(labels.filter { strip.contains($0) })
      #expect(shownBefore.isSubset(of: shown), "at \(width)×\(height): \(strip)")
      shownBefore = shown
    }
    #expect(shownBefore == Set(labels))
  }

  @Test("the worst queue is on the strip from 100 columns (160×45 included)")
  func worstQueueAt160() {
    for (width, height) in [(100, 30), (120, 40), (160, 45), (250, 25), (300, 90)] {
      let strip = Self.text(width, height)[1...2].joined(separator: "\n")
      #expect(strip.contains("worst queue Małaszewicze"), "\(width)×\(height)")
    }
  }

  @Test("`? help` is on the status line at every size")
  func helpHint() {
    for width in Self.widths {
      for height in [24, 30] {
        let status = Self.text(width, height)[height - 1]
        #expect(status.contains("? help"), "\(width)×\(height): \(status)")
      }
    }
  }

  @Test("the header keeps the day count from 100 columns, when China's date differs too")
  func headerKeepsDay() throws {
    var otherDates = Self.snapshot
    // 17:00 UTC: 01:00 the next day in China, 18:00 in Central Europe.
    otherDates.time = SimTime.days(9) + 17 * 3_600
    for snapshot in [Self.snapshot, otherDates] {
      for width in stride(from: 100, through: 300, by: 5) {
        let header = Self.text(width, 30, snapshot: snapshot)[0]
        #expect(header.contains("day 10 "), "\(width): \(header)")
      }
    }
    let wide = Self.text(160, 45, snapshot: otherDates)[0]
    #expect(wide.contains("2019-03-12 01:00 CST"), "\(wide)")
    #expect(wide.contains("03-11 18:00 UTC+1"), "\(wide)")
  }

  @Test("the scenario title is whole at 120×40 on the built-in scenario's title")
  func titleWholeAt120() {
    var snapshot = Self.snapshot
    snapshot.scenarioTitle = "Zhengzhou ⇄ Liège e-commerce rail corridor (2019)"
    let header = Self.text(120, 40, snapshot: snapshot)[0]
    #expect(header.contains(snapshot.scenarioTitle), "\(header)")
    #expect(header.contains("day 10 "), "\(header)")
  }

  @Test("the cargo pane is shown on a wide, short screen (250×25)")
  func cargoOnWideShortScreens() throws {
    let plan = DashboardLayout.plan(width: 250, height: 25)
    let cargo = try #require(plan[.cargo])
    let trains = try #require(plan[.trains])
    let events = try #require(plan[.events])
    #expect(cargo.height >= DashboardLayout.cargoMinimumHeight)
    #expect(trains.maxX == cargo.x && events.maxX == cargo.x)
    #expect(plan.detailArea == trains)
  }

  @Test("table widths fill the pane and grow Location, cargo and service before trailing space")
  func tableWidths() {
    for width in stride(from: 60, through: 300, by: 7) {
      let columns = TrainsTablePane.columns(fitting: width)
      let widths = TrainsTablePane.widths(of: columns, fitting: width)
      let used = widths.reduce(0, +) + columns.count - 1
      #expect(used == width - 1, "\(width): \(widths)")
      for (column, w) in zip(columns, widths) { #expect(w >= column.width, "\(column) at \(width)") }
    }
    let wide = TrainsTablePane.columns(fitting: 228)
    let widths = TrainsTablePane.widths(of: wide, fitting: 228)
    func width(_ c: TrainsTablePane.Column) -> Int? { wide.firstIndex(of: c).map { widths[$0] } }
    #expect(width(.location) == TrainsTablePane.Column.location.comfortableWidth)
    #expect(width(.cargo) == TrainsTablePane.Column.cargo.comfortableWidth)
    #expect((width(.service) ?? 0) >= TrainsTablePane.Column.service.comfortableWidth)
  }
}
