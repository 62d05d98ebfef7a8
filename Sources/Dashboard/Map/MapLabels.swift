import CorridorSim
import TermRender

/// Place names on the map, ranked by importance and placed so that none overlaps another, the
/// corridor's line or a station mark; the lesser ones are dropped when there is no room.
enum MapLabels {
  /// A label as placed: its first cell and text.
  struct Label: Equatable {
    var x: Int
    var y: Int
    var text: String
  }

  /// The built-in corridor's key places, most important first; other stations follow by kind
  /// (ends, gauge changes, borders, hubs), so any scenario's map is labelled.
  static let keyPlaces = [
    "putian", "liege_airport", "dostyk", "malaszewicze", "alashankou", "brest", "urumqi",
    "moscow", "xian", "astana", "minsk", "warsaw", "berlin", "cologne", "hamburg",
  ]

  /// Stop indices in the order they claim room.
  static func ranked(_ stops: [CorridorLine.Stop]) -> [Int] {
    func rank(_ i: Int) -> (Int, Int, Int) {
      let key = keyPlaces.firstIndex(of: stops[i].id) ?? keyPlaces.count
      return (key, RouteGeometry.priority(stops[i].kind), i)
    }
    return stops.indices.sorted { rank($0) < rank($1) }
  }

  /// The text of a place's label: the name, with the native one for places in China
  /// (`Zhengzhou Putian 郑州`) where the terminal can show it; the short form is the name alone.
  static func texts(_ stop: CorridorLine.Stop, unicode: Bool) -> [String] {
    let name = StationNames.base(stop.name)
    if unicode, stop.country == "CN", let native = stop.nativeName, native != name {
      return ["\(name) \(native)", name]
    }
    return [name]
  }

  /// Labels for the places at `cells` (one per stop, nil when off the map) in a `width` ×
  /// `height` area whose `blocked` cells (the line, station marks) must stay visible.
  static func place(
    stops: [CorridorLine.Stop], cells: [(x: Int, y: Int)?], width: Int, height: Int,
    blocked: [Bool], unicode: Bool
  ) -> [Label] {
    var taken = blocked
    var placed: [Label] = []
    var labelled: [(x: Int, y: Int)] = []
    for index in ranked(stops) {
      guard let (sx, sy) = cells[index] else { continue }
      // A place in the cell of one already named (Liège beside Liège Airport) is not named
      // again: its label would only crowd the first.
      if labelled.contains(where: { abs($0.x - sx) <= 1 && abs($0.y - sy) <= 1 }) { continue }
      place: for text in texts(stops[index], unicode: unicode) {
        let w = DisplayWidth.of(text)
        // Right of the mark, left of it, then above and below, centred.
        let spots = [
          (sx + 2, sy), (sx - w - 1, sy), (sx - w / 2, sy - 1), (sx - w / 2, sy + 1),
          (sx + 1, sy - 1), (sx - w, sy - 1), (sx + 1, sy + 1), (sx - w, sy + 1),
        ]
        for (x, y) in spots {
          guard x >= 0, y >= 0, y < height, x + w <= width else { continue }
          // A free column either side, so neighbouring labels never run together.
          let lo = max(0, x - 1)
          let hi = min(width, x + w + 1)
          if (lo..<hi).contains(where: { taken[y * width + $0] }) { continue }
          for column in x..<(x + w) { taken[y * width + column] = true }
          placed.append(Label(x: x, y: y, text: text))
          labelled.append((sx, sy))
          break place
        }
      }
    }
    return placed
  }
}
