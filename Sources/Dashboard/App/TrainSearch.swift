import CorridorSim

/// The `/` search of the trains table: trains whose id or service contains the query, or that
/// name a station that does (where the train is or runs to, its origin, its destination).
///
/// Matching ignores case and the accents of Latin letters (`liege` finds Liège, `malas`
/// Małaszewicze) and reads every name a station has: its id, its name and its native name, so
/// `郑州` finds the trains from Zhengzhou and so does `zhengzhou`. Built once a frame; the
/// stations that match are found once, so a train costs two text compares and a set lookup.
public struct TrainSearch: Sendable, Hashable {
  /// The query as typed.
  public let query: String
  private let needle: String
  /// Ids of the stations whose id, name or native name contains the query.
  private let stations: Set<String>

  /// The search for `query` over `snapshot`'s stations; nil for an empty query (no search).
  public init?(query: String, snapshot: SimSnapshot) {
    let needle = Self.fold(query)
    guard !needle.isEmpty else { return nil }
    self.query = query
    self.needle = needle
    var stations: Set<String> = []
    for stop in snapshot.corridor.stops
    where [stop.id, stop.name, stop.nativeName ?? ""].contains(where: { Self.fold($0).contains(needle) }) {
      stations.insert(stop.id)
    }
    for station in snapshot.stations
    where Self.fold(station.id).contains(needle) || Self.fold(station.name).contains(needle) {
      stations.insert(station.id)
    }
    self.stations = stations
  }

  /// Whether `train` matches.
  public func admits(_ train: TrainSnapshot) -> Bool {
    if !stations.isEmpty {
      let position = train.position
      if stations.contains(position.fromStation) || stations.contains(position.toStation) {
        return true
      }
      if let origin = train.timeline.first, stations.contains(origin.station) { return true }
      if let destination = train.timeline.last, stations.contains(destination.station) {
        return true
      }
    }
    return Self.fold(train.id).contains(needle) || Self.fold(train.serviceName).contains(needle)
  }

  /// `text` lower-cased with the accents of Latin letters dropped (`Małaszewicze` →
  /// `malaszewicze`); other scripts (CJK, Cyrillic) are only lower-cased.
  static func fold(_ text: String) -> String {
    var folded = ""
    folded.unicodeScalars.reserveCapacity(text.utf8.count)
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII {
        folded.unicodeScalars.append(scalar)
      } else if let plain = latinBase[scalar] {
        folded.unicodeScalars.append(contentsOf: plain.unicodeScalars)
      } else if !(0x300...0x36F).contains(scalar.value) {  // a combining accent is dropped
        folded.unicodeScalars.append(scalar)
      }
    }
    return folded
  }

  /// Lower-case Latin letters with accents, as they occur in European station names, and the
  /// letters they are typed as on a plain keyboard.
  private static let latinBase: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćčĉċ", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ğĝġģ", "g"),
      ("ìíîïīĭįı", "i"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
      ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüūŭůűų", "u"), ("ýÿŷ", "y"),
      ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, plain) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = plain }
    }
    return table
  }()
}
