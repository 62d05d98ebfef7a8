/// A point in simulated time: whole seconds since the scenario's epoch.
///
/// Sim time is an integer so that a run is exactly repeatable: no rounding drift between
/// a run done in one call and the same run done in ten thousand slices.
public struct SimTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Seconds since the scenario's epoch.
  public var seconds: Int64

  public init(seconds: Int64) { self.seconds = seconds }

  public static let zero = SimTime(seconds: 0)

  public static func minutes(_ m: Int64) -> SimTime { SimTime(seconds: m * 60) }
  public static func hours(_ h: Int64) -> SimTime { SimTime(seconds: h * 3_600) }
  public static func days(_ d: Int64) -> SimTime { SimTime(seconds: d * 86_400) }

  /// Whole days since the epoch (floor).
  public var day: Int64 { seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400 }

  public static func < (a: SimTime, b: SimTime) -> Bool { a.seconds < b.seconds }
  public static func + (a: SimTime, d: SimDuration) -> SimTime { SimTime(seconds: a.seconds + d) }
  public static func - (a: SimTime, d: SimDuration) -> SimTime { SimTime(seconds: a.seconds - d) }
  public static func - (a: SimTime, b: SimTime) -> SimDuration { a.seconds - b.seconds }
  public static func += (a: inout SimTime, d: SimDuration) { a.seconds += d }

  public var description: String { "t+\(seconds)s" }

  public init(from decoder: any Decoder) throws {
    seconds = try decoder.singleValueContainer().decode(Int64.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(seconds)
  }
}

/// A length of simulated time in whole seconds.
public typealias SimDuration = Int64
