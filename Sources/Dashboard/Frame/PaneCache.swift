import TermRender

/// One pane's part of the live screen's frame cache: its last model and its drawing, in a
/// buffer of the pane's size.
///
/// `update` builds the pane's model; when it equals the last one (and the pane is where it
/// was) that comparison is all it costs. Otherwise it redraws the pane's buffer (whole, or
/// the rows or layer that changed) and passes what it redrew on to the screen copy, which
/// reports each cell that now differs.
protocol PaneCache: AnyObject {
  /// Brings the pane at `area` of `screen` (the copy of what the terminal shows) up to date
  /// for `frame`, appending every changed cell to `changes`. `onScreen`: the copy still holds
  /// this pane's last drawing at `area`; when false the whole pane is passed on.
  func update(
    _ frame: FrameInputs, area: Rect, screen: inout Buffer, onScreen: Bool,
    changes: inout [CellChange])
}

/// `area` moved to the origin: a cached pane is modelled and drawn in a buffer of its own
/// size, then passed on at `area` (models may hold positions, so both use the same rect).
private func local(_ area: Rect) -> Rect { Rect(x: 0, y: 0, width: area.width, height: area.height) }

/// A buffer of `area`'s size for a pane: `old` when it has that size (drawn over, not
/// allocated anew), else a new one.
private func paneBuffer(_ old: inout Buffer, for area: Rect) -> Bool {
  guard old.width != area.width || old.height != area.height else { return false }
  old = Buffer(width: area.width, height: area.height)
  return true
}

/// The cache of a pane drawn whole whenever its model changes.
final class WholePaneCache<Renderer: PaneRenderer>: PaneCache {
  private var model: Renderer.Model?
  private var pane = Buffer(width: 0, height: 0)

  func update(
    _ frame: FrameInputs, area: Rect, screen: inout Buffer, onScreen: Bool,
    changes: inout [CellChange]
  ) {
    let model = Renderer.model(frame, area: local(area))
    let resized = paneBuffer(&pane, for: area)
    if !resized, model == self.model {
      if !onScreen { screen.take(pane, x: area.x, y: area.y, changes: &changes) }
      return
    }
    Renderer.draw(model, into: &pane, area: pane.area)
    self.model = model
    screen.take(pane, x: area.x, y: area.y, changes: &changes)
  }
}

/// The cache of a list pane: while its frame part is unchanged, only rows whose model
/// changed are redrawn and passed on.
final class RowsPaneCache<Renderer: RowsPaneRenderer>: PaneCache {
  private var model: Renderer.Model?
  private var pane = Buffer(width: 0, height: 0)

  func update(
    _ frame: FrameInputs, area: Rect, screen: inout Buffer, onScreen: Bool,
    changes: inout [CellChange]
  ) {
    let model = Renderer.model(frame, area: local(area))
    let resized = paneBuffer(&pane, for: area)
    guard !resized, let old = self.model, old.frame == model.frame,
      old.rows.count == model.rows.count
    else {
      Renderer.draw(model, into: &pane, area: pane.area)
      self.model = model
      screen.take(pane, x: area.x, y: area.y, changes: &changes)
      return
    }
    for index in model.rows.indices where model.rows[index] != old.rows[index] {
      let rect = Renderer.drawRow(
        model.rows[index], at: index, frame: model.frame, into: &pane, area: pane.area)
      if onScreen { screen.take(pane, x: area.x, y: area.y, only: rect, changes: &changes) }
    }
    self.model = model
    if !onScreen { screen.take(pane, x: area.x, y: area.y, changes: &changes) }
  }
}

/// The cache of a layered pane: the base layer stays drawn while its model holds; a changed
/// top layer is drawn over a copy of it.
final class LayeredPaneCache<Renderer: LayeredPaneRenderer>: PaneCache {
  private var model: Renderer.Model?
  private var base = Buffer(width: 0, height: 0)
  private var pane = Buffer(width: 0, height: 0)

  func update(
    _ frame: FrameInputs, area: Rect, screen: inout Buffer, onScreen: Bool,
    changes: inout [CellChange]
  ) {
    let model = Renderer.model(frame, area: local(area))
    let resized = paneBuffer(&pane, for: area)
    if !resized, model == self.model {
      if !onScreen { screen.take(pane, x: area.x, y: area.y, changes: &changes) }
      return
    }
    if paneBuffer(&base, for: area) || resized || model.base != self.model?.base {
      Renderer.drawBase(model.base, into: &base, area: base.area)
    }
    pane.blit(base, x: 0, y: 0)
    Renderer.drawTop(model.top, base: model.base, into: &pane, area: pane.area)
    self.model = model
    screen.take(pane, x: area.x, y: area.y, changes: &changes)
  }
}
