import TermRender

/// The whole-screen message shown below the minimum size: what is needed, what there is.
enum TooSmallPane: PaneRenderer {
  struct Model: Equatable {
    var width: Int
    var height: Int
    var background: Style
    var title: Style
    var text: Style
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    Model(
      width: area.width, height: area.height, background: frame.theme[.background],
      title: frame.theme[.title], text: frame.theme[.text])
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(model.background))
    let lines = [
      "railtop needs at least \(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight)",
      "this terminal is \(model.width)x\(model.height)",
      "enlarge the window, or press q to quit",
    ]
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      buffer.put(
        line, x: area.x + max(0, (area.width - line.displayWidth) / 2), y: top + i,
        style: i == 0 ? model.title : model.text)
    }
  }
}
