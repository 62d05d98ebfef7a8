import TermRender
import Testing

@testable import Dashboard

@Suite("Dashboard layout")
struct DashboardLayoutTests {
  /// Every pane of the dashboard view but the map (the detail, help and too-small panes
  /// belong to others).
  static let all: Set<Pane> = [.header, .kpis, .route, .trains, .cargo, .events, .statusLine]

  @Test("too small below 80×24", arguments: [(79, 24), (80, 23), (40, 10), (0, 0), (200, 5)])
  func tooSmall(width: Int, height: Int) {
    let plan = DashboardLayout.plan(width: width, height: height)
    #expect(plan.isTooSmall)
    #expect(plan.visiblePanes.isEmpty)
  }

  @Test(
    "panes shown per size: cargo goes first, then events; the map from 160×45",
    arguments: [
      (80, 24, all.subtracting([.cargo])),
      (109, 40, all.subtracting([.cargo])),
      (110, 40, all),
      (120, 40, all),
      (159, 60, all),
      (160, 44, all),
      (160, 45, all.union([.map])),
      (200, 60, all.union([.map])),
      (300, 80, all.union([.map])),
      (120, 24, all.subtracting([.cargo])),
      (120, 26, all.subtracting([.cargo])),
      (120, 28, all),
      (80, 30, all.subtracting([.cargo])),
    ] as [(Int, Int, Set<Pane>)])
  func panes(width: Int, height: Int, expected: Set<Pane>) {
    #expect(DashboardLayout.plan(width: width, height: height).visiblePanes == expected)
  }

  @Test(
    "exact rects at the reference sizes",
    arguments: [
      (
        120, 40,
        [
          Pane.header: Rect(x: 0, y: 0, width: 120, height: 1),
          .kpis: Rect(x: 0, y: 1, width: 120, height: 2),
          .route: Rect(x: 0, y: 3, width: 120, height: 8),
          .trains: Rect(x: 0, y: 11, width: 72, height: 19),
          .cargo: Rect(x: 72, y: 11, width: 48, height: 19),
          .events: Rect(x: 0, y: 30, width: 120, height: 9),
          .statusLine: Rect(x: 0, y: 39, width: 120, height: 1),
        ]
      ),
      (
        80, 24,
        [
          .header: Rect(x: 0, y: 0, width: 80, height: 1),
          .kpis: Rect(x: 0, y: 1, width: 80, height: 2),
          .route: Rect(x: 0, y: 3, width: 80, height: 6),
          .trains: Rect(x: 0, y: 9, width: 80, height: 9),
          .events: Rect(x: 0, y: 18, width: 80, height: 5),
          .statusLine: Rect(x: 0, y: 23, width: 80, height: 1),
        ]
      ),
      (
        160, 45,
        [
          .header: Rect(x: 0, y: 0, width: 160, height: 1),
          .kpis: Rect(x: 0, y: 1, width: 160, height: 2),
          .route: Rect(x: 0, y: 3, width: 160, height: 8),
          .trains: Rect(x: 0, y: 11, width: 96, height: 22),
          .cargo: Rect(x: 96, y: 11, width: 64, height: 22),
          // Under the cargo pane, sharing its left edge; the events keep 96 columns.
          .events: Rect(x: 0, y: 33, width: 96, height: 11),
          .map: Rect(x: 96, y: 33, width: 64, height: 11),
          .statusLine: Rect(x: 0, y: 44, width: 160, height: 1),
        ]
      ),
      (
        200, 60,
        [
          .header: Rect(x: 0, y: 0, width: 200, height: 1),
          .kpis: Rect(x: 0, y: 1, width: 200, height: 1),
          .route: Rect(x: 0, y: 2, width: 200, height: 8),
          .trains: Rect(x: 0, y: 10, width: 130, height: 33),
          .cargo: Rect(x: 130, y: 10, width: 70, height: 33),
          .events: Rect(x: 0, y: 43, width: 100, height: 16),
          .map: Rect(x: 100, y: 43, width: 100, height: 16),
          .statusLine: Rect(x: 0, y: 59, width: 200, height: 1),
        ]
      ),
    ] as [(Int, Int, [Pane: Rect])])
  func rects(width: Int, height: Int, expected: [Pane: Rect]) {
    let plan = DashboardLayout.plan(width: width, height: height)
    for pane in Pane.allCases {
      #expect(plan[pane] == expected[pane], "\(pane) at \(width)×\(height)")
    }
  }

  @Test("panes tile the screen without overlap at every size from 80×24 to 300×90")
  func tiles() {
    for width in stride(from: 80, through: 300, by: 7) {
      for height in 24...90 {
        let plan = DashboardLayout.plan(width: width, height: height)
        var covered = Array(repeating: 0, count: width * height)
        for pane in Pane.allCases {
          guard let r = plan[pane] else { continue }
          #expect(r.x >= 0 && r.y >= 0 && r.maxX <= width && r.maxY <= height)
          for y in r.y..<r.maxY { for x in r.x..<r.maxX { covered[y * width + x] += 1 } }
        }
        #expect(covered.allSatisfy { $0 == 1 }, "\(width)×\(height)")
        #expect(plan.tableRows >= 5)
      }
    }
  }
}
