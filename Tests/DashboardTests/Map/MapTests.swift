import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The map: the corridor frame, the base map's data, rasterising, labels and the map view.
@Suite("Map")
struct MapTests {
  static let frame = CorridorFrame.eurasia

  @Test("the frame puts both ends on its equator, Zhengzhou east of Liège, north up")
  func frameAxes() {
    let z = Self.frame.project(latitude: 34.77, longitude: 113.86)
    let l = Self.frame.project(latitude: 50.637, longitude: 5.443)
    #expect(abs(z.y) < 1e-9 && abs(l.y) < 1e-9)
    #expect(z.x > 30 && l.x < -30)
    // The ends are about 8,224 km apart on the great circle (73.96° of arc on a 6,371 km
    // sphere); the route, 10,635 km, is 1.29 times that.
    #expect(abs((z.x - l.x) * .pi / 180 * 6_371 - 8_224) < 10)
    // Moscow lies south of the circle (which bends north through the Urals), the Arctic north.
    #expect(Self.frame.project(latitude: 55.75, longitude: 37.62).y < 0)
    #expect(Self.frame.project(latitude: 80, longitude: 60).y > 10)
  }

  @Test("every corridor station of the built-in scenario falls inside every region that spans it")
  func stationsOnTheMap() {
    let stops = Simulation(scenario: .zhengzhouLiege, seed: 1).snapshot().corridor.stops
    let points = stops.map { Self.frame.project(latitude: $0.latitude, longitude: $0.longitude) }
    let e = MapRegion.corridor.extent
    for (stop, p) in zip(stops, points) {
      #expect(p.x >= e.minX && p.x <= e.maxX, "\(stop.id) at \(p)")
      #expect(abs(p.y - e.midY) <= e.halfHeight, "\(stop.id) at \(p)")
    }
  }

  @Test("the base map decodes: rings of land with coasts and borders, inside the crop box")
  func baseMap() {
    let map = BaseMap.eurasia
    #expect(map.rings.count > 50)
    let edges = map.rings.flatMap(\.edges)
    #expect(edges.contains(.coast) && edges.contains(.border))
    let crop = EurasiaMapData.crop
    for ring in map.rings {
      #expect(ring.points.count == ring.edges.count)
      for p in ring.points {
        #expect(p.x >= crop.minX - 0.01 && p.x <= crop.maxX + 0.01)
        #expect(p.y >= crop.minY - 0.01 && p.y <= crop.maxY + 0.01)
      }
    }
    // Bad lines and tokens are skipped, not trapped on.
    let odd = BaseMap(parsing: "1,2c 3,4b\nx,yc 5c ,c 1,2q\n0,0c 100,0c 100,100b 0,100x")
    #expect(odd.rings.count == 1)
  }

  @Test("land is land and sea is sea: Kazakhstan, the Caspian, the Black Sea, the Baltic")
  func rasterPlaces() {
    var raster = MapRaster(region: .corridor, columns: 160, rows: 40, dots: .braille)
    raster.drawLand(.eurasia)
    func layer(_ lat: Double, _ lon: Double) -> MapRaster.Layer {
      let d = raster.viewport.dot(Self.frame.project(latitude: lat, longitude: lon))
      let column = Int(d.x) / raster.dotsAcross
      let row = Int(d.y) / raster.dotsDown
      return raster.cell(column: column, row: row).layer
    }
    #expect(layer(48, 68) == .land)  // Kazakh steppe
    #expect(layer(55, 45) == .land)  // Volga
    #expect(layer(42, 50.5) == .sea)  // Caspian
    #expect(layer(43.5, 34) == .sea)  // Black Sea
    #expect(layer(57, 19) == .sea)  // Baltic
  }

  @Test(
    "a small raster, golden (braille, half blocks, ASCII)",
    arguments: [(DotCells.braille, "braille"), (.halfBlocks, "halfblock"), (.characters, "ascii")])
  func rasterGolden(dots: DotCells, name: String) {
    var raster = MapRaster(region: .corridor, columns: 60, rows: 12, dots: dots)
    raster.drawLand(.eurasia)
    var buffer = Buffer(width: 60, height: 12)
    MapPane.drawRaster(
      raster, into: &buffer, inner: Rect(x: 0, y: 0, width: 60, height: 12),
      theme: .compiledDefault, dots: dots)
    Golden.check(buffer.plainText(), named: "map-raster-60x12-\(name)")
  }

  @Test(
    "the map view at 80×24 in each glyph set, golden",
    arguments: ["unicode", "console", "wide", "ascii"])
  func mapViewPerGlyphSet(name: String) throws {
    let sets: [String: GlyphSet] = [
      "unicode": .unicode, "console": .linuxConsole, "wide": .ambiguousWide, "ascii": .ascii,
    ]
    let glyphs = try #require(sets[name])
    let snapshot = ScreenGoldenTests.snapshot
    let text = FixtureFrame.text(80, 24, snapshot: snapshot, glyphs: glyphs) {
      $0.send(.showMapRegion(.corridor))
    }
    Golden.check(text, named: "map-80x24-\(name)")
    let symbols = Set(text.unicodeScalars.filter { !$0.isASCII }.map(\.value))
    let braille = symbols.contains { (0x2801...0x28FF).contains($0) }
    let halves = symbols.contains { [0x2580, 0x2584, 0x2588].contains($0) }
    #expect(braille == (glyphs.dots == .braille), "\(name)")
    #expect(halves == (glyphs.dots == .halfBlocks), "\(name)")
    if glyphs.ambiguousIsWide {
      // Only data text may be ambiguous (Liège: the sink narrows it), never a drawn symbol.
      let data = snapshot.corridor.stops.map(\.name).joined() + snapshot.scenarioTitle
      let drawn = text.unicodeScalars.filter {
        EastAsianWidth.isAmbiguous($0) && !data.unicodeScalars.contains($0)
      }
      #expect(drawn.isEmpty, "\(String(String.UnicodeScalarView(drawn)))")
    }
  }

  @Test("labels never overlap each other, the line or a mark, at every size and region")
  func labelsNeverOverlap() {
    let snapshot = Simulation(scenario: .zhengzhouLiege, seed: 1).snapshot()
    for region in MapRegion.allCases {
      for (width, height) in [(80, 24), (120, 40), (160, 45), (200, 60), (300, 90), (400, 120)] {
        let text = Self.screen(snapshot, region: region, width: width, height: height)
        #expect(text.contains("Map"), "\(region) \(width)×\(height)")
        // The ends are always named on the whole-corridor view.
        if region == .corridor, width >= 120 {
          #expect(text.contains("Zhengzhou Putian"), "\(width)×\(height)")
          #expect(text.contains("Liège Airport"), "\(width)×\(height)")
        }
      }
      // And as placed: no two labels share or touch a cell, none covers a blocked one.
      let width = 100
      let height = 30
      var blocked = [Bool](repeating: false, count: width * height)
      for i in stride(from: 0, to: blocked.count, by: 21) { blocked[i] = true }
      let stops = snapshot.corridor.stops
      let cells = stops.indices.map { i -> (x: Int, y: Int)? in (i * 2 % width, 10 + i % 5) }
      let labels = MapLabels.place(
        stops: stops, cells: cells, width: width, height: height, blocked: blocked,
        unicode: true)
      var taken = blocked
      for label in labels {
        let w = DisplayWidth.of(label.text)
        for x in label.x..<(label.x + w) {
          #expect(!taken[label.y * width + x], "\(label.text) overlaps at \(x)")
          taken[label.y * width + x] = true
        }
      }
    }
  }

  static func screen(_ snapshot: SimSnapshot, region: MapRegion, width: Int, height: Int)
    -> String
  {
    FixtureFrame.text(width, height, snapshot: snapshot) { $0.send(.showMapRegion(region)) }
  }

  @Test("M opens and closes the map; m and 1 2 3 pick its region; Esc leaves it as it was")
  func keys() {
    var state = AppState()
    reduce(&state, .toggleMap)
    #expect(state.view == .map && state.mapRegion == .corridor)
    reduce(&state, .cycleMapRegion)
    #expect(state.mapRegion == .china)
    reduce(&state, .showMapRegion(.europe))
    #expect(state.mapRegion == .europe && state.message == "map: Europe")
    reduce(&state, .toggleMap)
    #expect(state.view == .dashboard && state.mapRegion == .europe)
    reduce(&state, .showMapRegion(.corridor))
    #expect(state.view == .map)
  }

  @Test("the map view places its trains on the line: as many marks as occupied cells")
  func trainsOnTheMap() {
    let simulation = Simulation(scenario: .zhengzhouLiege, seed: 1)
    simulation.run(until: .days(30))
    let snapshot = simulation.snapshot()
    let text = Self.screen(snapshot, region: .corridor, width: 200, height: 60)
    let marks = text.filter { "▶◀◆≡●■".contains($0) }.count
    #expect(marks > 20, "\(text)")
    #expect(text.contains("1 2 3 m views"))
  }
}
