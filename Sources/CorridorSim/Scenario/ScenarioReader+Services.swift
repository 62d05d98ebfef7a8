/// Routes, services, disruptions and unloading: the parts that refer back to the network and
/// cargo read first (durations are in `ScenarioReader+Durations.swift`).
extension ScenarioReader {
  mutating func routesSection(_ node: ScenarioNode) throws(ScenarioError) -> [Route] {
    var result: [Route] = []
    for item in try node.list(atMost: ScenarioLimits.maxRoutes, of: "routes") {
      let object = try item.object(allowed: ["id", "name", "stations"])
      let id = try unique(try object.required("id"), in: routes.keys)
      let stationsNode = try object.required("stations")
      let stationNodes = try stationsNode.list(
        atMost: ScenarioLimits.maxRouteStations, of: "stations on a route")
      guard !stationNodes.isEmpty else { throw stationsNode.error(.emptyRoute) }
      guard stationNodes.count >= 2 else {
        throw stationsNode.error(.invalidValue("route has one station (it needs at least two)"))
      }
      var ids: [String] = []
      var previousGauge: Gauge?
      for (index, stationNode) in stationNodes.enumerated() {
        let current = try station(stationNode)
        if let previous = ids.last {
          guard let link = segment(between: previous, and: current) else {
            throw stationNode.error(.missingSegment(from: previous, to: current))
          }
          if let previousGauge, previousGauge != link.gauge,
            stations[previous]?.gaugeChange == nil
          {
            throw stationNodes[index - 1].error(
              .missingGaugeChange(
                station: previous, from: previousGauge.rawValue, to: link.gauge.rawValue))
          }
          previousGauge = link.gauge
        }
        ids.append(current)
      }
      let route = Route(id: id, name: try object.required("name").string(), stations: ids)
      routes[id] = route
      result.append(route)
    }
    return result
  }

  func servicesSection(_ node: ScenarioNode) throws(ScenarioError) -> [Service] {
    var result: [Service] = []
    var ids: Set<String> = []
    var departuresPerWeek = 0
    for item in try node.list(atMost: ScenarioLimits.maxServices, of: "services") {
      let service = try service(item, seen: ids)
      departuresPerWeek += service.departures.count
      // Each service's list is checked on its own first, so the sum cannot overflow.
      guard departuresPerWeek <= ScenarioLimits.maxDeparturesPerWeek else {
        throw item.error(
          .tooMany("departures a week in all services", limit: ScenarioLimits.maxDeparturesPerWeek))
      }
      ids.insert(service.id)
      result.append(service)
    }
    return result
  }

  private func service(_ item: ScenarioNode, seen: Set<String>) throws(ScenarioError) -> Service {
    let object = try item.object(allowed: [
      "id", "name", "train_prefix", "route", "direction", "from", "to", "utc_offset_hours",
      "departures", "train_limit_feu", "section_limits_feu", "load_factor", "cargo_mix",
      "planned_transit_hours", "on_time_tolerance_hours",
    ])
    let id = try unique(try object.required("id"), in: seen)
    let routeNode = try object.required("route")
    let routeID = try routeNode.string()
    guard let route = routes[routeID] else {
      throw routeNode.error(
        .unknownRoute(
          routeID, suggestion: Suggestion.closest(to: routeID, in: Array(routes.keys).sorted())))
    }
    let from = try object.optional("from").map { n throws(ScenarioError) in
      try stationOnRoute(n, route)
    }
    let to = try object.optional("to").map { n throws(ScenarioError) in try stationOnRoute(n, route)
    }
    let offsetHours = try object.required("utc_offset_hours").number(
      in: ScenarioLimits.utcOffsetHours)
    let direction = try object.required("direction").choice(
      Direction.allCases.map { ($0.rawValue, $0) }, what: "direction")
    let sections = try object.optional("section_limits_feu").map { n throws(ScenarioError) in
      try sectionLimits(n, service: id, path: path(of: route, from: from, to: to, direction))
    }
    return Service(
      id: id, name: try object.required("name").string(),
      trainPrefix: try object.required("train_prefix").string(), route: routeID,
      direction: direction, fromStation: from, toStation: to,
      utcOffsetSeconds: Int64((offsetHours * 3_600).rounded()),
      departures: try departures(try object.required("departures")),
      trainLimitFEU: try trainLimits(try object.required("train_limit_feu"), route: route),
      sectionLimitsFEU: sections ?? [],
      loadFactor: try object.required("load_factor").fraction(),
      cargoMix: try cargoMix(try object.required("cargo_mix")),
      plannedTransitSeconds: try object.optional("planned_transit_hours")?.hours(
        in: ScenarioLimits.plannedTransitHours) ?? 0,
      onTimeToleranceSeconds: try object.required("on_time_tolerance_hours").hours())
  }

  private func stationOnRoute(_ node: ScenarioNode, _ route: Route) throws(ScenarioError) -> String
  {
    let id = try station(node)
    guard route.stations.contains(id) else {
      throw node.error(.invalidValue("station '\(id)' is not on route '\(route.id)'"))
    }
    return id
  }

  private func departures(_ node: ScenarioNode) throws(ScenarioError) -> [WeeklyDeparture] {
    let items = try node.list(
      atMost: ScenarioLimits.maxDeparturesPerWeek, of: "departures a week in all services")
    guard !items.isEmpty else { throw node.error(.emptyDepartures) }
    var result: [WeeklyDeparture] = []
    for item in items {
      let object = try item.object(allowed: ["weekday", "time"])
      let weekdayNode = try object.required("weekday")
      let weekday = try weekdayNode.int()
      guard (1...7).contains(weekday) else { throw weekdayNode.error(.weekdayOutOfRange(weekday)) }
      let timeNode = try object.required("time")
      let parts = try timeNode.string().split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
        let hour = Int64(parts[0]), let minute = Int64(parts[1]),
        (0...23).contains(hour), (0...59).contains(minute)
      else {
        throw timeNode.error(.invalidValue("time must be HH:MM (local), found \(timeNode.found)"))
      }
      result.append(WeeklyDeparture(weekday: weekday, secondsOfDay: hour * 3_600 + minute * 60))
    }
    return result
  }

  /// FEU limit per gauge; every gauge the route runs on needs one.
  private func trainLimits(_ node: ScenarioNode, route: Route) throws(ScenarioError) -> [Gauge: Int]
  {
    var result: [Gauge: Int] = [:]
    for (key, value) in try node.pairs() {
      guard let gaugeValue = Int(key), let gauge = Gauge(rawValue: gaugeValue) else {
        throw value.error(.invalidValue("gauge must be 1435 or 1520 (mm), found '\(key)'"))
      }
      result[gauge] = try value.whole(in: ScenarioLimits.trainLimitFEU)
    }
    let used = zip(route.stations, route.stations.dropFirst()).compactMap { pair in
      segment(between: pair.0, and: pair.1)?.gauge
    }
    if let missing = used.first(where: { result[$0] == nil }) {
      throw node.error(
        .invalidValue("no train limit for gauge \(missing.rawValue) used by route '\(route.id)'"))
    }
    return result
  }

  /// The stations a service runs through, in travel order (the route reversed eastbound).
  private func path(of route: Route, from: String?, to: String?, _ direction: Direction)
    -> [String]
  {
    let stations = direction == .eastbound ? Array(route.stations.reversed()) : route.stations
    var first = from.flatMap { stations.firstIndex(of: $0) } ?? 0
    var last = to.flatMap { stations.firstIndex(of: $0) } ?? stations.count - 1
    if first > last { swap(&first, &last) }
    return Array(stations[first...last])
  }

  /// One FEU limit per gauge section of the service's path, in travel order; sections split
  /// where consecutive segments differ in gauge (at the gauge-change terminals).
  private func sectionLimits(_ node: ScenarioNode, service: String, path: [String])
    throws(ScenarioError) -> [Int]
  {
    var limits: [Int] = []
    for item in try node.list() {
      limits.append(try item.whole(in: ScenarioLimits.trainLimitFEU))
    }
    var gauges: [Gauge] = []
    for (a, b) in zip(path, path.dropFirst()) {
      if let gauge = segment(between: a, and: b)?.gauge, gauge != gauges.last {
        gauges.append(gauge)
      }
    }
    guard limits.count == gauges.count else {
      let sections = gauges.map { String($0.rawValue) }.joined(separator: ", ")
      throw node.error(
        .invalidValue(
          "service '\(service)' runs \(gauges.count) gauge section(s) (\(sections) mm), "
            + "so it needs \(gauges.count) limit(s), found \(limits.count)"))
    }
    return limits
  }

  private func cargoMix(_ node: ScenarioNode) throws(ScenarioError) -> [CargoShare] {
    let pairs = try node.pairs()
    guard !pairs.isEmpty else { throw node.error(.invalidValue("cargo mix is empty")) }
    var result: [CargoShare] = []
    for (key, value) in pairs {
      guard categorySet.contains(key) else {
        throw value.error(
          .unknownCargoCategory(
            key, suggestion: Suggestion.closest(to: key, in: categories)))
      }
      result.append(
        CargoShare(category: key, weight: try value.number(in: ScenarioLimits.cargoWeight)))
    }
    return result
  }

  func disruptionsSection(_ node: ScenarioNode) throws(ScenarioError) -> [DisruptionRate] {
    var result: [DisruptionRate] = []
    for item in try node.list(atMost: ScenarioLimits.maxDisruptions, of: "disruptions") {
      let object = try item.object(allowed: [
        "kind", "station", "gauge", "months", "per_year", "duration", "speed_factor",
      ])
      let kind = try object.required("kind").choice(
        DisruptionRate.Kind.allCases.map { ($0.rawValue, $0) }, what: "disruption kind")
      let stationID = try object.optional("station").map { n throws(ScenarioError) in
        try station(n)
      }
      let affected = try object.optional("gauge").map { n throws(ScenarioError) in try gauge(n) }
      if kind == .winterSlowdown, affected == nil { throw item.error(.missingKey("gauge")) }
      if kind != .winterSlowdown, stationID == nil { throw item.error(.missingKey("station")) }
      var months: [Int] = []
      for monthNode in try object.optional("months")?.list() ?? [] {
        let month = try monthNode.int()
        guard (1...12).contains(month) else {
          throw monthNode.error(.invalidValue("month must be 1 to 12, found \(month)"))
        }
        // Each month once, so the list has at most twelve.
        guard !months.contains(month) else {
          throw monthNode.error(.invalidValue("month \(month) is listed twice"))
        }
        months.append(month)
      }
      result.append(
        DisruptionRate(
          kind: kind, station: stationID, gauge: affected, months: months,
          perYear: try object.optional("per_year")?.number(
            in: ScenarioLimits.disruptionsPerYear) ?? 0,
          duration: try object.optional("duration").map { n throws(ScenarioError) in
            try duration(n)
          } ?? .fixed(0),
          speedFactor: try object.optional("speed_factor")?.number(
            in: ScenarioLimits.speedFactor) ?? 1))
    }
    return result
  }

  func unloading(_ node: ScenarioNode) throws(ScenarioError) -> Unloading {
    let object = try node.object(allowed: [
      "capacity", "base_time", "per_container_seconds", "hand_off_to",
    ])
    return Unloading(
      capacity: try object.required("capacity").whole(in: ScenarioLimits.serverCapacity),
      baseTime: try duration(try object.required("base_time")),
      perContainerSeconds: Int64(
        try object.required("per_container_seconds").whole(
          in: ScenarioLimits.perContainerSeconds)),
      handOffTo: try object.required("hand_off_to").string())
  }
}
