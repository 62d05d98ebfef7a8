/// The parts of Eurasia the map can show: keys `1` `2` `3` pick one, `m` cycles them.
public enum MapRegion: Int, CaseIterable, Sendable, Hashable {
  /// Zhengzhou to Liège with the Yellow Sea, the Caspian, the Black Sea and the Baltic.
  case corridor
  /// From the Kazakh steppe to the Yellow Sea: Xinjiang, Alashankou and Dostyk.
  case china
  /// From the Volga to Liège: Moscow, Brest–Małaszewicze, Germany and Belgium.
  case europe

  /// Shown in the map pane's title.
  public var label: String {
    switch self {
    case .corridor: "whole corridor"
    case .china: "China and Kazakhstan"
    case .europe: "Europe"
    }
  }

  public var next: MapRegion { MapRegion(rawValue: (rawValue + 1) % Self.allCases.count) ?? .corridor }

  /// What the region must show, in frame degrees: its x range, and the y band around the
  /// route it keeps at least (the view grows along x when the pane is too tall for the band).
  var extent: (minX: Double, maxX: Double, midY: Double, halfHeight: Double) {
    switch self {
    case .corridor: (-40, 43, -4, 7)
    case .china: (6, 43, -4, 6)
    case .europe: (-39, -8, -3, 5)
    }
  }
}

/// Frame degrees to dots of a pane: the region fitted to `width` × `height` dots whose height
/// is `aspect` times their width (1 for braille and half blocks, 2 for one character a dot),
/// centred, with the same scale across and down so shapes are true.
struct MapViewport: Equatable, Sendable {
  let width: Int
  let height: Int
  /// Dots per frame degree across.
  let scale: Double
  let minX: Double
  let maxY: Double
  let aspect: Double

  init(region: MapRegion, width: Int, height: Int, aspect: Double) {
    self.width = max(1, width)
    self.height = max(1, height)
    self.aspect = aspect
    let e = region.extent
    let w = Double(self.width)
    let h = Double(self.height) * aspect
    // The x range across the width, unless the band then does not fit down the height.
    let scale = min(w / (e.maxX - e.minX), h / (2 * e.halfHeight))
    self.scale = scale
    self.minX = (e.minX + e.maxX) / 2 - w / scale / 2
    self.maxY = e.midY + h / scale / 2
  }

  /// The dot (fractional column, row) of a frame point.
  func dot(_ p: MapPoint) -> (x: Double, y: Double) {
    ((p.x - minX) * scale, (maxY - p.y) * scale / aspect)
  }

  /// The frame point at the centre of dot row `row`, as a y.
  func frameY(row: Int) -> Double { maxY - (Double(row) + 0.5) * aspect / scale }
}
