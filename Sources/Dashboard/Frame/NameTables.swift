import CorridorSim

/// The names panes print for ids: station id → base name (`Brest`, `Liège Airport`) and cargo
/// category id → display name, with the snapshot values they were built from; and, from the
/// same stops, where the map draws them.
///
/// Fixed for a scenario, yet building them means shortening every station name and hashing
/// it: the live renderer keeps the last tables and reuses them while their sources compare
/// equal (`reusing(_:for:)`), which is cheap because a scenario's strings are shared storage.
public struct NameTables: Sendable, Equatable {
  public let stationNames: [String: String]
  public let categoryNames: [String: String]
  /// The corridor's stops in the map's frame (`CorridorFrame.eurasia`), in route order:
  /// fixed by the same stops as the names, so projected with them rather than every frame.
  let mapPoints: [MapPoint]
  /// What the tables were built from (the cache key).
  private let stops: [CorridorLine.Stop]
  private let stations: [StationName]
  private let categories: [StationName]

  /// An id and the name it was given, as read from the snapshot.
  private struct StationName: Sendable, Equatable {
    var id: String
    var name: String
  }

  /// Tables built from `snapshot`: the corridor's stops first, then any other station; a later
  /// category row wins, as when the dictionary is built in order.
  public init(_ snapshot: SimSnapshot) {
    stops = snapshot.corridor.stops
    stations = snapshot.stations.map { StationName(id: $0.id, name: $0.name) }
    categories = snapshot.kpis.teuInTransitByCategory.map {
      StationName(id: $0.category, name: $0.name)
    }
    var names: [String: String] = [:]
    for stop in stops { names[stop.id] = StationNames.base(stop.name) }
    for station in stations where names[station.id] == nil {
      names[station.id] = StationNames.base(station.name)
    }
    stationNames = names
    let frame = CorridorFrame.eurasia
    mapPoints = stops.map { frame.project(latitude: $0.latitude, longitude: $0.longitude) }
    var categoryNames: [String: String] = [:]
    for row in categories { categoryNames[row.id] = row.name }
    self.categoryNames = categoryNames
  }

  /// `previous` when it was built from the same names as `snapshot` has, else new tables.
  public static func reusing(_ previous: NameTables?, for snapshot: SimSnapshot) -> NameTables {
    if let previous, previous.matches(snapshot) { return previous }
    return NameTables(snapshot)
  }

  /// Whether `init(snapshot)` would build these very tables.
  func matches(_ snapshot: SimSnapshot) -> Bool {
    stops == snapshot.corridor.stops
      && stations.elementsEqual(snapshot.stations) { $0.id == $1.id && $0.name == $1.name }
      && categories.elementsEqual(snapshot.kpis.teuInTransitByCategory) {
        $0.id == $1.category && $0.name == $1.name
      }
  }

  public static func == (a: NameTables, b: NameTables) -> Bool {
    a.stops == b.stops && a.stations == b.stations && a.categories == b.categories
  }
}
