/// The station and KPI parts of `snapshot()`: computed by the model, kept and reused by the
/// snapshot cache.
extension SnapshotCache {
  /// Queues and backlogs of the stations with resources. The rows (names fixed after init)
  /// are kept and only their numbers rewritten, in place once the caller has dropped the last
  /// snapshot: no array, no copied station, no string touched.
  mutating func stationRows(of model: CorridorModel) -> [StationSnapshot] {
    let listed =
      stationResources ?? model.stationsWithResources(mainRoute: mainRoute(of: model))
    var rows = stations
    stations = []  // so the rows below are patched in place
    if rows.count != listed.count { rows = model.unfilledStationRows(listed) }
    model.fillStationNumbers(&rows, listed)
    stationResources = listed
    stations = rows
    return rows
  }

  /// Station indices of the main route in westbound order (fixed after init, so kept).
  mutating func mainRoute(of model: CorridorModel) -> [Int] {
    if let mainRouteStations { return mainRouteStations }
    let order = model.mainRouteStations()
    mainRouteStations = order
    return order
  }

  /// The KPIs, recomputed only when an arrival, a border wait, a departure or a re-formed
  /// consist changed the tracker or the tally, or the day has changed since the last call:
  /// otherwise every figure is a function of the day alone, so the live screen's snapshots
  /// mostly reuse one value even at high speed (most events are other stops and steps).
  mutating func kpis(of model: CorridorModel) -> KPISnapshot {
    let key = KPICacheKey(
      tracker: model.kpis.revision, tally: model.inTransit.revision,
      backlogs: model.backlogs.revision, day: model.calendar.day(at: model.now))
    if kpisKey == key { return kpis }
    let value = model.kpiSnapshot(inTransit: model.inTransitKPIs(), mainRoute: mainRoute(of: model))
    kpis = value
    kpisKey = key
    return value
  }
}

extension CorridorModel {
  /// The station rows computed afresh: the reference the cached rows are tested against.
  func stationRows() -> [StationSnapshot] {
    let listed = stationsWithResources(mainRoute: mainRouteStations())
    var rows = unfilledStationRows(listed)
    fillStationNumbers(&rows, listed)
    return rows
  }

  /// Rows with the names of the listed stations and no numbers yet.
  func unfilledStationRows(_ listed: [(station: Int, resources: [Int])]) -> [StationSnapshot] {
    listed.map { i, _ in
      StationSnapshot(
        id: network.stations[i].id, name: network.stations[i].name,
        kind: network.stations[i].kind, queueLength: 0, inService: 0, capacity: 0,
        backlogFEU: 0, longestWaitSeconds: 0, closedUntil: nil,
        yardCapacity: yards.capacity[i])
    }
  }

  /// Writes each row's queue, service, capacity, backlog, longest wait and closure now.
  func fillStationNumbers(
    _ rows: inout [StationSnapshot], _ listed: [(station: Int, resources: [Int])]
  ) {
    let resources = resources
    let t = now.seconds
    for (row, (i, indices)) in listed.enumerated() {
      var queueLength = 0
      var inService = 0
      var capacity = 0
      var longest: Int64 = 0
      var closed: Int64?
      for r in indices {
        queueLength += resources[r].queue.count
        inService += resources[r].busy
        capacity += resources[r].currentCapacity
        if let first = resources[r].queue.first { longest = max(longest, t - first.since) }
        if let until = resources[r].blockedUntil, until > t { closed = max(closed ?? until, until) }
      }
      rows[row].queueLength = queueLength
      rows[row].inService = inService
      rows[row].capacity = capacity
      rows[row].backlogFEU = backlogs.feu(at: i)
      rows[row].oldestBacklogSince = backlogs.oldestSince(station: i).map { SimTime(seconds: $0) }
      rows[row].yardCapacity = yards.capacity[i]
      rows[row].yardTrains = yards.occupancy(of: i)
      rows[row].heldBack = yards.waitingCount(for: i)
      rows[row].longestWaitSeconds = longest
      rows[row].closedUntil = closed.map { SimTime(seconds: $0) }
    }
  }

  /// Stations with at least one resource of non-zero capacity or a yard: main route westbound
  /// first, then the others by index. Fixed after init.
  func stationsWithResources(mainRoute main: [Int]) -> [(station: Int, resources: [Int])] {
    let onMain = Set(main)
    let order = main + network.stations.indices.filter { !onMain.contains($0) }
    return order.compactMap { i in
      let station = stationResources[i]
      let indices = [station.customs, station.gaugeChange, station.crew, station.unloading]
        .filter { $0 >= 0 && resources[$0].capacity > 0 }
      return indices.isEmpty && !yards.isLimited(i) ? nil : (i, indices)
    }
  }

  /// Station indices of the main route in westbound order.
  func mainRouteStations() -> [Int] {
    network.corridor.stops.compactMap { network.stationIndex[$0.id] }
  }

  /// In-transit figures from the tally the event handlers keep.
  func inTransitKPIs() -> InTransitKPIs {
    var categories: [CategoryTEU] = []
    for (i, teu) in inTransit.teuByCategory.enumerated() where teu > 0 {
      let category = scenario.cargoCategories[i]
      categories.append(CategoryTEU(category: category.id, name: category.name, teu: teu))
    }
    return InTransitKPIs(
      trains: inTransit.trains, west: inTransit.teuWestbound, east: inTransit.teuEastbound,
      byCategory: categories.sorted(by: InTransitKPIs.largestFirst))
  }

  /// In-transit figures by scanning every live train: the reference `inTransitKPIs()` is
  /// tested against (used when `bypassesSnapshotCaches` is set).
  func scannedInTransitKPIs() -> InTransitKPIs {
    var count = 0
    var west = 0
    var east = 0
    var byCategory: [String: Int] = [:]
    for slot in roster.liveSlots where roster[slot].isInTransit {
      count += 1
      let teu = roster[slot].consist.feu * 2
      if roster[slot].direction == .westbound { west += teu } else { east += teu }
      for category in roster[slot].consist.byCategory {
        byCategory[category.category, default: 0] += 2 * category.containers
      }
    }
    let categories = byCategory.map { id, teu in
      CategoryTEU(
        category: id,
        name: categoryIndex[id].map { scenario.cargoCategories[Int($0)].name } ?? id, teu: teu)
    }
    return InTransitKPIs(
      trains: count, west: west, east: east,
      byCategory: categories.sorted(by: InTransitKPIs.largestFirst))
  }

  /// The KPIs with these in-transit figures; `mainRoute` orders the border and terminal lists.
  func kpiSnapshot(inTransit: InTransitKPIs, mainRoute: [Int]) -> KPISnapshot {
    let today = calendar.day(at: now)
    let perDay = kpis.deliveredPerDay(today: today)
    let total = zip(perDay.west, perDay.east).map { $0 + $1 }
    // Hand-offs of the same 30 corridor days as `perDay`.
    let punctuality = kpis.punctuality(fromDay: today - Int64(KPITracker.windowDays) + 1)
    return KPISnapshot(
      trainsInTransit: inTransit.trains, teuInTransit: inTransit.west + inTransit.east,
      teuInTransitWestbound: inTransit.west, teuInTransitEastbound: inTransit.east,
      teuInTransitByCategory: inTransit.byCategory,
      teuDeliveredToday: total.last ?? 0, teuDeliveredThisWeek: total.suffix(7).reduce(0, +),
      teuDeliveredTotal: kpis.teuDeliveredTotal, trainsArrivedTotal: kpis.trainsDeliveredTotal,
      teuDeliveredPerDay: total, teuDeliveredPerDayWestbound: perDay.west,
      teuDeliveredPerDayEastbound: perDay.east, meanTransitDays: punctuality.meanTransitDays,
      onTimePercent: punctuality.onTimePercent, delayByBorder: borderDelays(mainRoute: mainRoute),
      backlogs: terminalBacklogs(mainRoute: mainRoute))
  }

  /// Every gauge-change terminal's backlog, main route first.
  private func terminalBacklogs(mainRoute main: [Int]) -> [TerminalBacklog] {
    // Off the line is "no corridor km" (one look-up), not a search of the line: a search per
    // station grew with the square of the stations (docs/PERFORMANCE.md, "Issue 11").
    let order =
      main
      + network.stations.indices.filter {
        stationResources[$0].gaugeChange >= 0 && network.corridorKm[$0] == nil
      }
    return order.compactMap { i in
      guard stationResources[i].gaugeChange >= 0 else { return nil }
      let station = network.stations[i]
      return TerminalBacklog(
        station: station.id, name: station.name, feu: backlogs.feu(at: i),
        oldestSince: backlogs.oldestSince(station: i).map { SimTime(seconds: $0) })
    }
  }

  private func borderDelays(mainRoute main: [Int]) -> [BorderDelay] {
    // The line's own km table says which stations are on it, with no set built per refresh.
    let order = main + kpis.stationsWithWaits.filter { network.corridorKm[$0] == nil }
    return order.compactMap { i in
      guard let entry = kpis.borderWait(at: i) else { return nil }
      let station = network.stations[i]
      return BorderDelay(
        station: station.id, name: station.name,
        meanWaitHours: Double(entry.seconds) / Double(entry.trains) / 3_600, trains: entry.trains)
    }
  }
}

/// Trains and TEU between departure and arrival, as the KPI snapshot shows them.
struct InTransitKPIs: Equatable {
  var trains: Int
  var west: Int
  var east: Int
  /// Largest first, ties by category id.
  var byCategory: [CategoryTEU]

  static func largestFirst(_ a: CategoryTEU, _ b: CategoryTEU) -> Bool {
    a.teu != b.teu ? a.teu > b.teu : a.category < b.category
  }
}
