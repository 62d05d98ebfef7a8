import CorridorSim
import Foundation
import TermRender

/// Remembers the last drawing of the cargo pane and reuses it while nothing it shows changed.
///
/// The pane shows only delivery and in-transit totals, which change when trains depart or
/// arrive — a few times a sim hour — while the live screen draws ten frames a second. The key
/// holds every input the pane reads (those KPIs, theme, focus, glyph set, size), so a reused
/// drawing is exactly what drawing afresh would give: frames stay a pure function of their
/// inputs (tested by `FrameReuseTests` and the screen goldens).
final class PaneMemo: @unchecked Sendable {
  static let shared = PaneMemo()

  /// Everything `CargoView` reads.
  struct CargoKey: Equatable {
    var byCategory: [CategoryTEU]
    var west: Int
    var east: Int
    var perDay: [Int]
    var perDayWest: [Int]
    var perDayEast: [Int]
    var theme: Theme
    var focused: Bool
    var unicode: Bool
    var width: Int
    var height: Int

    init(context: FrameContext, area: Rect) {
      let kpis = context.snapshot.kpis
      byCategory = kpis.teuInTransitByCategory
      west = kpis.teuInTransitWestbound
      east = kpis.teuInTransitEastbound
      perDay = kpis.teuDeliveredPerDay
      perDayWest = kpis.teuDeliveredPerDayWestbound
      perDayEast = kpis.teuDeliveredPerDayEastbound
      theme = context.theme
      focused = context.state.focus == .cargo
      unicode = context.ui.isUnicode
      width = area.width
      height = area.height
    }
  }

  private let lock = NSLock()
  private var cargo: (key: CargoKey, pane: Buffer)?

  /// Blits the remembered cargo pane into `area`, drawing it first (at the origin of a pane-
  /// sized buffer) when its inputs changed.
  func cargo(
    into buffer: inout Buffer, area: Rect, context: FrameContext,
    draw: (inout Buffer, Rect) -> Void
  ) {
    let key = CargoKey(context: context, area: area)
    lock.lock()
    defer { lock.unlock() }
    if let known = cargo, known.key == key {
      buffer.blit(known.pane, x: area.x, y: area.y)
      return
    }
    var pane = Buffer(width: area.width, height: area.height)
    draw(&pane, Rect(x: 0, y: 0, width: area.width, height: area.height))
    cargo = (key, pane)
    buffer.blit(pane, x: area.x, y: area.y)
  }
}
