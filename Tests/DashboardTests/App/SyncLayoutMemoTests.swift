import Testing

@testable import Dashboard

/// The remembered layout facts are the plan's, for sizes asked in any order.
@Suite("Remembered layout facts")
struct SyncLayoutMemoTests {
  @Test("facts equal the plan's, size after size")
  func factsMatchThePlan() {
    let sizes = [(160, 45), (160, 45), (80, 24), (200, 60), (30, 8), (80, 24), (160, 45)]
    for (width, height) in sizes {
      let plan = DashboardLayout.plan(width: width, height: height)
      let facts = SyncLayoutMemo.shared.facts(width: width, height: height)
      #expect(facts.tableRows == plan.tableRows, "\(width)x\(height)")
      #expect(facts.visiblePanes == plan.visiblePanes, "\(width)x\(height)")
      #expect(facts.eventRows == plan.eventRows, "\(width)x\(height)")
    }
  }
}
