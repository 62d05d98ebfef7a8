import TermRender

/// The kiosk's top bar: the booth's title (`--title`, else the screen's name in the kiosk's
/// language), the scenario, the corridor day and the SIMULATED badge.
enum KioskHeaderPane: PaneRenderer {
  struct Model: Equatable {
    var title: String
    var scenario: String
    /// The corridor day, worded in the kiosk's language (`day 46`, `第46天`).
    var day: String
    var badge: String
    var header: Style
    var badgeStyle: Style
    var dot: String
    var ellipsis: String
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let texts = frame.translations
    let settings = frame.state.kiosk?.settings
    let title = settings.map(\.title).flatMap { $0.isEmpty ? nil : $0 } ?? texts[.locked]
    let day = texts.text(.corridorDay, filling: ["{day}": "\(frame.snapshot.corridorDay)"])
    return Model(
      title: title, scenario: frame.snapshot.scenarioTitle, day: day,
      badge: texts[.simulated], header: frame.theme[.header], badgeStyle: frame.theme[.badge],
      dot: frame.glyphs.dot, ellipsis: frame.ui.ellipsis)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(model.header))
    let right = [
      Span(" \(model.day) ", style: model.header),
      Span(" \(model.badge) ", style: model.badgeStyle),
    ]
    let rightWidth = right.reduce(0) { $0 + $1.width }
    let left = [
      Span(" \(model.title) ", style: model.header.adding(.bold)),
      Span("\(model.dot) \(model.scenario) ", style: model.header),
    ]
    let leftWidth = max(0, area.width - rightWidth)
    buffer.put(
      spans: left, x: area.x, y: area.y, maxWidth: leftWidth, base: model.header,
      ellipsis: model.ellipsis)
    buffer.put(
      spans: right, x: area.x + leftWidth, y: area.y, maxWidth: area.width - leftWidth,
      base: model.header, ellipsis: model.ellipsis)
  }
}
