import TermRender

/// The whole-screen message shown below the minimum size: what is needed, what there is.
enum TooSmallView {
  static func draw(into buffer: inout Buffer, width: Int, height: Int, theme: Theme) {
    let lines = [
      "railtop needs at least \(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight)",
      "this terminal is \(width)x\(height)",
      "enlarge the window, or press q to quit",
    ]
    let top = max(0, (height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let style = i == 0 ? theme[.title] : theme[.text]
      buffer.put(line, x: max(0, (width - line.displayWidth) / 2), y: top + i, style: style)
    }
  }
}
