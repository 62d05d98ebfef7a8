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
  /// The trade-mission screen's settings (`--kiosk`), nil for the dashboard.
  var kiosk: KioskSettings?
}
