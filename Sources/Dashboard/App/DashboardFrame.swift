import CorridorSim
import TermRender

/// The pure entry point of the dashboard: one frame from a snapshot and the app state.
///
/// Skeleton (to be replaced by the full pane layout): the live screen and
/// `railtop snapshot` both call this, so they can never disagree.
public enum DashboardFrame {
  /// Draws a whole screen of `width` × `height` cells.
  public static func render(snapshot: SimSnapshot, state: AppState, width: Int,
                            height: Int) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    buffer.put("railtop — \(snapshot.scenarioTitle)", x: 0, y: 0, style: .plain)
    return buffer
  }
}

/// Everything about the dashboard that is not the simulation: focus, selection, speed, theme.
public struct AppState: Sendable, Hashable {
  /// Sim seconds per wall second.
  public var speed: Int
  public var paused: Bool
  public var wantsQuit: Bool
  public init(speed: Int = 3_600, paused: Bool = false) {
    self.speed = speed
    self.paused = paused
    self.wantsQuit = false
  }
}
