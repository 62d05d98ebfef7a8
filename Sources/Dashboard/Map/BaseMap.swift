/// The base map: land rings in the corridor frame, each edge a coast, a border or the crop
/// box's edge, decoded once from `EurasiaMapData`.
struct BaseMap: Sendable {
  /// What an edge of a ring is.
  enum Edge: UInt8, Sendable {
    case coast, border, crop
  }

  /// One closed ring of land: edge `i` runs from `points[i]` to the next point.
  struct Ring: Sendable {
    var points: [MapPoint]
    var edges: [Edge]
  }

  let rings: [Ring]

  /// The shipped map of Eurasia (Natural Earth 1:110m, converted by the script the data
  /// names), decoded on first use; immutable after.
  static let eurasia = BaseMap(parsing: EurasiaMapData.rings)

  /// Decodes rings written one a line as `x,y` pairs in hundredths of a degree, each followed
  /// by its edge class (`c`, `b`, `x`). A malformed vertex is skipped, a ring with fewer
  /// than three left out: the data is the project's own, but a bad line must not trap.
  init(parsing text: String) {
    var rings: [Ring] = []
    for line in text.split(separator: "\n") {
      var ring = Ring(points: [], edges: [])
      for token in line.split(separator: " ") {
        guard let last = token.last, let comma = token.firstIndex(of: ",") else { continue }
        let edge: Edge
        switch last {
        case "c": edge = .coast
        case "b": edge = .border
        case "x": edge = .crop
        default: continue
        }
        guard let x = Int(token[..<comma]),
          let y = Int(token[token.index(after: comma)..<token.index(before: token.endIndex)])
        else { continue }
        ring.points.append(MapPoint(x: Double(x) / 100, y: Double(y) / 100))
        ring.edges.append(edge)
      }
      if ring.points.count >= 3 { rings.append(ring) }
    }
    self.rings = rings
  }
}
