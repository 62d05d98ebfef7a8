import TermRender

/// One pane, in two halves: what it shows, as an `Equatable` model built from the frame's
/// inputs, and a draw function that reads nothing but that model.
///
/// Because the draw cannot see anything the model does not hold, an unchanged model is an
/// unchanged drawing: the live screen's frame cache compares models and redraws only panes
/// (or rows, or layers) whose model changed. `DashboardFrame.render` draws every model fresh.
protocol PaneRenderer {
  associatedtype Model: Equatable
  /// What the pane shows at `area` in this frame. Pure.
  static func model(_ frame: FrameInputs, area: Rect) -> Model
  /// Draws `model` into `area` of `buffer`, painting every cell of it. Pure.
  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect)
  /// The live screen's cache for this pane: whole (the default), by rows (`RowsPaneRenderer`)
  /// or by layers (`LayeredPaneRenderer`).
  static func makeCache() -> any PaneCache
  /// Whether the pane draws over others, leaving the cells it does not paint as they are
  /// (the help overlay); the frame cache composes such a pane over the whole screen.
  static var isOverlay: Bool { get }
}

extension PaneRenderer {
  static func makeCache() -> any PaneCache { WholePaneCache<Self>() }
  static var isOverlay: Bool { false }

  /// The pane drawn from a fresh model: what every cached drawing must equal.
  static func drawFresh(_ frame: FrameInputs, into buffer: inout Buffer, area: Rect) {
    draw(model(frame, area: area), into: &buffer, area: area)
  }
}

/// A pane model made of a part drawn once (`frame`: chrome, titles, column layout) and rows
/// drawn one by one (`rows`), so that a changed row redraws alone.
struct RowsModel<Frame: Equatable, Row: Equatable>: Equatable {
  var frame: Frame
  var rows: [Row]
}

/// A pane that is a list: its rows are redrawn one by one when only they changed.
protocol RowsPaneRenderer: PaneRenderer where Model == RowsModel<Frame, Row> {
  associatedtype Frame: Equatable
  associatedtype Row: Equatable
  /// Draws everything but the rows (the rows' cells may be left as they were).
  static func drawFrame(_ frame: Frame, rowCount: Int, into buffer: inout Buffer, area: Rect)
  /// Draws row `index` (0 = first row in the model) over what was there; returns its rect.
  @discardableResult
  static func drawRow(
    _ row: Row, at index: Int, frame: Frame, into buffer: inout Buffer, area: Rect
  ) -> Rect
}

extension RowsPaneRenderer {
  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    drawFrame(model.frame, rowCount: model.rows.count, into: &buffer, area: area)
    for (index, row) in model.rows.enumerated() {
      drawRow(row, at: index, frame: model.frame, into: &buffer, area: area)
    }
  }

  static func makeCache() -> any PaneCache { RowsPaneCache<Self>() }
}

/// A pane model in two layers: a base that rarely changes (the route's line and labels) and
/// what is drawn on top of it every frame (train markers, progress bars).
struct LayeredModel<Base: Equatable, Top: Equatable>: Equatable {
  var base: Base
  var top: Top
}

/// A pane drawn in layers: the base is kept drawn, keyed by its model, and the top layer is
/// drawn over a copy of it whenever the top changes.
protocol LayeredPaneRenderer: PaneRenderer where Model == LayeredModel<Base, Top> {
  associatedtype Base: Equatable
  associatedtype Top: Equatable
  /// Draws the base layer, painting every cell of `area`.
  static func drawBase(_ base: Base, into buffer: inout Buffer, area: Rect)
  /// Draws the top layer over the base layer drawn from `base`.
  static func drawTop(_ top: Top, base: Base, into buffer: inout Buffer, area: Rect)
}

extension LayeredPaneRenderer {
  static func draw(_ model: Model, into buffer: inout Buffer, area: Rect) {
    drawBase(model.base, into: &buffer, area: area)
    drawTop(model.top, base: model.base, into: &buffer, area: area)
  }

  static func makeCache() -> any PaneCache { LayeredPaneCache<Self>() }
}
