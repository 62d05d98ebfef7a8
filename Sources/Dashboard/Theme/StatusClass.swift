import CorridorSim
import TermRender

/// The four status colours a train can wear; every `TrainStatus` maps onto one.
///
/// Colour is never the only carrier: each class also has a letter and the themes give the
/// late and held classes weight (bold, underline), so monochrome screens read the same.
public enum StatusClass: Sendable, Hashable, CaseIterable {
  case onTime, delayed, held, arrived

  /// Held and arrived follow the status; everything else is on time or late by its delay
  /// against the scenario's late threshold (the service's on-time tolerance, which the engine
  /// carries on every train: `TrainSnapshot.lateAfterSeconds`).
  public init(status: TrainStatus, delaySeconds: Int64, lateAfterSeconds: Int64) {
    switch status {
    case .held: self = .held
    case .arrived, .unloading: self = .arrived
    case .loading, .running, .dwelling, .waitingForPath, .atCustoms, .queuedForGaugeChange,
      .transshipping:
      self = delaySeconds > lateAfterSeconds ? .delayed : .onTime
    }
  }

  /// The theme role that colours this class.
  public var role: ThemeRole {
    switch self {
    case .onTime: .statusOnTime
    case .delayed: .statusDelayed
    case .held: .statusHeld
    case .arrived: .statusArrived
    }
  }

  /// One letter shown beside the status (legend: on time, Late, Held, Arrived).
  public var letter: Character {
    switch self {
    case .onTime: "o"
    case .delayed: "L"
    case .held: "H"
    case .arrived: "A"
    }
  }
}

extension StatusClass {
  /// The class of `train`, from its status and delay.
  init(_ train: TrainSnapshot) {
    self.init(
      status: train.status, delaySeconds: train.delaySeconds,
      lateAfterSeconds: train.lateAfterSeconds)
  }
}

extension Theme {
  /// The style of `train`'s status class (its marker, status and late delay).
  func statusStyle(_ train: TrainSnapshot) -> Style { self[StatusClass(train).role] }
}
