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
  /// Train rows in id order with what each needs to move on, valid for roster count
  /// `trainsRoster` (-1: none).
  var trainRows = RowColumns(order: [])
  var trainsRoster = -1
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
    onTimePercent: nil, delayByBorder: [], backlogs: [])
  var kpisKey: KPICacheKey?
}

extension SnapshotCache {
  /// Leaves no second reference to the row arrays, so they are patched in place.
  mutating func clearTrainRows() { trainRows = RowColumns(order: []) }

  mutating func keep(_ rows: RowColumns) { trainRows = rows }
}

/// The snapshot's train rows in id order, column by column: each train's slot, its row, the
/// place code its station names were written for (`TrainMotion.place`), how it moves on while
/// its train is unchanged, the train's `rowRevision` its consist and timeline were copied at,
/// and the train's write count (`Roster.writes(of:)`) when the row was last looked at.
struct RowColumns {
  var order: [Int32]
  var rows: [TrainSnapshot]
  var places: [Int]
  var motions: [CachedRowMotion]
  var revisions: [Int]
  var writesSeen: [UInt32]

  /// Marks a row not yet built from its train.
  static let unbuiltRevision = Int.min

  /// Unbuilt rows for these slots.
  init(order: [Int32]) {
    self.order = order
    rows = Array(repeating: .unbuilt, count: order.count)
    places = Array(repeating: TrainMotion.unknownPlace, count: order.count)
    motions = Array(repeating: .modelled, count: order.count)
    revisions = Array(repeating: Self.unbuiltRevision, count: order.count)
    writesSeen = Array(repeating: 0, count: order.count)
  }

  /// An unbuilt row for a new train, carrying its id so later inserts can be placed by it.
  mutating func insertUnbuilt(slot: Int32, id: String, at k: Int) {
    var row = TrainSnapshot.unbuilt
    row.id = id
    order.insert(slot, at: k)
    rows.insert(row, at: k)
    places.insert(TrainMotion.unknownPlace, at: k)
    motions.insert(.modelled, at: k)
    revisions.insert(Self.unbuiltRevision, at: k)
    writesSeen.insert(0, at: k)
  }

  mutating func remove(at k: Int) {
    order.remove(at: k)
    rows.remove(at: k)
    places.remove(at: k)
    motions.remove(at: k)
    revisions.remove(at: k)
    writesSeen.remove(at: k)
  }
}

/// The KPI tracker and in-transit tally revisions and the day a KPI snapshot was computed
/// for: while they hold, every figure is the same.
struct KPICacheKey: Equatable {
  var tracker: Int
  var tally: Int
  var backlogs: Int
  var day: Int64
}
