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
  /// Station rows in `stationResources` order, numbers rewritten each snapshot.
  var stations: [StationSnapshot] = []
  /// Last KPI snapshot and what it was computed for (nil key: none yet). A plain field, not
  /// an optional tuple: checking the key must not copy the snapshot (a tuple goes through
  /// generic value witnesses and retains every array in it).
  var kpis = KPISnapshot(
    trainsInTransit: 0, teuInTransit: 0, teuInTransitWestbound: 0, teuInTransitEastbound: 0,
    teuInTransitByCategory: [], teuDeliveredToday: 0, teuDeliveredThisWeek: 0,
    teuDeliveredTotal: 0, trainsArrivedTotal: 0, teuDeliveredPerDay: [],
    teuDeliveredPerDayWestbound: [], teuDeliveredPerDayEastbound: [], meanTransitDays: nil,
    onTimePercent: nil, delayByBorder: [])
  var kpisKey: KPICacheKey?
}

/// The KPI tracker and in-transit tally revisions and the day a KPI snapshot was computed
/// for: while they hold, every figure is the same.
struct KPICacheKey: Equatable {
  var tracker: Int
  var tally: Int
  var day: Int64
}
