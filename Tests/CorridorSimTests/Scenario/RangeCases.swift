import Testing

/// One numeric key of the scenario format: the values at the ends of its documented range,
/// which must load and run, and the first values past them (and hostile ones), which must be
/// refused naming the key.
///
/// The ranges are written here as numbers, not read from `ScenarioLimits`, so the tests pin
/// what docs/SCENARIO-FORMAT.md promises.
struct RangeCase: Sendable, CustomTestStringConvertible {
  let placeholder: String
  /// The key as the format page's "Ranges" table names it.
  let docKey: String
  let defaultText: String
  /// Largest first, then smallest, then other forms at the ends.
  let accepted: [String]
  /// A value and the rest of the key path its refusal names, after the placeholder's.
  let refused: [(text: String, at: String)]

  var testDescription: String { docKey }

  /// Values no numeric key accepts: too big for Int64 seconds, infinite, not a number.
  static let hostileReals = [
    "1e300", "-1e300", "1.79e308", "2.6e15", "1e18", "0x7fffffffffffffff",
    "9223372036854775807", "nan", ".nan", "inf", ".inf", "-.inf", "1e999",
  ]
  static let hostileWholes = [
    "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e300",
    "0x7fffffffffffffff", "2.5", ".inf",
  ]

  static func real(
    _ placeholder: String, _ docKey: String, default defaultText: String, _ low: Double,
    _ high: Double, excludingLow: Bool = false
  ) -> RangeCase {
    RangeCase(
      placeholder: placeholder, docKey: docKey, defaultText: defaultText,
      accepted: ["\(high)", "\(excludingLow ? low.nextUp : low)"],
      refused: [("\(high.nextUp)", ""), ("\(excludingLow ? low : low.nextDown)", "")]
        + hostileReals.map { ($0, "") })
  }

  static func whole(
    _ placeholder: String, _ docKey: String, default defaultText: String, _ low: Int,
    _ high: Int
  ) -> RangeCase {
    RangeCase(
      placeholder: placeholder, docKey: docKey, defaultText: defaultText,
      accepted: ["\(high)", "\(low)"],
      refused: [("\(high + 1)", ""), ("\(low - 1)", "")] + hostileWholes.map { ($0, "") })
  }

  /// A `[min, max]` pair.
  static func pair(
    _ placeholder: String, _ docKey: String, default defaultText: String, _ low: Double,
    _ high: Double
  ) -> RangeCase {
    RangeCase(
      placeholder: placeholder, docKey: docKey, defaultText: defaultText,
      accepted: ["[\(low), \(high)]", "[\(low), \(low)]", "[\(high), \(high)]"],
      refused: [
        ("[\(low), \(high.nextUp)]", "[1]"), ("[\(low.nextDown), \(high)]", "[0]"),
        ("[1e300, 1e300]", "[0]"), ("[\(low), .inf]", "[1]"), ("[nan, \(high)]", "[0]"),
      ])
  }

  /// A duration in every distribution form, 0 to 87,600 hours, σ 0 to 5.
  static func duration(_ placeholder: String, _ docKey: String, default defaultText: String)
    -> RangeCase
  {
    let high = 87_600.0
    let over = "\(high.nextUp)"
    let under = "\(0.0.nextDown)"
    return RangeCase(
      placeholder: placeholder, docKey: docKey, defaultText: defaultText,
      accepted: [
        "87600", "0", "{fixed: 87600}", "{fixed: 0}", "{uniform: {min: 0, max: 87600}}",
        "{uniform: {min: 87600, max: 87600}}", "{triangular: {min: 0, mode: 0, max: 87600}}",
        "{triangular: {min: 87600, mode: 87600, max: 87600}}",
        "{lognormal: {median: 87600, sigma: 5}}", "{lognormal: {median: 0, sigma: 0}}",
      ],
      refused: [
        (over, ""), (under, ""), ("{fixed: \(over)}", ".fixed"), ("{fixed: 1e300}", ".fixed"),
        ("{uniform: {min: 0, max: \(over)}}", ".uniform.max"),
        ("{uniform: {min: \(under), max: 1}}", ".uniform.min"),
        ("{triangular: {min: 0, mode: \(over), max: \(over)}}", ".triangular.mode"),
        ("{triangular: {min: 0, mode: 1, max: \(over)}}", ".triangular.max"),
        ("{triangular: {min: -.inf, mode: 1, max: 2}}", ".triangular.min"),
        ("{lognormal: {median: \(over), sigma: 1}}", ".lognormal.median"),
        ("{lognormal: {median: 1, sigma: \(5.0.nextUp)}}", ".lognormal.sigma"),
        ("{lognormal: {median: 1, sigma: \(under)}}", ".lognormal.sigma"),
        ("{lognormal: {median: 1, sigma: 1e300}}", ".lognormal.sigma"),
      ] + hostileReals.map { ($0, "") })
  }

  static let all: [RangeCase] = [
    RangeCase(
      placeholder: "epoch", docKey: "epoch", defaultText: "2019-03-02T00:00:00Z",
      accepted: ["2200-12-31T23:59:59Z", "1900-01-01T00:00:00Z"],
      refused: [
        ("2201-01-01T00:00:00Z", ""), ("1899-12-31T23:59:59Z", ""),
        ("99999999999999999-03-02T00:00:00Z", ""), ("9999-12-31T23:59:59Z", ""),
      ]),
    RangeCase(
      placeholder: "default_seed", docKey: "default_seed", defaultText: "7",
      accepted: ["18446744073709551615", "0"],
      refused: [("18446744073709551616", ""), ("-1", ""), ("1e300", "")]),
    .whole("corridor_utc_offset_hours", "corridor_utc_offset_hours", default: "0", -14, 14),
    .pair("gross_tonnes", "cargo_categories[].gross_tonnes", default: "[8, 14]", 0, 100),
    .pair(
      "parcels_per_feu", "cargo_categories[].parcels_per_feu", default: "[2000, 3000]", 0,
      100_000),
    .pair(
      "value_usd_per_feu", "cargo_categories[].value_usd_per_feu", default: "[60000, 120000]",
      0, 1_000_000_000),
    .real("lat", "stations[].lat", default: "34.77", -90, 90),
    .real("lon", "stations[].lon", default: "113.86", -180, 180),
    .duration("dwell", "stations[].dwell", default: "{triangular: {min: 4, mode: 5, max: 9}}"),
    .whole("dwell_capacity", "stations[].dwell_capacity", default: "0", 0, 10_000),
    .whole("yard_capacity", "stations[].yard_capacity", default: "0", 0, 10_000),
    .whole("customs.capacity", "stations[].customs.capacity", default: "2", 1, 10_000),
    .duration("clearance", "stations[].customs.clearance", default: "2"),
    .real("hold_probability", "stations[].customs.hold_probability", default: "0.05", 0, 1),
    .duration("hold", "stations[].customs.hold", default: "{uniform: {min: 12, max: 48}}"),
    .whole("gauge_change.capacity", "stations[].gauge_change.capacity", default: "2", 1, 10_000),
    .duration("gauge_change.base_time", "stations[].gauge_change.base_time", default: "3"),
    .whole(
      "gauge_change.per_container_seconds", "stations[].gauge_change.per_container_seconds",
      default: "60", 0, 86_400),
    .whole(
      "overflow_capacity", "stations[].gauge_change.overflow_capacity", default: "0", 0, 10_000),
    .whole(
      "overflow_when_queued", "stations[].gauge_change.overflow_when_queued", default: "1", 1,
      10_000),
    .real("km", "segments[].km", default: "3580", 0.1, 20_000),
    .real("speed_kmh", "segments[].speed_kmh", default: "40", 1, 1_000),
    .real("headway_hours", "segments[].headway_hours", default: "0.5", 0, 87_600),
    .real("utc_offset_hours", "services[].utc_offset_hours", default: "8", -14, 14),
    .whole("weekday", "services[].departures[].weekday", default: "2", 1, 7),
    .whole("train_limit_feu", "services[].train_limit_feu", default: "50", 1, 1_000),
    .real("load_factor", "services[].load_factor", default: "0.95", 0, 1),
    .real("cargo_mix", "services[].cargo_mix", default: "3", 0, 1_000_000, excludingLow: true),
    .real(
      "planned_transit_hours", "services[].planned_transit_hours", default: "384", 0, 87_600,
      excludingLow: true),
    .real(
      "on_time_tolerance_hours", "services[].on_time_tolerance_hours", default: "24", 0,
      87_600),
    .whole("section_limits_feu", "services[].section_limits_feu", default: "45", 1, 1_000),
    .whole("month", "disruptions[].months", default: "12", 1, 12),
    .real("speed_factor", "disruptions[].speed_factor", default: "0.83", 0.05, 1),
    .real("per_year", "disruptions[].per_year", default: "2", 0, 1_000),
    .duration(
      "disruption.duration", "disruptions[].duration",
      default: "{triangular: {min: 24, mode: 48, max: 120}}"),
    .whole("unloading.capacity", "unloading.capacity", default: "1", 1, 10_000),
    .duration("unloading.base_time", "unloading.base_time", default: "4"),
    .whole(
      "unloading.per_container_seconds", "unloading.per_container_seconds", default: "120", 0,
      86_400),
  ]

  /// Every placeholder at its default.
  static let defaults = Dictionary(
    uniqueKeysWithValues: all.map { ($0.placeholder, $0.defaultText) })
}
