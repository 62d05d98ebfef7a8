import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Every pane's cache (`WholePaneCache`, `RowsPaneCache`, `LayeredPaneCache`) against the
/// pane drawn fresh: along random runs (random snapshots, keys, sizes, themes, glyphs), after
/// each `update` the pane's area of the screen copy must equal `drawFresh` on a blank buffer,
/// cell for cell, nothing outside the area may change, and the reported changes must be
/// exactly the screen's diff from before the update. `onScreen` is true only when the copy
/// really still holds the pane's last drawing; the copy is sometimes scribbled on or cleared
/// (then `onScreen` is false), as when the terminal must be repainted.
///
/// The help overlay is composed by `FrameCache` rather than cached: `TwoRenderersTests` and
/// `LiveRendererTests` cover it.
@Suite("Pane caches equal fresh draws")
struct PaneCachePropertyTests {
  /// What a pane's run went through, so a generator that stops reaching a path fails loudly.
  struct Coverage {
    var updates = 0
    var newModels = 0
    var sameModels = 0
    var offScreen = 0
    /// Updates that went wrong, and the first few of them described.
    var failureCount = 0
    var firstFailures: [String] = []

    mutating func fail(_ text: String) {
      failureCount += 1
      if firstFailures.count < 3 { firstFailures.append(text) }
    }
  }

  static let seeds: [UInt64] = [1, 7, 2_024]

  @Test(
    "cached panes equal fresh ones, and report exactly the cells they changed",
    arguments: seeds)
  func cachedEqualsFresh(seed: UInt64) throws {
    let frames = try RandomFrames.make(seed: seed, count: 300)
    // The map is a view of its own: its frames are of that view.
    let mapFrames = try RandomFrames.make(seed: seed, count: 150, map: true)
    // So are the kiosk's: their panes are drawn in frames of a rotating kiosk.
    let kioskFrames = try RandomFrames.make(seed: seed, count: 800, kiosk: true)
    let kioskPanes: Set<Pane> = [
      .kioskHeader, .kioskKPIs, .kioskCaption, .kioskJourney, .kioskMarginColumn, .kioskMarginRow,
    ]
    for pane in Pane.allCases where !pane.renderer.isOverlay {
      let coverage = Self.run(
        pane.renderer, pane,
        frames: pane == .map ? mapFrames : kioskPanes.contains(pane) ? kioskFrames : frames,
        seed: seed &+ UInt64(pane.rawValue))
      #expect(coverage.failureCount == 0, "\(pane): \(coverage.firstFailures)")
      #expect(coverage.updates >= 30, "\(pane) was placed in too few frames")
      #expect(coverage.newModels >= 4, "\(pane): too few changed models")
      #expect(coverage.sameModels >= 10, "\(pane): too few unchanged models")
      #expect(coverage.offScreen >= 10, "\(pane): too few updates with the copy not holding it")
    }
  }

  @Test("the runs reach the caches' partial paths: rows alone, the top layer alone")
  func runsReachPartialRedraws() throws {
    let frames = try RandomFrames.make(seed: Self.seeds[0], count: 300)
    #expect(Self.rowOnlyChanges(TrainsTablePane.self, .trains, frames) >= 5)
    #expect(Self.rowOnlyChanges(EventsPane.self, .events, frames) >= 5)
    let route = Self.layerChanges(RoutePane.self, .route, frames)
    #expect(route.topOnly >= 5)
    #expect(route.baseAtSameSize >= 2)
  }

  /// Drives one pane's cache through `frames` with its own screen copy, which only this pane
  /// draws into (and the test scribbles on).
  static func run<P: PaneRenderer>(
    _: P.Type, _ pane: Pane, frames: [FrameInputs], seed: UInt64
  ) -> Coverage {
    var rng = SplitMix64(seed: seed)
    var coverage = Coverage()
    let cache = P.makeCache()
    var screen = Buffer(width: 0, height: 0)
    /// Where the copy holds the pane's last drawing, untouched since; nil when it does not.
    var drawnAt: Rect?
    var lastModel: P.Model?
    for (step, frame) in frames.enumerated() {
      guard let area = frame.plan[pane] else { continue }
      if screen.width != frame.plan.width || screen.height != frame.plan.height {
        screen = Buffer(width: frame.plan.width, height: frame.plan.height)
        drawnAt = nil
      } else if rng.chance(0.12) {
        scribble(on: &screen, over: area, &rng)
        drawnAt = nil
      }
      let onScreen = drawnAt == area && rng.chance(0.85)
      let before = screen
      var changes: [CellChange] = []
      cache.update(frame, area: area, screen: &screen, onScreen: onScreen, changes: &changes)
      drawnAt = area

      var fresh = Buffer(width: screen.width, height: screen.height)
      P.drawFresh(frame, into: &fresh, area: area)
      if screen != before.replacing(area, from: fresh) {
        coverage.fail("step \(step) at \(area): the screen is not the fresh drawing")
      }
      if changes != screen.changes(from: before) {
        coverage.fail("step \(step) at \(area): changes are not the screen's diff")
      }
      let model = P.model(frame, area: Rect(x: 0, y: 0, width: area.width, height: area.height))
      coverage.updates += 1
      if model == lastModel { coverage.sameModels += 1 } else { coverage.newModels += 1 }
      if !onScreen { coverage.offScreen += 1 }
      lastModel = model
    }
    return coverage
  }

  /// Draws over the copy as a stale terminal might hold: the screen cleared, the pane's area
  /// filled, or text (wide glyphs included) written inside it.
  static func scribble(on screen: inout Buffer, over area: Rect, _ rng: inout SplitMix64) {
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: screen = Buffer(width: screen.width, height: screen.height)
    case 1: screen.fill(area, with: Cell("#", style: Style(attributes: .bold)))
    default:
      for _ in 0..<8 {
        let x = Int.random(in: area.x..<area.maxX, using: &rng)
        let y = Int.random(in: area.y..<area.maxY, using: &rng)
        screen.put("郑州 x", x: x, y: y, style: .plain, maxWidth: area.maxX - x)
      }
    }
  }

  /// Frames whose list model kept its frame part and row count but changed a row: the
  /// path where `RowsPaneCache` redraws rows alone.
  static func rowOnlyChanges<P: RowsPaneRenderer>(
    _: P.Type, _ pane: Pane, _ frames: [FrameInputs]
  ) -> Int {
    var count = 0
    var last: (area: Rect, model: P.Model)?
    for frame in frames {
      guard let area = frame.plan[pane] else { continue }
      let model = P.model(frame, area: area)
      if let last, last.area == area, last.model.frame == model.frame,
        last.model.rows.count == model.rows.count, last.model.rows != model.rows
      {
        count += 1
      }
      last = (area, model)
    }
    return count
  }

  /// Frames at the pane's last rect whose layered model changed only on top, and frames
  /// whose base changed while the rect stayed: the two paths of `LayeredPaneCache`.
  static func layerChanges<P: LayeredPaneRenderer>(
    _: P.Type, _ pane: Pane, _ frames: [FrameInputs]
  ) -> (topOnly: Int, baseAtSameSize: Int) {
    var counts = (topOnly: 0, baseAtSameSize: 0)
    var last: (area: Rect, model: P.Model)?
    for frame in frames {
      guard let area = frame.plan[pane] else { continue }
      let model = P.model(frame, area: area)
      if let last, last.area == area {
        if last.model.base != model.base {
          counts.baseAtSameSize += 1
        } else if last.model.top != model.top {
          counts.topOnly += 1
        }
      }
      last = (area, model)
    }
    return counts
  }
}

extension Buffer {
  /// This buffer with the cells of `area` taken from `other` (same size), nothing repaired.
  func replacing(_ area: Rect, from other: Buffer) -> Buffer {
    var out = self
    let clipped = area.intersection(self.area)
    guard !clipped.isEmpty else { return out }
    for y in clipped.y..<clipped.maxY {
      for x in clipped.x..<clipped.maxX { out[x, y] = other[x, y] }
    }
    return out
  }
}
