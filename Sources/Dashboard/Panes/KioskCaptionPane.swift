import TermRender

/// The kiosk's caption line: what the view shows, then one of the corridor's story captions
/// (`Caption`), in the kiosk's language; the story changes with every view shown.
enum KioskCaptionPane: PaneRenderer {
  struct Model: Equatable {
    var viewTitle: String
    var story: String
    var titleStyle: Style
    var style: Style
    var dot: String
    var ellipsis: String
  }

  /// The caption naming each kiosk view.
  static func title(of view: View) -> Caption {
    switch view {
    case .kioskTrains: .viewTrains
    case .kioskCargo: .viewCargo
    case .kioskJourney: .viewJourney
    case .kioskMap, .dashboard, .detail, .map: .viewMap
    }
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    let texts = frame.translations
    let story = frame.state.kiosk?.story ?? .storyFirstTrain
    return Model(
      viewTitle: texts[title(of: frame.view)], story: texts[story],
      titleStyle: frame.theme[.statusBar].adding(.bold), style: frame.theme[.statusBar],
      dot: frame.glyphs.dot, ellipsis: frame.ui.ellipsis)
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(model.style))
    buffer.put(
      spans: [
        Span(" \(model.viewTitle) ", style: model.titleStyle),
        Span("\(model.dot) \(model.story)", style: model.style),
      ], x: area.x, y: area.y, maxWidth: area.width, base: model.style, ellipsis: model.ellipsis)
  }
}
