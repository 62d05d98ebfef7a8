/// A stress scenario at the scale of the whole China–Europe network.
extension Scenario {
  /// The 2024 China–Europe Railway Express at full scale on the built-in network: 19,392
  /// trains (10,546 out, 8,846 in) and 2,077,216 TEU in the year [S48] ⇒ ≈ 29 westbound and
  /// 24 eastbound departures a day of ≈ 54 FEU.
  ///
  /// All traffic is folded onto the one western-corridor network (in reality it is spread over
  /// Alashankou, Khorgos, Erenhot and Manzhouli), so border resources get capacities scaled to
  /// carry it (est.) and trains are up to 55–57 FEU (facts §2.2). `trainsPerYear` scales the
  /// timetable, e.g. for a heavier-than-real load test, and every capacity with it: border
  /// and terminal servers, yards and the paths on each track (the headway), so a heavier
  /// corridor flows like the 2024 one instead of jamming.
  public static func stress(trainsPerYear: Int = 19_392) -> Scenario {
    let base = zhengzhouLiege
    let scale = Double(max(1, trainsPerYear)) / 19_392
    let westPerDay = max(1, Int((Double(10_546) / 365 * scale).rounded()))
    let eastPerDay = max(1, Int((Double(8_846) / 365 * scale).rounded()))
    // ≈ 53 trains/day against ≈ 6/day in the default scenario, bigger trains ⇒ ×10 (est.).
    let capacityScale = max(1, Int((10 * scale).rounded()))
    let stations = base.stations.map { station -> Station in
      var scaled = station
      scaled.customs?.capacity *= capacityScale
      scaled.gaugeChange?.capacity *= capacityScale
      scaled.gaugeChange?.overflowCapacity *= capacityScale
      scaled.dwellCapacity *= capacityScale  // 0 (unlimited) stays unlimited
      scaled.yardCapacity *= capacityScale
      return scaled
    }
    // 53 trains/day each way need paths every ≤ 27 min; the real network has several lines:
    // a 10-minute headway at the 2024 scale. A heavier timetable gets proportionally more
    // lines, like every other capacity (D48), so it measures a corridor that flows, not
    // one queue of trains waiting for paths at their origins.
    let headway = Int64(10 * 60 * 10 / capacityScale)
    let segments = base.segments.map { segment -> Segment in
      var scaled = segment
      scaled.headwaySeconds = min(segment.headwaySeconds, headway)
      return scaled
    }
    let lanes: [(route: String, from: String?, to: String?)] = [
      ("zhengzhou-liege", nil, nil), ("zhengzhou-hamburg", nil, nil),
      ("zhengzhou-hamburg", "xian", nil), ("zhengzhou-liege", "lanzhou", "liege"),
      ("zhengzhou-hamburg", "urumqi", nil), ("zhengzhou-liege", "xian", nil),
    ]
    var services: [Service] = []
    for (direction, perDay) in [(Direction.westbound, westPerDay), (.eastbound, eastPerDay)] {
      for (lane, path) in lanes.enumerated() {
        let hours = stride(from: lane, to: perDay, by: lanes.count).map {
          Int64($0) * 86_400 / Int64(perDay)
        }
        guard !hours.isEmpty else { continue }
        let west = direction == .westbound
        services.append(
          Service(
            id: "stress-\(west ? "w" : "e")\(lane + 1)", name: "CRE lane \(lane + 1)",
            trainPrefix: "\(west ? "W" : "E")\(lane + 1)", route: path.route, direction: direction,
            fromStation: west ? path.from : path.to, toStation: west ? path.to : path.from,
            utcOffsetSeconds: west ? chinaStandardTime : centralEuropeanTime,
            departures: (1...7).flatMap { day in
              hours.map { WeeklyDeparture(weekday: day, secondsOfDay: $0) }
            },
            trainLimitFEU: [.standard: 55, .broad: 57], loadFactor: 1,
            cargoMix: west ? BuiltInCargo.creWestbound : BuiltInCargo.creEastbound,
            plannedTransitSeconds: 16 * 86_400, onTimeToleranceSeconds: 2 * 86_400))
      }
    }
    var unloading = base.unloading
    unloading.capacity *= capacityScale
    return Scenario(
      name: "stress-2024", title: "China–Europe network, 2024 scale (stress)",
      summary: "All 2024 CRE traffic (19,392 trains, 2.08 M TEU [S48]) on the built-in network.",
      epochUnix: 1_704_067_200, defaultSeed: 1, stations: stations, segments: segments,
      routes: base.routes, services: services, cargoCategories: base.cargoCategories,
      disruptions: base.disruptions, unloading: unloading)
  }
}
