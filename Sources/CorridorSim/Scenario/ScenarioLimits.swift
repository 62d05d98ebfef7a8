/// The range of every numeric key of a scenario file and the most entries each list may have:
/// what a rail corridor can legitimately describe, with room to spare, and no more.
///
/// The ranges are what make the engine safe (docs/DECISIONS.md D58): durations stay far from
/// Int64 seconds' limits, so no sum, conversion or timetable offset can overflow; train sizes,
/// capacities and counts bound what one train, one resource and one week of departures can
/// allocate. docs/SCENARIO-FORMAT.md ("Ranges") lists them; `ScenarioRangeTests` loads each
/// key's both ends and refuses the first value beyond.
enum ScenarioLimits {
  // MARK: - Numbers

  /// Every duration, in every distribution form, and every key in hours.
  static let hours = ValueRange(0, 87_600, unit: "hours", note: "10 years")
  /// `planned_transit_hours`: a schedule takes some time.
  static let plannedTransitHours = ValueRange(
    0, 87_600, excludingLowest: true, unit: "hours", note: "10 years")
  /// σ of a log-normal duration: at 5 the mean is 268,000 × the median, past any real spread.
  static let lognormalSigma = ValueRange(0, 5)
  /// `per_container_seconds`: a day a box at most.
  static let perContainerSeconds = ValueRange(0, 86_400, unit: "seconds", note: "a day")
  /// `km` of a segment: the engine runs shorter hops as 0.1 km; half the Earth's circumference.
  static let segmentKm = ValueRange(0.1, 20_000, unit: "km")
  /// `speed_kmh`: the engine runs slower track at 1 km/h; 1,000 is past any train.
  static let speedKmh = ValueRange(1, 1_000, unit: "km/h")
  static let latitude = ValueRange(-90, 90, unit: "degrees")
  static let longitude = ValueRange(-180, 180, unit: "degrees")
  /// Trains at once at customs, a gauge-change terminal or unloading.
  static let serverCapacity = ValueRange(1, 10_000, unit: "trains")
  /// `dwell_capacity`, `yard_capacity`, `overflow_capacity`: 0 means unlimited or none.
  static let optionalCapacity = ValueRange(0, 10_000, unit: "trains")
  static let overflowWhenQueued = ValueRange(1, 10_000, unit: "trains")
  /// `train_limit_feu`, `section_limits_feu`: ten times the longest trains that run (≈ 100 FEU).
  static let trainLimitFEU = ValueRange(1, 1_000, unit: "FEU")
  /// `gross_tonnes` per FEU: a 40 ft box's gross limit is ≈ 30.5 t.
  static let grossTonnes = ValueRange(0, 100, unit: "tonnes")
  /// `parcels_per_feu`: a FEU holds ≈ 67 m³; a parcel of a litre or more.
  static let parcelsPerFEU = ValueRange(0, 100_000, unit: "parcels")
  static let valuePerFEU = ValueRange(0, 1_000_000_000, unit: "US$")
  /// `cargo_mix` weights are relative; a million to one is the widest mix needed.
  static let cargoWeight = ValueRange(0, 1_000_000, excludingLowest: true)
  /// `per_year` starts of a hold or closure: about three a day at most.
  static let disruptionsPerYear = ValueRange(0, 1_000, unit: "a year")
  /// `speed_factor`: the engine slows a winter train to 5 % of its speed at most.
  static let speedFactor = ValueRange(0.05, 1)
  /// `utc_offset_hours`, `corridor_utc_offset_hours`.
  static let utcOffsetHours = ValueRange(-14, 14, unit: "hours")
  /// Years of `epoch`: from the first transcontinental freight to two centuries on.
  static let epochYears: ClosedRange<Int64> = 1_900...2_200

  // MARK: - Counts

  static let maxCargoCategories = 100
  static let maxStations = 10_000
  static let maxSegments = 20_000
  static let maxRoutes = 1_000
  /// Stations on one route.
  static let maxRouteStations = maxStations
  static let maxServices = 1_000
  static let maxDisruptions = 1_000
  /// Departures a week of all services together: 20,000 is a million trains a year, 50 times
  /// the whole China–Europe network of 2024. With `trainLimitFEU` it bounds the boxes formed
  /// a week to 20 million.
  static let maxDeparturesPerWeek = 20_000
}
