import SafeText

/// Writes a `Scenario` back out in the scenario file format (docs/SCENARIO-FORMAT.md).
///
/// Hand-written rather than emitted by a YAML library so the output is stable, commented and laid out the
/// way a person edits it: one station, segment or departure per line. Loading the text with
/// `ScenarioLoader` gives back an equal `Scenario` (tested).
public enum ScenarioEncoder {
  /// The scenario as YAML text, starting with a comment header.
  ///
  /// Every string is a double-quoted scalar with its unsafe scalars escaped (`QuotedString`),
  /// and the name in the header comment is escaped for the terminal: no character of a name
  /// can end the comment (CR, LF, NEL, U+2028 are escaped), reach the terminal raw or keep
  /// the text from loading back.
  public static func yaml(for scenario: Scenario) -> String {
    var out = """
      # railtop scenario '\(scenario.name.terminalSafe())'.
      # Format: docs/SCENARIO-FORMAT.md. Units: durations in hours, lengths in km, speeds in
      # km/h, train limits in FEU (40 ft containers), money in US$. Sources are cited as [Sxx]
      # from the corridor fact sheet; values marked (est.) there are estimates.
      # Start your own scenario from `railtop simulate --print-scenario`.

      name: \(text(scenario.name))
      title: \(text(scenario.title))
      summary: \(text(scenario.summary))
      epoch: \(SimCalendar.formatUTC(unix: scenario.epochUnix))
      default_seed: \(scenario.defaultSeed)
      corridor_utc_offset_hours: \(scenario.corridorUTCOffsetSeconds / 3_600)

      """
    out += "\ncargo_categories:\n"
    for category in scenario.cargoCategories {
      out += "  - {id: \(text(category.id)), name: \(text(category.name)), "
      out += "gross_tonnes: \(pair(category.grossTonnes)), "
      out +=
        "parcels_per_feu: [\(category.parcelsPerFEU.lowerBound), \(category.parcelsPerFEU.upperBound)], "
      out += "value_usd_per_feu: \(pair(category.valuePerFEU))}\n"
    }
    out += "\nstations:\n"
    for station in scenario.stations { out += stationYAML(station) }
    out += "\nsegments:\n"
    for segment in scenario.segments {
      out +=
        "  - {from: \(text(segment.from)), to: \(text(segment.to)), km: \(number(segment.lengthKm)), "
      out += "gauge: \(segment.gauge.rawValue), speed_kmh: \(number(segment.speedKmh)), "
      out += "headway_hours: \(hours(segment.headwaySeconds))}\n"
    }
    out += "\nroutes:\n"
    for route in scenario.routes {
      out += "  - id: \(text(route.id))\n    name: \(text(route.name))\n"
      out += "    stations: [\(route.stations.map(text).joined(separator: ", "))]\n"
    }
    out += "\nservices:\n"
    for service in scenario.services { out += serviceYAML(service) }
    out += "\ndisruptions:"
    out += scenario.disruptions.isEmpty ? " []\n" : "\n"
    for disruption in scenario.disruptions { out += disruptionYAML(disruption) }
    let unloading = scenario.unloading
    out += "\nunloading:\n  capacity: \(unloading.capacity)\n"
    out += "  base_time: \(duration(unloading.baseTime))\n"
    out += "  per_container_seconds: \(unloading.perContainerSeconds)\n"
    out += "  hand_off_to: \(text(unloading.handOffTo))\n"
    return out
  }

  private static func stationYAML(_ station: Station) -> String {
    var out = "  - id: \(text(station.id))\n    name: \(text(station.name))\n"
    if let native = station.nativeName { out += "    native_name: \(text(native))\n" }
    out += "    country: \(text(station.country))\n"
    out += "    lat: \(number(station.latitude))\n    lon: \(number(station.longitude))\n"
    out += "    kind: \(station.kind.rawValue)\n"
    if let dwell = station.dwell { out += "    dwell: \(duration(dwell))\n" }
    if station.dwellCapacity != 0 { out += "    dwell_capacity: \(station.dwellCapacity)\n" }
    if station.yardCapacity != 0 { out += "    yard_capacity: \(station.yardCapacity)\n" }
    if let customs = station.customs {
      out +=
        "    customs: {capacity: \(customs.capacity), clearance: \(duration(customs.clearance)), "
      out +=
        "hold_probability: \(number(customs.holdProbability)), hold: \(duration(customs.hold))}\n"
    }
    if let terminal = station.gaugeChange {
      out +=
        "    gauge_change: {capacity: \(terminal.capacity), base_time: \(duration(terminal.baseTime)), "
      out += "per_container_seconds: \(terminal.perContainerSeconds)"
      if terminal.overflowCapacity > 0 {
        out += ", overflow_capacity: \(terminal.overflowCapacity)"
        out += ", overflow_when_queued: \(terminal.overflowWhenQueued)"
      }
      out += "}\n"
    }
    return out
  }

  private static func serviceYAML(_ service: Service) -> String {
    var out = "  - id: \(text(service.id))\n    name: \(text(service.name))\n"
    out += "    train_prefix: \(text(service.trainPrefix))\n    route: \(text(service.route))\n"
    out += "    direction: \(service.direction.rawValue)\n"
    if let from = service.fromStation { out += "    from: \(text(from))\n" }
    if let to = service.toStation { out += "    to: \(text(to))\n" }
    out += "    utc_offset_hours: \(hours(service.utcOffsetSeconds))\n"
    out += "    departures:\n"
    for departure in service.departures {
      let hour = departure.secondsOfDay / 3_600
      let minute = departure.secondsOfDay % 3_600 / 60
      out +=
        "      - {weekday: \(departure.weekday), time: \"\(CivilDateTime.pad(hour)):\(CivilDateTime.pad(minute))\"}\n"
    }
    let limits = service.trainLimitFEU.sorted { $0.key.rawValue < $1.key.rawValue }
      .map { "\($0.key.rawValue): \($0.value)" }
    out += "    train_limit_feu: {\(limits.joined(separator: ", "))}\n"
    if !service.sectionLimitsFEU.isEmpty {
      let sections = service.sectionLimitsFEU.map(String.init).joined(separator: ", ")
      out += "    section_limits_feu: [\(sections)]\n"
    }
    out += "    load_factor: \(number(service.loadFactor))\n"
    let mix = service.cargoMix.map { "\(text($0.category)): \(number($0.weight))" }
    out += "    cargo_mix: {\(mix.joined(separator: ", "))}\n"
    if service.plannedTransitSeconds > 0 {
      out += "    planned_transit_hours: \(hours(service.plannedTransitSeconds))\n"
    }
    out += "    on_time_tolerance_hours: \(hours(service.onTimeToleranceSeconds))\n"
    return out
  }

  private static func disruptionYAML(_ disruption: DisruptionRate) -> String {
    var fields = ["kind: \(disruption.kind.rawValue)"]
    if let station = disruption.station { fields.append("station: \(text(station))") }
    if let gauge = disruption.gauge { fields.append("gauge: \(gauge.rawValue)") }
    if !disruption.months.isEmpty {
      fields.append("months: [\(disruption.months.map(String.init).joined(separator: ", "))]")
    }
    fields.append("per_year: \(number(disruption.perYear))")
    fields.append("duration: \(duration(disruption.duration))")
    fields.append("speed_factor: \(number(disruption.speedFactor))")
    return "  - {\(fields.joined(separator: ", "))}\n"
  }

  /// Hours for a whole number of seconds; exact enough that reading it back rounds to the
  /// same seconds.
  static func hours(_ seconds: Int64) -> String { number(Double(seconds) / 3_600) }

  static func duration(_ distribution: DurationDistribution) -> String {
    switch distribution {
    case .fixed(let s): hours(s)
    case .uniform(let low, let high): "{uniform: {min: \(hours(low)), max: \(hours(high))}}"
    case .triangular(let low, let mode, let high):
      "{triangular: {min: \(hours(low)), mode: \(hours(mode)), max: \(hours(high))}}"
    case .lognormal(let median, let sigma):
      "{lognormal: {median: \(hours(median)), sigma: \(number(sigma))}}"
    }
  }

  static func number(_ value: Double) -> String { ScenarioError.Problem.number(value) }

  private static func pair(_ range: ClosedRange<Double>) -> String {
    "[\(number(range.lowerBound)), \(number(range.upperBound))]"
  }

  /// A string as a YAML double-quoted scalar unless it is a plain, unambiguous word.
  static func text(_ value: String) -> String {
    let plain = value.unicodeScalars.allSatisfy { scalar in
      (scalar.value >= 0x61 && scalar.value <= 0x7A)
        || (scalar.value >= 0x30 && scalar.value <= 0x39)
        || scalar == "_" || scalar == "-"
    }
    let reserved = ["", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"]
    if plain, !reserved.contains(value), Double(value) == nil, value.first != "-" { return value }
    return QuotedString.quoted(value, dialect: .yaml)
  }
}
