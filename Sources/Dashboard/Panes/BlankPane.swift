import TermRender

/// A strip painted in the background colour: the column and row the kiosk's burn-in shift
/// leaves uncovered (`KioskLayout`), so nothing of an earlier position stays on screen.
enum BlankPane: PaneRenderer {
  struct Model: Equatable {
    var style: Style
  }

  static func model(_ frame: FrameInputs, area: Rect) -> Model {
    Model(style: frame.theme[.background])
  }

  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    buffer.fill(area, with: .blank(model.style))
  }
}
