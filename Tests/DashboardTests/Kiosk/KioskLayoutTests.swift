import TermRender
import Testing

@testable import Dashboard

/// The kiosk's layouts at the sizes a booth screen has: every cell covered once, nothing off
/// screen, and the whole picture moved by the burn-in shift.
@Suite("Kiosk layouts")
struct KioskLayoutTests {
  static let sizes = [(80, 24), (200, 60), (400, 120)]
  static let views = KioskState.views

  /// How many panes cover each cell of `plan`.
  static func coverage(_ plan: LayoutPlan) -> [Int] {
    var count = [Int](repeating: 0, count: plan.width * plan.height)
    for placed in plan.placed {
      let r = placed.rect
      for y in r.y..<r.maxY {
        for x in r.x..<r.maxX where x >= 0 && y >= 0 && x < plan.width && y < plan.height {
          count[y * plan.width + x] += 1
        }
      }
    }
    return count
  }

  @Test(
    "every cell is covered by exactly one pane, at every size and shift",
    arguments: views)
  func coversOnce(view: View) {
    for (width, height) in Self.sizes {
      for shift in KioskShift.cycle {
        let plan = ViewLayout.plan(view, help: false, width: width, height: height, shift: shift)
        #expect(!plan.isTooSmall)
        #expect(Self.coverage(plan).allSatisfy { $0 == 1 }, "\(view) \(width)x\(height) \(shift)")
        for placed in plan.placed {
          #expect(placed.rect.x >= 0 && placed.rect.maxX <= width)
          #expect(placed.rect.y >= 0 && placed.rect.maxY <= height)
        }
      }
    }
  }

  @Test("each view shows its panes, with the header and caption", arguments: views)
  func panesPerView(view: View) {
    let expected: Set<Pane> =
      switch view {
      case .kioskMap: [.map, .kioskKPIs]
      case .kioskTrains: [.trains]
      case .kioskCargo: [.cargo]
      default: [.kioskJourney]
      }
    for (width, height) in Self.sizes {
      let plan = ViewLayout.plan(view, help: false, width: width, height: height)
      let chrome: Set<Pane> = [.kioskHeader, .kioskCaption, .kioskMarginRow, .kioskMarginColumn]
      #expect(plan.visiblePanes == expected.union(chrome), "\(view) \(width)x\(height)")
      #expect(plan[.kioskHeader]?.y == 0 && plan[.kioskCaption]?.y == height - 2)
    }
  }

  @Test("a shift moves every pane but the margins by its offset", arguments: views)
  func shiftMovesEverything(view: View) {
    for (width, height) in Self.sizes {
      let base = ViewLayout.plan(view, help: false, width: width, height: height)
      for shift in KioskShift.cycle {
        let moved = ViewLayout.plan(view, help: false, width: width, height: height, shift: shift)
        for placed in base.placed
        where placed.pane != .kioskMarginRow && placed.pane != .kioskMarginColumn {
          let r = placed.rect
          #expect(
            moved[placed.pane]
              == Rect(x: r.x + shift.dx, y: r.y + shift.dy, width: r.width, height: r.height))
        }
      }
    }
  }

  @Test("below 80×24 the kiosk says the size it needs")
  func tooSmall() {
    let plan = ViewLayout.plan(.kioskMap, help: false, width: 79, height: 24)
    #expect(plan.isTooSmall && plan.visiblePanes == [.tooSmall])
  }
}
