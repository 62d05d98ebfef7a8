import CursesBackend
import Dashboard

/// The live dashboard's settings, as given on the command line and checked by
/// `DashboardCommand.validate()` (ranges in `OptionRanges`).
struct LiveConfig: Sendable, Hashable {
  var scenarioPath: String?
  var seed: UInt64?
  /// Sim seconds per wall-clock second.
  var speed: Int
  /// Frames per second; the timer's rate.
  var fps: Int
  /// `--theme NAME|PATH`, resolved by the dashboard's theme loading (see `LiveLauncher`).
  var theme: String?
  /// Sim days run before the first frame (a demo screen opens on a corridor in motion).
  var warmupDays: Int = 0

  /// `--warmup`'s default: the first deliveries come on day 14 (the shortest services), so
  /// 45 days fill the cargo chart's 30-day window with deliveries from its first day to today
  /// (at 21 it opened two-thirds empty). The 24 days more cost about 10 ms of CPU; time to
  /// first frame in a release build went from a median of 154 to 166 ms (docs/PERFORMANCE.md).
  static let defaultWarmupDays = 45
  /// Whether the dashboard reads the mouse (`--no-mouse` turns it off).
  var mouse: Bool = true
  /// The trains table's sort column and filter at start (a settings file may set them).
  var sort: TableSort = .id
  var filter: TableFilter = .all
  /// The trade-mission screen's settings (`--kiosk`), nil for the dashboard.
  var kiosk: KioskSettings?
  /// How wide the terminal draws ambiguous-width glyphs (`--ambiguous`); nil: probe it.
  var ambiguous: AmbiguousWidth?
}
