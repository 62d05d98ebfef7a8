/// Every text the trade-mission screen (`railtop --kiosk`) shows, by key, with its English
/// wording built in. Other languages are data merged over English (`Translations`); a key a
/// language does not give falls back to English.
///
/// Facts in captions are the sources' (`docs/MODEL.md`, `../shared/corridor/facts.md`): the
/// first Cainiao train left Zhengzhou Putian on 2 March 2019 [S01][S02]; Cainiao's eHub at
/// Liège Airport opened on 8 November 2021 [S95][S97] and trucks parcels to 20–28 countries
/// [S01][S89]; eastbound, the first train carried steel mechanical products, and the return leg
/// was to carry cosmetics, wine and beer [S06][S07]. The twinning: Wallonia and Henan have been
/// twinned since 1988, and the Liège–Zhengzhou rail link was inaugurated on 24 October 2018,
/// during the delegation's visit for its 30th anniversary (Wallonia's own news,
/// wallonia.be/en/news/inauguration-of-zhengzhou-liege-freight-railway-line, 7 Nov 2018;
/// Xinhua, 24 Oct 2018; CCI Mag, ccimag.be, 24 Oct 2018), not in facts.md (docs/KIOSK-TEXT.md).
public enum Caption: String, CaseIterable, Sendable, Hashable {
  // View titles
  case viewMap = "view.map"
  case viewTrains = "view.trains"
  case viewCargo = "view.cargo"
  case viewJourney = "view.journey"
  // The corridor's story, one caption a view, rotating with the views
  case storyFirstTrain = "story.first_train"
  case storyTwinning = "story.twinning"
  case storyEHub = "story.ehub"
  case storyWestbound = "story.westbound"
  case storyEastbound = "story.eastbound"
  case storyGauges = "story.gauges"
  // Big KPIs
  case kpiTrainsInTransit = "kpi.trains_in_transit"
  case kpiTEUThisWeek = "kpi.teu_this_week"
  case kpiMeanTransitDays = "kpi.mean_transit_days"
  // Clocks
  case clockChina = "clock.china"
  case clockLiege = "clock.liege"
  // A parcel's journey
  case journeyFollowing = "journey.following"
  case journeyBorder = "journey.border"
  case journeyGaugeChange = "journey.gauge_change"
  case journeyNext = "journey.next"
  // Chrome
  case simulated = "chrome.simulated"
  case locked = "chrome.locked"
  /// The corridor day in the header; `{day}` is the number.
  case corridorDay = "chrome.day"
  // The map view's pane title and its regions
  case mapTitle = "map.title"
  case mapRegionCorridor = "map.region.corridor"
  case mapRegionChina = "map.region.china"
  case mapRegionEurope = "map.region.europe"
  // The trains view's table: its name, what it lists, its columns
  case trainsTitle = "trains.title"
  case trainsInTransit = "trains.in_transit"
  case trainsLoading = "trains.loading"
  case trainsArrived = "trains.arrived"
  /// Between the counts of what is listed (`, `; Chinese `，`).
  case trainsSeparator = "trains.separator"
  case columnID = "trains.column.id"
  case columnDirection = "trains.column.direction"
  case columnStatus = "trains.column.status"
  case columnLocation = "trains.column.location"
  case columnProgress = "trains.column.progress"
  case columnETA = "trains.column.eta"
  case columnDelay = "trains.column.delay"
  case columnLoad = "trains.column.load"
  case columnCargo = "trains.column.cargo"
  case columnService = "trains.column.service"
  /// A direction's letter before its arrow (`W▶`, `E◀`).
  case directionWest = "direction.west"
  case directionEast = "direction.east"
  // A train's status, in the trains and journey views
  case statusLoading = "status.loading"
  case statusRunning = "status.running"
  case statusDwelling = "status.dwelling"
  case statusWaitingForPath = "status.waiting_for_path"
  case statusAtCustoms = "status.at_customs"
  case statusQueuedForGaugeChange = "status.queued_for_gauge_change"
  case statusTransshipping = "status.transshipping"
  case statusHeld = "status.held"
  case statusUnloading = "status.unloading"
  case statusArrived = "status.arrived"
  // The cargo view
  case cargoTitle = "cargo.title"
  case cargoPerDay = "cargo.per_day"
  case cargoWest = "cargo.west"
  case cargoEast = "cargo.east"
  case cargoDaysAgo = "cargo.days_ago"
  case cargoToday = "cargo.today"
  case cargoByDirection = "cargo.by_direction"
  case cargoByCategory = "cargo.by_category"
  case cargoOneOther = "cargo.one_other"
  case cargoOthers = "cargo.others"
  /// The twenty-foot unit, in the cargo and journey views.
  case unitTEU = "unit.teu"
  /// The clock the journey's times are in; `{zone}` is its name (`UTC+1`).
  case journeyTimes = "journey.times"

  /// The English wording: the built-in language every other one falls back to.
  public var english: String {
    switch self {
    case .viewMap: "The Zhengzhou–Liège rail corridor"
    case .viewTrains: "Trains on the corridor now"
    case .viewCargo: "What the trains carry"
    case .viewJourney: "A parcel's journey"
    case .storyFirstTrain:
      "The first Cainiao e-commerce train left Zhengzhou Putian for Liège on 2 March 2019."
    case .storyTwinning:
      "The route was launched for the 30th anniversary of the twinning of Henan and Wallonia."
    case .storyEHub:
      "At Liège Airport, Cainiao's eHub sorts the parcels for trucks to 20–28 European countries."
    case .storyWestbound:
      "Westbound: cross-border e-commerce parcels, clothing, electronics and household goods."
    case .storyEastbound:
      "Eastbound: European exports — steel and machinery, cosmetics, wine and beer."
    case .storyGauges:
      "Two gauge changes: at Dostyk onto the 1520 mm track, at Małaszewicze back to 1435 mm."
    case .kpiTrainsInTransit: "trains in transit"
    case .kpiTEUThisWeek: "TEU delivered this week"
    case .kpiMeanTransitDays: "days, mean transit"
    case .clockChina: "Zhengzhou"
    case .clockLiege: "Liège"
    case .journeyFollowing: "Following train"
    case .journeyBorder: "border"
    case .journeyGaugeChange: "gauge change"
    case .journeyNext: "next"
    case .simulated: "SIMULATED"
    case .locked: "Trade-mission screen"
    case .corridorDay: "day {day}"
    // The dashboard's own words, which it draws through these captions in English.
    case .mapTitle: Pane.map.title
    case .mapRegionCorridor: MapRegion.corridor.label
    case .mapRegionChina: MapRegion.china.label
    case .mapRegionEurope: MapRegion.europe.label
    case .trainsTitle: Pane.trains.title
    case .trainsInTransit: "{count} in transit"
    case .trainsLoading: "{count} loading"
    case .trainsArrived: "{count} arrived"
    case .trainsSeparator: ", "
    case .columnID: TrainsTablePane.Column.id.title
    case .columnDirection: TrainsTablePane.Column.direction.title
    case .columnStatus: TrainsTablePane.Column.status.title
    case .columnLocation: TrainsTablePane.Column.location.title
    case .columnProgress: TrainsTablePane.Column.progress.title
    case .columnETA: TrainsTablePane.Column.eta.title
    case .columnDelay: TrainsTablePane.Column.delay.title
    case .columnLoad: TrainsTablePane.Column.load.title
    case .columnCargo: TrainsTablePane.Column.cargo.title
    case .columnService: TrainsTablePane.Column.service.title
    case .directionWest: "W"
    case .directionEast: "E"
    case .statusLoading: TrainText.status(.loading)
    case .statusRunning: TrainText.status(.running)
    case .statusDwelling: TrainText.status(.dwelling)
    case .statusWaitingForPath: TrainText.status(.waitingForPath)
    case .statusAtCustoms: TrainText.status(.atCustoms)
    case .statusQueuedForGaugeChange: TrainText.status(.queuedForGaugeChange)
    case .statusTransshipping: TrainText.status(.transshipping)
    case .statusHeld: TrainText.status(.held)
    case .statusUnloading: TrainText.status(.unloading)
    case .statusArrived: TrainText.status(.arrived)
    case .cargoTitle: Pane.cargo.title
    case .cargoPerDay: "delivered per day, last {days} d"
    case .cargoWest: "west"
    case .cargoEast: "east"
    case .cargoDaysAgo: "-{days}d"
    case .cargoToday: "today"
    case .cargoByDirection: "in transit by direction"
    case .cargoByCategory: "in transit by category"
    case .cargoOneOther: "1 other"
    case .cargoOthers: "{count} others"
    case .unitTEU: "TEU"
    case .journeyTimes: "times {zone}"
    }
  }

  /// What the caption's text must hold, each once, for the number or name put in at draw time
  /// (`Translations.text(_:filling:)`): a translation without it is refused.
  public var placeholders: [String] {
    switch self {
    case .corridorDay: ["{day}"]
    case .trainsInTransit, .trainsLoading, .trainsArrived, .cargoOthers: ["{count}"]
    case .cargoPerDay, .cargoDaysAgo: ["{days}"]
    case .journeyTimes: ["{zone}"]
    default: []
    }
  }
}
