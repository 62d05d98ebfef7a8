/// Turns scenario YAML into a validated `Scenario`, or refuses it with a `ScenarioError` that
/// names the file, line and key path.
///
/// Pure: the caller reads the file (CorridorSim does no I/O). Everything is checked before a
/// simulation could start, so a broken file never fails halfway through a run.
/// The format is documented in docs/SCENARIO-FORMAT.md.
public enum ScenarioLoader {
  /// Parses and validates `yaml`; `file` is only used to label errors.
  public static func load(yaml: String, file: String) throws(ScenarioError) -> Scenario {
    let composed: YAMLNode?
    do {
      composed = try YAMLComposer.compose(yaml)
    } catch {
      throw ScenarioError(file: file, line: error.line, keyPath: "", problem: .syntax(error.problem))
    }
    guard let root = composed else {
      throw ScenarioError(file: file, line: nil, keyPath: "", problem: .syntax("empty document"))
    }
    var reader = ScenarioReader()
    return try reader.scenario(ScenarioNode(node: root, path: "", file: file))
  }
}

/// The stateful walk over one document: ids seen so far are what later sections are checked
/// against, so sections are read in dependency order whatever their order in the file.
///
/// Every look-up is a dictionary or set, never a search of what was read: loading stays linear
/// in the size of the file (5,000 stations: docs/PERFORMANCE.md, "Issue 11").
struct ScenarioReader {
  var stations: [String: Station] = [:]
  var stationOrder: [String] = []
  var segments: [Segment] = []
  /// Index into `segments` of the segment joining two stations, either way round.
  var segmentIndex: [StationPair: Int] = [:]
  var routes: [String: Route] = [:]
  var categories: [String] = []
  var categorySet: Set<String> = []

  static let topKeys = [
    "name", "title", "summary", "epoch", "default_seed", "corridor_utc_offset_hours",
    "cargo_categories", "stations",
    "segments", "routes", "services", "disruptions", "unloading",
  ]

  mutating func scenario(_ root: ScenarioNode) throws(ScenarioError) -> Scenario {
    let top = try root.object(allowed: Self.topKeys)
    let epoch = try self.epoch(try top.required("epoch"))
    let seedNode = try top.required("default_seed")
    guard let seed = UInt64(try seedNode.string()) else {
      throw seedNode.error(
        .wrongType(expected: "a whole number from 0 to \(UInt64.max)", found: seedNode.found))
    }
    var offset: Int64 = 0
    if let node = top.optional("corridor_utc_offset_hours") {
      offset = Int64(try node.whole(in: ScenarioLimits.utcOffsetHours)) * 3_600
    }
    let categoryList = try cargoCategories(try top.required("cargo_categories"))
    let stationList = try stationsSection(try top.required("stations"))
    segments = try segmentsSection(try top.required("segments"))
    let routeList = try routesSection(try top.required("routes"))
    let services = try servicesSection(try top.required("services"))
    let disruptions =
      try top.optional("disruptions").map { node throws(ScenarioError) in
        try disruptionsSection(node)
      } ?? []
    return Scenario(
      name: try top.required("name").string(), title: try top.required("title").string(),
      summary: try top.optional("summary")?.string() ?? "", epochUnix: epoch,
      defaultSeed: seed, stations: stationList, segments: segments, routes: routeList,
      services: services, cargoCategories: categoryList, disruptions: disruptions,
      unloading: try unloading(try top.required("unloading")), corridorUTCOffsetSeconds: offset)
  }

  /// The UTC instant of sim time zero, in `ScenarioLimits.epochYears`.
  func epoch(_ node: ScenarioNode) throws(ScenarioError) -> Int64 {
    guard let unix = SimCalendar.parseUTC(try node.string()) else {
      throw node.error(
        .invalidValue("epoch must be a UTC time like 2019-03-02T00:00:00Z, found \(node.found)"))
    }
    let years = ScenarioLimits.epochYears
    let year = SimCalendar.civilFromDays(SimCalendar.floorDiv(unix, 86_400)).year
    guard years.contains(year) else {
      throw node.error(
        .invalidValue(
          "epoch must be in the years \(years.lowerBound) to \(years.upperBound), found \(year)"))
    }
    return unix
  }

  // MARK: - Ids

  /// Records an id, refusing a second use.
  func unique(_ node: ScenarioNode, in seen: some Collection<String>) throws(ScenarioError)
    -> String
  {
    let id = try node.string()
    guard !id.isEmpty else { throw node.error(.invalidValue("id must not be empty")) }
    guard !seen.contains(id) else { throw node.error(.duplicateID(id)) }
    return id
  }

  func station(_ node: ScenarioNode) throws(ScenarioError) -> String {
    let id = try node.string()
    guard stations[id] != nil else {
      throw node.error(
        .unknownStation(id, suggestion: Suggestion.closest(to: id, in: stationOrder)))
    }
    return id
  }

  // MARK: - Cargo

  mutating func cargoCategories(_ node: ScenarioNode) throws(ScenarioError) -> [CargoCategory] {
    var result: [CargoCategory] = []
    for item in try node.list(atMost: ScenarioLimits.maxCargoCategories, of: "cargo categories") {
      let object = try item.object(allowed: [
        "id", "name", "gross_tonnes", "parcels_per_feu", "value_usd_per_feu",
      ])
      let id = try unique(try object.required("id"), in: categorySet)
      categories.append(id)
      categorySet.insert(id)
      // In range, so rounding to Int cannot trap.
      let parcels = try range(
        try object.required("parcels_per_feu"), in: ScenarioLimits.parcelsPerFEU)
      let parcelRange = Int(parcels.lowerBound.rounded())...Int(parcels.upperBound.rounded())
      result.append(
        CargoCategory(
          id: id, name: try object.required("name").string(),
          grossTonnes: try range(
            try object.required("gross_tonnes"), in: ScenarioLimits.grossTonnes),
          parcelsPerFEU: parcelRange,
          valuePerFEU: try range(
            try object.required("value_usd_per_feu"), in: ScenarioLimits.valuePerFEU)))
    }
    return result
  }

  /// `[min, max]`, both in `limits`, min ≤ max.
  func range(_ node: ScenarioNode, in limits: ValueRange) throws(ScenarioError)
    -> ClosedRange<Double>
  {
    let items = try node.list()
    guard items.count == 2 else {
      throw node.error(.wrongType(expected: "a [min, max] pair", found: "\(items.count) items"))
    }
    let low = try items[0].number(in: limits)
    let high = try items[1].number(in: limits)
    guard low <= high else {
      throw node.error(
        .invalidValue(
          "min \(ScenarioError.Problem.number(low)) is greater than max \(ScenarioError.Problem.number(high))"
        ))
    }
    return low...high
  }

  // MARK: - Network

  mutating func stationsSection(_ node: ScenarioNode) throws(ScenarioError) -> [Station] {
    var result: [Station] = []
    for item in try node.list(atMost: ScenarioLimits.maxStations, of: "stations") {
      let object = try item.object(allowed: [
        "id", "name", "native_name", "country", "lat", "lon", "kind", "dwell", "dwell_capacity",
        "customs", "gauge_change", "yard_capacity",
      ])
      let id = try unique(try object.required("id"), in: stations.keys)
      let kinds = StationKind.allCases.map { ($0.rawValue, $0) }
      let station = Station(
        id: id, name: try object.required("name").string(),
        nativeName: try object.optional("native_name")?.string(),
        country: try object.required("country").string(),
        latitude: try object.required("lat").number(in: ScenarioLimits.latitude),
        longitude: try object.required("lon").number(in: ScenarioLimits.longitude),
        kind: try object.required("kind").choice(kinds, what: "station kind"),
        dwell: try object.optional("dwell").map { n throws(ScenarioError) in try duration(n) },
        dwellCapacity: try object.optional("dwell_capacity")?.whole(
          in: ScenarioLimits.optionalCapacity) ?? 0,
        customs: try object.optional("customs").map { n throws(ScenarioError) in try customs(n) },
        gaugeChange: try object.optional("gauge_change").map { n throws(ScenarioError) in
          try gaugeChange(n)
        },
        yardCapacity: try object.optional("yard_capacity")?.whole(
          in: ScenarioLimits.optionalCapacity) ?? 0)
      stations[id] = station
      stationOrder.append(id)
      result.append(station)
    }
    return result
  }

  func customs(_ node: ScenarioNode) throws(ScenarioError) -> CustomsPoint {
    let object = try node.object(allowed: ["capacity", "clearance", "hold_probability", "hold"])
    return CustomsPoint(
      capacity: try object.required("capacity").whole(in: ScenarioLimits.serverCapacity),
      clearance: try duration(try object.required("clearance")),
      holdProbability: try object.required("hold_probability").fraction(),
      hold: try duration(try object.required("hold")))
  }

  func gaugeChange(_ node: ScenarioNode) throws(ScenarioError) -> GaugeChangeTerminal {
    let object = try node.object(allowed: [
      "capacity", "base_time", "per_container_seconds", "overflow_capacity",
      "overflow_when_queued",
    ])
    return GaugeChangeTerminal(
      capacity: try object.required("capacity").whole(in: ScenarioLimits.serverCapacity),
      baseTime: try duration(try object.required("base_time")),
      perContainerSeconds: Int64(
        try object.required("per_container_seconds").whole(
          in: ScenarioLimits.perContainerSeconds)),
      overflowCapacity: try object.optional("overflow_capacity")?.whole(
        in: ScenarioLimits.optionalCapacity) ?? 0,
      overflowWhenQueued: try object.optional("overflow_when_queued")?.whole(
        in: ScenarioLimits.overflowWhenQueued) ?? 1)
  }

  mutating func segmentsSection(_ node: ScenarioNode) throws(ScenarioError) -> [Segment] {
    var result: [Segment] = []
    for item in try node.list(atMost: ScenarioLimits.maxSegments, of: "segments") {
      let object = try item.object(allowed: [
        "from", "to", "km", "gauge", "speed_kmh", "headway_hours",
      ])
      let fromNode = try object.required("from")
      let from = try station(fromNode)
      let to = try station(try object.required("to"))
      let pair = StationPair(from, to)
      guard segmentIndex[pair] == nil else {
        throw item.error(.duplicateID("segment \(from)–\(to)"))
      }
      segmentIndex[pair] = result.count
      result.append(
        Segment(
          from: from, to: to,
          lengthKm: try object.required("km").number(in: ScenarioLimits.segmentKm),
          gauge: try gauge(try object.required("gauge")),
          speedKmh: try object.required("speed_kmh").number(in: ScenarioLimits.speedKmh),
          headwaySeconds: try object.optional("headway_hours")?.hours() ?? 0))
    }
    return result
  }

  func gauge(_ node: ScenarioNode) throws(ScenarioError) -> Gauge {
    let value = try node.int()
    guard let gauge = Gauge(rawValue: value) else {
      throw node.error(.invalidValue("gauge must be 1435 or 1520 (mm), found \(value)"))
    }
    return gauge
  }

  /// The segment joining two stations, in either direction.
  func segment(between a: String, and b: String) -> Segment? {
    segmentIndex[StationPair(a, b)].map { segments[$0] }
  }
}

/// Two station ids in either order: the key of the segment between them.
struct StationPair: Hashable {
  let first: String
  let second: String

  init(_ a: String, _ b: String) {
    (first, second) = a <= b ? (a, b) : (b, a)
  }
}
