extension Rect {
  /// A rect of at most `width`×`height` centred in this one (overlays such as a help box).
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = Swift.min(Swift.max(0, w), width)
    let ch = Swift.min(Swift.max(0, h), height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }

  /// The row `index` rows below the top, one row high (empty when outside).
  public func row(_ index: Int) -> Rect {
    guard index >= 0, index < height else { return Rect(x: x, y: y, width: 0, height: 0) }
    return Rect(x: x, y: y + index, width: width, height: 1)
  }
}
