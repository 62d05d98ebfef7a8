import CorridorSim

/// The captions of what the dashboard's panes show under their own words: a pane's name, a
/// train's status, a trains-table heading, a map region. The panes look their words up here
/// in the frame's language (a kiosk's; English on the dashboard, the panes' own words).
extension Caption {
  /// The caption of `pane`'s name, for the panes a kiosk shows under their own name.
  static func title(of pane: Pane) -> Caption? {
    switch pane {
    case .map: .mapTitle
    case .trains: .trainsTitle
    case .cargo: .cargoTitle
    default: nil
    }
  }

  /// The caption of a train's `status`.
  static func status(_ status: TrainStatus) -> Caption {
    switch status {
    case .loading: .statusLoading
    case .running: .statusRunning
    case .dwelling: .statusDwelling
    case .waitingForPath: .statusWaitingForPath
    case .atCustoms: .statusAtCustoms
    case .queuedForGaugeChange: .statusQueuedForGaugeChange
    case .transshipping: .statusTransshipping
    case .held: .statusHeld
    case .unloading: .statusUnloading
    case .arrived: .statusArrived
    }
  }

  /// The caption of a trains-table column's heading.
  static func heading(of column: TrainsTablePane.Column) -> Caption {
    switch column {
    case .id: .columnID
    case .direction: .columnDirection
    case .status: .columnStatus
    case .location: .columnLocation
    case .progress: .columnProgress
    case .eta: .columnETA
    case .delay: .columnDelay
    case .load: .columnLoad
    case .cargo: .columnCargo
    case .service: .columnService
    }
  }

  /// The caption naming `region` on the map.
  public static func region(_ region: MapRegion) -> Caption {
    switch region {
    case .corridor: .mapRegionCorridor
    case .china: .mapRegionChina
    case .europe: .mapRegionEurope
    }
  }
}
