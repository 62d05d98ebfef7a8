import TermRender
import Testing

@Suite("Layout")
struct LayoutTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let constraints: [Constraint]
    let total: Int
    let spacing: Int
    let expected: [Int]
    var testDescription: String { "\(constraints) in \(total) gap \(spacing)" }
  }

  static let cases: [Case] = [
    Case(constraints: [.length(3), .fill(1)], total: 10, spacing: 0, expected: [3, 7]),
    Case(
      constraints: [.length(3), .fill(1), .length(2)], total: 10, spacing: 1, expected: [3, 3, 2]),
    Case(
      constraints: [.percentage(50), .percentage(50)], total: 11, spacing: 0, expected: [5, 5]),
    Case(constraints: [.percentage(30), .fill(1)], total: 10, spacing: 0, expected: [3, 7]),
    Case(constraints: [.ratio(1, 3), .ratio(2, 3)], total: 10, spacing: 0, expected: [3, 6]),
    Case(constraints: [.fill(1), .fill(1), .fill(1)], total: 10, spacing: 0, expected: [4, 3, 3]),
    Case(constraints: [.fill(1), .fill(2)], total: 10, spacing: 0, expected: [3, 7]),
    Case(constraints: [.min(4), .fill(1)], total: 10, spacing: 0, expected: [7, 3]),
    Case(constraints: [.min(4), .length(8)], total: 10, spacing: 0, expected: [2, 8]),
    Case(constraints: [.length(5), .length(5)], total: 7, spacing: 0, expected: [5, 2]),
    Case(constraints: [.length(5), .percentage(50)], total: 7, spacing: 0, expected: [5, 2]),
    Case(constraints: [.length(3), .length(3)], total: 0, spacing: 2, expected: [0, 0]),
    Case(constraints: [.length(3), .length(3)], total: 1, spacing: 2, expected: [0, 0]),
    Case(constraints: [.fill(1), .fill(1)], total: 3, spacing: 2, expected: [1, 0]),
    Case(
      constraints: [.length(-4), .percentage(150), .ratio(1, 0)], total: 10, spacing: 0,
      expected: [0, 10, 0]),
    Case(constraints: [.fill(0), .fill(-1)], total: 10, spacing: 0, expected: [0, 0]),
    Case(constraints: [], total: 10, spacing: 1, expected: []),
  ]

  @Test("sizes table", arguments: cases)
  func sizes(_ c: Case) {
    #expect(Layout.sizes(for: c.constraints, total: c.total, spacing: c.spacing) == c.expected)
  }

  @Test func verticalSplitPlacesRowsWithSpacing() {
    let rects = Layout.vertical([.length(2), .fill(1), .length(1)], spacing: 1)
      .split(Rect(x: 3, y: 4, width: 20, height: 10))
    #expect(
      rects == [
        Rect(x: 3, y: 4, width: 20, height: 2),
        Rect(x: 3, y: 7, width: 20, height: 5),
        Rect(x: 3, y: 13, width: 20, height: 1),
      ])
  }

  @Test func horizontalSplitStaysInsideTooSmallArea() {
    let area = Rect(x: 5, y: 0, width: 4, height: 3)
    let rects = Layout.horizontal([.length(3), .length(3), .length(3)], spacing: 1).split(area)
    #expect(rects.count == 3)
    for r in rects {
      #expect(r.width >= 0 && r.height == 3)
      #expect(r.x >= area.x && r.maxX <= area.maxX)
    }
    #expect(rects.map(\.width) == [2, 0, 0])
  }

  @Test func emptyAreaGivesEmptyRects() {
    let rects = Layout.vertical([.fill(1), .length(2)]).split(Rect(x: 0, y: 0, width: 0, height: 0))
    #expect(rects.allSatisfy { $0.isEmpty })
  }
}

@Suite("Rect placement")
struct RectPlacementTests {
  @Test func centeredFitsInside() {
    let area = Rect(x: 2, y: 1, width: 20, height: 10)
    #expect(area.centered(width: 10, height: 4) == Rect(x: 7, y: 4, width: 10, height: 4))
    #expect(area.centered(width: 50, height: 50) == area)
    #expect(area.centered(width: -3, height: 2).isEmpty)
  }

  @Test func rowInsideAndOutside() {
    let area = Rect(x: 2, y: 1, width: 20, height: 3)
    #expect(area.row(2) == Rect(x: 2, y: 3, width: 20, height: 1))
    #expect(area.row(3).isEmpty)
    #expect(area.row(-1).isEmpty)
  }
}
