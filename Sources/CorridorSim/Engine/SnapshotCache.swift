/// What `Simulation.snapshot()` keeps between calls so the live screen's ten snapshots a
/// second redo only what moved: each part is reused or patched in place and must equal what
/// a fresh computation gives (checked by `SnapshotCacheTests`).
struct SnapshotCache {
  /// Stations listed in snapshots, westbound main-route order first, each with its resources
  /// of non-zero capacity (both fixed after init); nil until first used.
  var stationResources: [(station: Int, resources: [Int])]?
  /// Station indices of the main route, westbound order (fixed after init); nil until used.
  var mainRouteStations: [Int]?
  /// The recent-event window as handed out, and the log sequence number it ends before.
  var recentEvents: [SimEvent] = []
  var recentEventsEnd = 0
  /// Train snapshots in `liveOrder`, valid while the roster has not changed since.
  var trains: [TrainSnapshot] = []
  var trainsRoster = -1
  /// Per row, the train's `rowRevision` its consist and timeline were copied at.
  var trainRevisions: [Int] = []
  /// Per row, the place code (`TrainMotion.place`) its station names were written for.
  var trainPlaces: [Int] = []
  /// Per row, how it moves on while its train is unchanged.
  var trainMotions: [CachedRowMotion] = []
  /// Last KPI snapshot, with the KPI tracker and in-transit tally revisions and the day it
  /// was computed for: between them every figure is a function of the day alone.
  var kpis: (tracker: Int, tally: Int, day: Int64, value: KPISnapshot)?
}
