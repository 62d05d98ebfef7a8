import Testing

@testable import Dashboard

/// The remembered layout is the plan's, for sizes asked in any order.
@Suite("Remembered layout")
struct LayoutMemoTests {
  @Test("the remembered plan equals a fresh one, size after size")
  func rememberedPlanMatches() {
    let sizes = [(160, 45), (160, 45), (80, 24), (200, 60), (30, 8), (80, 24), (160, 45)]
    for (width, height) in sizes {
      let plan = DashboardLayout.plan(width: width, height: height)
      let remembered = LayoutMemo.shared.layout(width: width, height: height)
      #expect(remembered.plan == plan, "\(width)x\(height)")
      #expect(remembered.visiblePanes == plan.visiblePanes, "\(width)x\(height)")
    }
  }
}
