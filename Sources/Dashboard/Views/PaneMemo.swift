import CorridorSim
import Foundation
import TermRender

/// Remembers the last drawing of panes whose content changes far less often than frames are
/// drawn, and reuses it while nothing the pane shows changed.
///
/// The live screen draws ten frames a second, and at ×3600 each advances six sim minutes: the
/// cargo totals change when trains depart or arrive, the events pane when an event happens,
/// the KPI strip when a shown figure rounds differently. Each pane's key holds every input it
/// reads (values as shown, theme, focus, glyph set, size), so a reused drawing is exactly what
/// drawing afresh would give: frames stay a pure function of their inputs (D16; tested by
/// `PaneMemoTests`, `FrameReuseTests` and the screen goldens).
final class PaneMemo: Sendable {
  static let shared = PaneMemo()

  let cargo = RememberedPane<CargoKey>()
  let events = RememberedPane<EventsKey>()
  let kpis = RememberedPane<KPIKey>()
  let status = RememberedPane<StatusKey>()

  /// Everything `CargoView` reads.
  struct CargoKey: Equatable {
    var byCategory: [CategoryTEU]
    var west: Int
    var east: Int
    var perDay: [Int]
    var perDayWest: [Int]
    var perDayEast: [Int]
    var common: CommonKey

    init(context: FrameContext, area: Rect) {
      let kpis = context.snapshot.kpis
      byCategory = kpis.teuInTransitByCategory
      west = kpis.teuInTransitWestbound
      east = kpis.teuInTransitEastbound
      perDay = kpis.teuDeliveredPerDay
      perDayWest = kpis.teuDeliveredPerDayWestbound
      perDayEast = kpis.teuDeliveredPerDayEastbound
      common = CommonKey(.cargo, context: context, area: area)
    }
  }

  /// Everything `EventsView` reads: the events it shows (compared whole, so two simulations
  /// whose logs happen to share a length never share a drawing), the scroll position, and the
  /// clock that formats their times.
  ///
  /// The events are copied out of the snapshot's log: holding a slice of it would keep the
  /// engine's recent-events window shared, and the engine would copy all of it on the next
  /// event instead of appending in place.
  struct EventsKey: Equatable {
    var shown: [SimEvent]
    var scroll: Int
    var epochUnix: Int64
    var common: CommonKey
  }

  /// Everything `KPIStripView` reads: the figures its items show, and the glyphs and size.
  struct KPIKey: Equatable {
    var figures: KPIFigures
    var common: CommonKey
  }

  /// What `KPIStripView.items` reads, as numbers: equal figures give equal items, so the
  /// strip's text is built only when a figure changes. (A figure that changes without
  /// changing its text, such as the mean transit time's later decimals, redraws the strip
  /// needlessly but harmlessly.)
  struct KPIFigures: Equatable {
    var trainsInTransit: Int
    var teuInTransit: Int
    var teuDeliveredToday: Int
    var teuDeliveredThisWeek: Int
    var meanTransitDays: Double?
    var onTimePercent: Double?
    /// The worst queue's station name, length and wait as `Formatting.duration` shows it.
    var worstName: String?
    var worstQueue: Int
    var worstWait: Int64

    init(_ snapshot: SimSnapshot) {
      let k = snapshot.kpis
      trainsInTransit = k.trainsInTransit
      teuInTransit = k.teuInTransit
      teuDeliveredToday = k.teuDeliveredToday
      teuDeliveredThisWeek = k.teuDeliveredThisWeek
      meanTransitDays = k.meanTransitDays
      onTimePercent = k.onTimePercent
      let worst = KPIStripView.worstStation(snapshot)
      worstName = worst?.name
      worstQueue = worst?.queueLength ?? 0
      worstWait = worst.map { Formatting.durationKey($0.longestWaitSeconds) } ?? 0
    }
  }

  /// Everything `StatusLineView` reads.
  struct StatusKey: Equatable {
    var lagSeconds: SimDuration?
    var message: String?
    var common: CommonKey
  }

  /// What every remembered pane depends on besides its content.
  struct CommonKey: Equatable {
    var theme: Theme
    var focused: Bool
    var unicode: Bool
    var width: Int
    var height: Int

    init(_ pane: Pane?, context: FrameContext, area: Rect) {
      theme = context.theme
      focused = pane.map { context.state.focus == $0 } ?? false
      unicode = context.ui.isUnicode
      width = area.width
      height = area.height
    }
  }
}

/// One remembered pane drawing and the key it was drawn for.
final class RememberedPane<Key: Equatable>: @unchecked Sendable {
  // Guarded by `lock`: tests draw frames from parallel tasks.
  private let lock = NSLock()
  private var last: (key: Key, pane: Buffer)?
  /// Where the drawing was last passed on to the live screen's buffer (`FrameLedger`).
  private var stamp: FrameLedger.Stamp?

  /// Blits the remembered pane into `area`, drawing it first (at the origin of a pane-sized
  /// buffer) when `key` differs from the one it was drawn for. Into the live screen's buffer
  /// (`ledger`), an unchanged pane that is still there from last frame is not blitted again.
  func draw(
    into buffer: inout Buffer, area: Rect, key: Key, ledger: FrameLedger?,
    draw: (inout Buffer, Rect) -> Void
  ) {
    lock.lock()
    defer { lock.unlock() }
    if let known = last, known.key == key {
      stamp = ledger.pass(known.pane, redrawn: [], into: &buffer, area: area, stamp: stamp)
      return
    }
    // The old drawing's storage is reused when nothing else holds it.
    var pane = last?.pane ?? Buffer(width: area.width, height: area.height)
    last = nil
    if pane.width != area.width || pane.height != area.height {
      pane = Buffer(width: area.width, height: area.height)
    }
    draw(&pane, Rect(x: 0, y: 0, width: area.width, height: area.height))
    last = (key, pane)
    stamp = ledger.pass(pane, redrawn: [pane.area], into: &buffer, area: area, stamp: stamp)
  }
}
