#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A point in the corridor frame, in degrees: `x` along the Zhengzhou–Liège great circle
/// (east to the right), `y` off it (north up).
struct MapPoint: Hashable, Sendable {
  var x: Double
  var y: Double
}

/// The sphere turned so that the great circle through the frame's two ends is the equator.
///
/// The route is about 8.5:1 along that circle but 3.5:1 in Web Mercator; in this frame it lies
/// along a horizontal band, so a wide pane shows it large. An equirectangular map of the turned
/// sphere is close to true shape near the circle, where everything the map shows lies. The
/// base map was converted with the same frame (`scripts/natural-earth-to-map.py`).
struct CorridorFrame: Sendable {
  private typealias Vector = (Double, Double, Double)
  private let e1: Vector
  private let e2: Vector
  private let e3: Vector

  /// The frame of the shipped base map (`EurasiaMapData`).
  static let eurasia = CorridorFrame(
    east: EurasiaMapData.zhengzhou, west: EurasiaMapData.liege)

  /// The frame whose equator runs from `west` to `east`, with `east` to the right.
  init(east: (latitude: Double, longitude: Double), west: (latitude: Double, longitude: Double)) {
    let a = Self.unit(east.latitude, east.longitude)
    let b = Self.unit(west.latitude, west.longitude)
    let e1 = Self.normal((a.0 + b.0, a.1 + b.1, a.2 + b.2))
    var e3 = Self.normal(Self.cross(b, a))
    if e3.2 < 0 { e3 = (-e3.0, -e3.1, -e3.2) }
    var e2 = Self.cross(e3, e1)
    if Self.dot(a, e2) < 0 { e2 = (-e2.0, -e2.1, -e2.2) }
    self.e1 = e1
    self.e2 = e2
    self.e3 = e3
  }

  /// Where a place at `latitude`, `longitude` (degrees) falls in the frame.
  func project(latitude: Double, longitude: Double) -> MapPoint {
    let v = Self.unit(latitude, longitude)
    let x = atan2(Self.dot(v, e2), Self.dot(v, e1)) * 180 / .pi
    let y = asin(max(-1, min(1, Self.dot(v, e3)))) * 180 / .pi
    return MapPoint(x: x, y: y)
  }

  private static func unit(_ latitude: Double, _ longitude: Double) -> Vector {
    let la = latitude * .pi / 180
    let lo = longitude * .pi / 180
    return (cos(la) * cos(lo), cos(la) * sin(lo), sin(la))
  }

  private static func cross(_ a: Vector, _ b: Vector) -> Vector {
    (a.1 * b.2 - a.2 * b.1, a.2 * b.0 - a.0 * b.2, a.0 * b.1 - a.1 * b.0)
  }

  private static func dot(_ a: Vector, _ b: Vector) -> Double { a.0 * b.0 + a.1 * b.1 + a.2 * b.2 }

  private static func normal(_ v: Vector) -> Vector {
    let n = dot(v, v).squareRoot()
    return n > 0 ? (v.0 / n, v.1 / n, v.2 / n) : (1, 0, 0)
  }
}
