import CorridorSim
import Testing

@testable import Dashboard

@Suite("Route geometry")
struct RouteGeometryTests {
  static let corridor = SnapshotFixture.snapshot().corridor

  @Test(
    "km maps onto the line's columns, clamped",
    arguments: [
      (0.0, 2), (10_635, 79), (5_317.5, 41), (-100, 2), (99_999, 79), (Double.nan, 2),
    ])
  func column(km: Double, expected: Int) {
    let geometry = RouteGeometry(corridor: Self.corridor, x: 2, width: 78)
    #expect(geometry.column(km: km) == expected)
  }

  @Test(
    "columns round as rounded() does: halves up, just below a half down",
    arguments: [
      0.0, 0.25, 0.5, 0.5.nextDown, 0.5.nextUp, 1.5, 1.5.nextDown, 2.5, 2.5.nextDown, 76.5,
      76.5.nextDown, 77.0, 77.0.nextDown, 4_503_599_627_370_495.5,
    ])
  func nearest(value: Double) {
    #expect(RouteGeometry.nearest(value) == Int(value.rounded()))
  }

  @Test("every column of a sweep along the line is the rounded() one")
  func columnsSweep() {
    for width in [1, 2, 77, 78, 198, 299] {
      let geometry = RouteGeometry(corridor: Self.corridor, x: 3, width: width)
      for step in 0...4_000 {
        let km = Double(step) * 10_635 / 4_000
        let rounded = 3 + Int((min(1, km / 10_635) * Double(width - 1)).rounded())
        #expect(geometry.column(km: km) == rounded, "km \(km), width \(width)")
      }
    }
  }

  @Test("gauge is broad between the two gauge changes only")
  func gauge() {
    let geometry = RouteGeometry(corridor: Self.corridor, x: 0, width: 100)
    let gauges = geometry.gaugeByColumn()
    let broad = gauges.indices.filter { gauges[$0] == .broad }
    // Column i covers km around (i + 0.5) / 100 × 10 635: Dostyk (3 580 km) falls in column
    // 33's right half, Małaszewicze (9 175 km) in column 86's left half.
    #expect(broad.first == 34)
    #expect(broad.last == 85)
    #expect(broad.count == 52)
  }

  @Test("labels never overlap and the ends always win", arguments: [40, 78, 118, 198, 298])
  func labels(width: Int) {
    let geometry = RouteGeometry(corridor: Self.corridor, x: 1, width: width)
    let labels = geometry.labels()
    let names = labels.map { Self.corridor.stops[$0.stopIndex].id }
    #expect(names.first == "zhengzhou")
    #expect(names.last == "liege")
    for (a, b) in zip(labels, labels.dropFirst()) {
      #expect(a.x + a.text.count < b.x, "\(a.text) touches \(b.text) at width \(width)")
    }
    #expect(labels.allSatisfy { $0.x >= 1 && $0.x + $0.text.count <= 1 + width })
  }

  @Test("wider lines show more stations")
  func moreWhenWider() {
    let narrow = RouteGeometry(corridor: Self.corridor, x: 0, width: 78).labels().count
    let wide = RouteGeometry(corridor: Self.corridor, x: 0, width: 298).labels().count
    #expect(wide > narrow)
    // Stations 10 km apart (Alashankou and Dostyk) still cannot both be labelled; the gauge
    // change wins.
    let ids = RouteGeometry(corridor: Self.corridor, x: 0, width: 298).labels()
      .map { Self.corridor.stops[$0.stopIndex].id }
    #expect(ids.contains("dostyk") && ids.contains("malaszewicze"))
  }

  @Test("a label is a whole name, or a cut one that says so", arguments: [78, 118, 158, 248, 298])
  func labelsCutWithEllipsis(width: Int) {
    for ellipsis in ["…", "~"] {
      let labels = RouteGeometry(corridor: Self.corridor, x: 0, width: width)
        .labels(ellipsis: ellipsis)
      for label in labels {
        let stop = Self.corridor.stops[label.stopIndex]
        let name = StationNames.base(stop.name)
        let whole = label.text == name || label.text.contains(name)
        let cut = label.text.hasSuffix(ellipsis)
          && name.hasPrefix(String(label.text.dropLast(ellipsis.count)))
        #expect(whole || cut, "\(label.text) for \(stop.name) at \(width)")
      }
    }
  }

  @Test("at 300 columns every gauge change, border and end station is labelled whole")
  func wideLabelsWhole() {
    let labels = RouteGeometry(corridor: Self.corridor, x: 0, width: 298).labels()
    for label in labels where RouteGeometry.priority(Self.corridor.stops[label.stopIndex].kind) <= 1 {
      #expect(!label.text.hasSuffix("…"), "\(label.text)")
    }
  }
}
