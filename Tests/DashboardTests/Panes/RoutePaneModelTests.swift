import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The route's layered model: the base (box, line, stations) is equal across frames at the
/// same theme, glyphs and focus however the trains move, and changes with those; the top
/// (markers and bars) changes when trains move or the selection does.
@Suite("Pane models: route")
struct RoutePaneModelTests {
  static func route(_ snapshot: SimSnapshot, _ state: AppState, glyphs: GlyphSet = .unicode)
    -> RoutePane.Model
  {
    PaneModels.model(RoutePane.self, .route, PaneModels.frame(snapshot, state, glyphs: glyphs))
  }

  @Test("the base holds as trains move; the top follows them")
  func baseHoldsTopMoves() throws {
    let snapshots = PaneModels.snapshots(seed: 5, at: [0, 3_600, 7_200])
    let state = try PaneModels.state()
    let models = snapshots.map { Self.route($0, state) }
    for model in models.dropFirst() {
      #expect(model.base == models[0].base)
      #expect(model.top != models[0].top)
    }
    #expect(models[0].top.markers != nil)
  }

  @Test("the base changes with theme, glyphs and focus")
  func baseChanges() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let base = Self.route(snapshot, state).base
    #expect(Self.route(snapshot, PaneModels.after([.cycleTheme], state)).base != base)
    #expect(Self.route(snapshot, state, glyphs: .ascii).base != base)
    var focused = state
    focused.focus = .route
    #expect(Self.route(snapshot, focused).base != base)
  }

  @Test("moving the selection changes the top, not the base")
  func selectionChangesTheTop() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let first = Self.route(snapshot, state)
    let moved = Self.route(snapshot, PaneModels.after([.move(2)], state))
    #expect(moved.base == first.base)
    #expect(moved.top != first.top)
  }
}
