import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// Label placement as the map pane does it, over sizes, regions and dot kinds: inside the
/// pane, never on the line or a station mark, never on or against another label.
@Suite("Map labels as placed")
struct MapLabelPlacementTests {
  static let snapshot = Simulation(scenario: .zhengzhouLiege, seed: 1).snapshot()

  /// The map's rectangle and its annotations for the map view (or the dashboard's pane) of
  /// `region` on a `width` × `height` screen drawn with `glyphs`.
  static func annotations(
    _ view: View, _ region: MapRegion, _ width: Int, _ height: Int, _ glyphs: GlyphSet
  ) throws -> (inner: Rect, labels: [MapLabels.Label], blocked: [Bool]) {
    var state = AppState(screen: ScreenSize(width: width, height: height))
    reduce(&state, .showMapRegion(region))
    if view == .dashboard { reduce(&state, .toggleMap) }
    let inputs = FrameInputs(
      snapshot: snapshot, state: state, glyphs: glyphs, width: width, height: height)
    let area = try #require(inputs.plan[.map])
    let base = MapPane.model(inputs, area: area).base
    let placement = MapPane.Placement(base, inner: area.inset(by: 1))
    var raster = MapRaster(
      region: region, columns: placement.inner.width, rows: placement.inner.height,
      dots: placement.dots)
    raster.drawLand(.eurasia)
    raster.drawRoute(placement.route.map(\.point))
    let (_, labels, blocked) = MapPane.annotations(base, raster: raster, placement: placement)
    return (placement.inner, labels, blocked)
  }

  @Test(
    "labels stay in the pane, off the line and the marks, a column clear of each other",
    arguments: [GlyphSet.unicode, .linuxConsole, .ascii].map(\.dots))
  func neverOverlap(dots: DotCells) throws {
    let glyphs: GlyphSet = dots == .characters ? .ascii : GlyphSet.unicode.with(dots: dots)
    let cases: [(View, Int, Int)] = [
      (.map, 80, 24), (.map, 120, 40), (.map, 200, 60), (.map, 400, 120),
      (.dashboard, 160, 45), (.dashboard, 200, 60), (.dashboard, 300, 90),
    ]
    for region in MapRegion.allCases {
      for (view, width, height) in cases {
        let (inner, labels, blocked) = try Self.annotations(view, region, width, height, glyphs)
        let at = "\(region) \(view) \(width)×\(height) \(dots)"
        #expect(!labels.isEmpty, "\(at): no label")
        var taken = blocked
        for label in labels {
          let w = DisplayWidth.of(label.text)
          #expect(label.x >= 0 && label.y >= 0 && label.x + w <= inner.width, "\(at) \(label)")
          #expect(label.y < inner.height, "\(at) \(label)")
          // A free column either side: no label runs into another, none covers the line.
          let lo = max(0, label.x - 1)
          let hi = min(inner.width, label.x + w + 1)
          for x in lo..<hi where x >= label.x && x < label.x + w {
            #expect(!taken[label.y * inner.width + x], "\(at): \(label.text) covers \(x)")
          }
          for x in lo..<hi where x < label.x || x >= label.x + w {
            let neighbour = labels.contains { other in
              other != label && other.y == label.y && x >= other.x
                && x < other.x + DisplayWidth.of(other.text)
            }
            #expect(!neighbour, "\(at): \(label.text) touches another label")
          }
          for x in label.x..<(label.x + w) { taken[label.y * inner.width + x] = true }
        }
        if region == .corridor, view == .map, width >= 120 {
          #expect(labels.contains { $0.text.hasPrefix("Zhengzhou Putian") }, "\(at)")
          #expect(labels.contains { $0.text == "Liège Airport" }, "\(at)")
        }
      }
    }
  }
}
