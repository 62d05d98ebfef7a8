import TermRender
import Testing

@testable import Dashboard

/// The land fill, which pairs each edge's row crossings, against the plain scanline it
/// replaced (every edge of a ring asked at every row of the ring).
@Suite("Map land fill")
struct MapLandFillTests {
  @Test(
    "the same dots as asking every edge at every row, in every region, size and dot kind",
    arguments: [DotCells.braille, .halfBlocks, .characters])
  func fillEqualsTheScanline(dots: DotCells) {
    let sizes = [(1, 1), (2, 3), (7, 3), (33, 9), (64, 11), (80, 24), (160, 40), (200, 60)]
    for region in MapRegion.allCases {
      for (columns, rows) in sizes {
        var raster = MapRaster(region: region, columns: columns, rows: rows, dots: dots)
        raster.fillLand(.eurasia)
        let reference = Self.scanlineFill(
          .eurasia, viewport: raster.viewport, width: raster.dotWidth, height: raster.dotHeight)
        #expect(
          raster.dots.map { $0 == .land } == reference,
          "\(region) \(columns)×\(rows) \(dots)")
      }
    }
  }

  @Test("a square, a hole by even-odd, and rows on a vertex")
  func smallShapes() {
    // In hundredths of a degree: the map's own text format.
    let map = BaseMap(
      parsing: "-3000,-600c 3000,-600c 3000,600c -3000,600c\n-1000,-200c 1000,-200c 0,400c")
    for dots in [DotCells.braille, .halfBlocks, .characters] {
      var raster = MapRaster(region: .corridor, columns: 40, rows: 12, dots: dots)
      raster.fillLand(map)
      let reference = Self.scanlineFill(
        map, viewport: raster.viewport, width: raster.dotWidth, height: raster.dotHeight)
      #expect(raster.dots.map { $0 == .land } == reference, "\(dots)")
      #expect(reference.contains(true) && reference.contains(false), "the shapes are in view")
    }
  }

  /// The fill as it was: per ring, per dot row, every edge crossing the row's centre.
  static func scanlineFill(_ map: BaseMap, viewport: MapViewport, width: Int, height: Int)
    -> [Bool]
  {
    var land = [Bool](repeating: false, count: width * height)
    guard width > 0, height > 0 else { return land }
    for ring in map.rings {
      let points = ring.points.map { viewport.dot($0) }
      guard let top = points.map(\.y).min(), let bottom = points.map(\.y).max() else { continue }
      let firstRow = max(0, Int((top - 0.5).rounded(.up)))
      let lastRow = min(height - 1, Int((bottom - 0.5).rounded(.down)))
      guard firstRow <= lastRow else { continue }
      for row in firstRow...lastRow {
        let y = Double(row) + 0.5
        var crossings: [Double] = []
        var j = points.count - 1
        for i in points.indices {
          let (a, b) = (points[j], points[i])
          if (a.y <= y) != (b.y <= y) {
            crossings.append(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x))
          }
          j = i
        }
        crossings.sort()
        var k = 0
        while k + 1 < crossings.count {
          let from = max(0, Int((crossings[k] - 0.5).rounded(.up)))
          let to = min(width - 1, Int((crossings[k + 1] - 0.5).rounded(.down)))
          if from <= to { for x in from...to { land[row * width + x] = true } }
          k += 2
        }
      }
    }
    return land
  }
}

/// The coasts and borders, which skip edges wholly beyond one side, against drawing every edge.
@Suite("Map edges")
struct MapEdgeTests {
  @Test(
    "the same dots as drawing every edge, in every region, size and dot kind",
    arguments: [DotCells.braille, .halfBlocks, .characters])
  func skippedEdgesDrawNothing(dots: DotCells) {
    for region in MapRegion.allCases {
      for (columns, rows) in [(1, 1), (7, 3), (64, 11), (160, 40), (200, 60)] {
        var raster = MapRaster(region: region, columns: columns, rows: rows, dots: dots)
        raster.drawEdges(.eurasia)
        var reference = MapRaster(region: region, columns: columns, rows: rows, dots: dots)
        for ring in BaseMap.eurasia.rings {
          for i in ring.points.indices where ring.edges[i] != .crop {
            reference.line(
              from: reference.viewport.dot(ring.points[i]),
              to: reference.viewport.dot(ring.points[(i + 1) % ring.points.count]),
              layer: ring.edges[i] == .border ? .border : .coast)
          }
        }
        #expect(raster.dots == reference.dots, "\(region) \(columns)×\(rows) \(dots)")
        if columns >= 64 { #expect(raster.dots.contains { $0 != .sea }, "edges in view") }
      }
    }
  }
}
