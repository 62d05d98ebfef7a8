import CorridorSim
import TermRender

/// The pure entry point of the dashboard: one frame from a snapshot and the app state.
///
/// The live screen and `railtop snapshot` both call this, so they can never disagree.
public enum DashboardFrame {
  /// Draws a whole screen of `width` × `height` cells with `state.theme`.
  public static func render(snapshot: SimSnapshot, state: AppState, width: Int,
                            height: Int) -> Buffer {
    let theme = state.theme
    var buffer = Buffer(width: width, height: height, fill: .blank(theme[.background]))
    let plan = DashboardLayout.plan(width: width, height: height)
    if plan.isTooSmall {
      TooSmallView.draw(into: &buffer, width: width, height: height, theme: theme)
      return buffer
    }
    buffer.put("railtop — \(snapshot.scenarioTitle)", x: 0, y: 0, style: theme[.header])
    return buffer
  }
}

/// The whole-screen message shown below the minimum size.
enum TooSmallView {
  static func draw(into buffer: inout Buffer, width: Int, height: Int, theme: Theme) {
    let lines = [
      "railtop needs at least \(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight)",
      "this terminal is \(width)×\(height)",
      "enlarge the window, or press q to quit",
    ]
    let top = max(0, (height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let w = DisplayWidth.of(line)
      let style = i == 0 ? theme[.title] : theme[.text]
      buffer.put(line, x: max(0, (width - w) / 2), y: top + i, style: style)
    }
  }
}
