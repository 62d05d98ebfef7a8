import TermRender
import Testing

@testable import Dashboard

/// `ViewLayout.plan`, the plan of a whole screen: the detail view puts `.detail` at the
/// dashboard's `detailArea` in place of the trains table and cargo pane and keeps every other
/// rect and the order; the help adds `.help` last, over the whole screen; a too-small screen
/// plans `.tooSmall` alone; the plan's order is the order panes are drawn in. Also the
/// `LayoutPlan` subscript: setting adds last or moves in place, nil removes.
@Suite("View layout")
struct ViewLayoutTests {
  static let sizes = [(80, 24), (100, 30), (110, 40), (120, 40), (160, 45), (200, 60), (120, 26)]
  static let tooSmall = [(79, 24), (80, 23), (60, 20), (1, 1), (0, 0), (300, 10)]

  @Test("the detail replaces trains and cargo at detailArea, and keeps the rest", arguments: sizes)
  func detailReplacesTrainsAndCargo(width: Int, height: Int) throws {
    let dashboard = ViewLayout.plan(.dashboard, help: false, width: width, height: height)
    let detail = ViewLayout.plan(.detail, help: false, width: width, height: height)
    let area = try #require(dashboard.detailArea)
    #expect(detail[.detail] == area)
    #expect(detail[.trains] == nil && detail[.cargo] == nil)
    let expected = dashboard.placed.compactMap { placed -> LayoutPlan.Placed? in
      switch placed.pane {
      case .trains: LayoutPlan.Placed(pane: .detail, rect: area)
      case .cargo: nil
      default: placed
      }
    }
    #expect(detail.placed == expected)
    #expect(detail.detailArea == dashboard.detailArea)
  }

  @Test("the detail area covers the trains table and the cargo pane", arguments: sizes)
  func detailAreaCoversTheMiddle(width: Int, height: Int) throws {
    let dashboard = ViewLayout.plan(.dashboard, help: false, width: width, height: height)
    let area = try #require(dashboard.detailArea)
    let middle = [dashboard[.trains], dashboard[.cargo]].compactMap { $0 }
    #expect(middle.reduce(0) { $0 + $1.area } == area.area)
    for rect in middle { #expect(rect.intersection(area) == rect) }
  }

  @Test("help comes last, over the whole screen, and changes nothing else", arguments: sizes)
  func helpComesLast(width: Int, height: Int) {
    for view in View.allCases {
      let plain = ViewLayout.plan(view, help: false, width: width, height: height)
      let help = ViewLayout.plan(view, help: true, width: width, height: height)
      let screen = Rect(x: 0, y: 0, width: width, height: height)
      #expect(help.placed.last == LayoutPlan.Placed(pane: .help, rect: screen))
      #expect(Array(help.placed.dropLast()) == plain.placed)
      #expect(plain[.help] == nil)
    }
  }

  @Test("a too-small screen plans the size message alone", arguments: tooSmall)
  func tooSmallAlone(width: Int, height: Int) {
    for view in View.allCases {
      for help in [false, true] {
        let plan = ViewLayout.plan(view, help: help, width: width, height: height)
        #expect(plan.isTooSmall)
        #expect(
          plan.placed == [
            LayoutPlan.Placed(pane: .tooSmall, rect: Rect(x: 0, y: 0, width: width, height: height))
          ])
      }
    }
  }

  @Test("a screen drawn in plan order is the frame; the help drawn first would be covered")
  func planOrderIsDrawingOrder() {
    var state = AppState(screen: ScreenSize(width: 120, height: 40))
    state.helpOpen = true
    let inputs = FrameInputs(
      snapshot: SnapshotFixture.snapshot(), state: state, glyphs: .unicode, width: 120,
      height: 40)
    func drawn(_ placed: [LayoutPlan.Placed]) -> Buffer {
      var buffer = Buffer(width: 120, height: 40)
      for placed in placed {
        placed.pane.renderer.drawFresh(inputs, into: &buffer, area: placed.rect)
      }
      return buffer
    }
    #expect(drawn(inputs.plan.placed) == DashboardFrame.render(inputs))
    #expect(drawn(inputs.plan.placed.reversed()) != DashboardFrame.render(inputs))
  }

  @Test("the dashboard is planned top to bottom, left to right", arguments: sizes)
  func dashboardOrder(width: Int, height: Int) {
    let rects = DashboardLayout.plan(width: width, height: height).placed.map(\.rect)
    #expect(rects == rects.sorted { ($0.y, $0.x) < ($1.y, $1.x) })
  }

  @Test("setting a rect adds the pane last, or moves it in place; nil removes it")
  func subscriptSetMoveRemove() {
    var plan = LayoutPlan(width: 10, height: 10)
    let a = Rect(x: 0, y: 0, width: 5, height: 5)
    let b = Rect(x: 5, y: 5, width: 5, height: 5)
    plan[.header] = a
    plan[.events] = b
    plan[.help] = a
    #expect(plan.placed.map(\.pane) == [.header, .events, .help])
    plan[.header] = b
    #expect(plan.placed.map(\.pane) == [.header, .events, .help])
    #expect(plan[.header] == b)
    plan[.events] = nil
    #expect(plan.placed == [.init(pane: .header, rect: b), .init(pane: .help, rect: a)])
    plan[.route] = nil
    #expect(plan.placed.count == 2 && plan[.route] == nil)
    #expect(plan.visiblePanes == [.header, .help])
  }
}
