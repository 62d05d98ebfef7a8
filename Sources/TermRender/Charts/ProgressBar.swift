/// A one-row bar filled to a ratio with eighth-block precision, with a label inside or beside.
public struct ProgressBar: Hashable, Sendable {
  /// Where the label goes.
  public enum LabelPlacement: Hashable, Sendable {
    /// Centred over the bar.
    case inside
    /// Right of the bar, after one space.
    case beside
    /// No label.
    case none
  }

  /// Fraction done; values outside 0...1 are clamped and NaN counts as 0.
  public var ratio: Double
  /// The label text; `nil` shows the percentage (`ProgressBar.percentText`).
  public var label: String?
  public var placement: LabelPlacement
  public var filledStyle: Style
  public var trackStyle: Style
  public var labelStyle: Style

  public init(
    ratio: Double, label: String? = nil, placement: LabelPlacement = .beside,
    filledStyle: Style = .plain, trackStyle: Style = .plain, labelStyle: Style = .plain
  ) {
    self.ratio = ratio
    self.label = label
    self.placement = placement
    self.filledStyle = filledStyle
    self.trackStyle = trackStyle
    self.labelStyle = labelStyle
  }

  /// "42%": the ratio as a whole percentage, rounded down (99.6 % is not yet 100 %).
  public static func percentText(_ ratio: Double) -> String {
    guard !ratio.isNaN else { return "0%" }
    let clamped = Swift.min(1, Swift.max(0, ratio))
    return "\(Int((clamped * 100).rounded(.down)))%"
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !area.isEmpty else { return }
    let text = placement == .none ? "" : (label ?? ProgressBar.percentText(ratio))
    var barWidth = area.width
    if placement == .beside && !text.isEmpty {
      let labelWidth = Swift.min(text.displayWidth, area.width)
      barWidth = Swift.max(0, area.width - labelWidth - 1)
      buffer.put(
        text.truncated(toWidth: labelWidth, ellipsis: glyphs.ellipsis),
        x: area.maxX - labelWidth, y: area.y, style: labelStyle)
      if barWidth > 0 { buffer.put(" ", x: area.x + barWidth, y: area.y, style: labelStyle) }
    }
    let eighths = EighthBlocks.eighths(fraction: ratio, width: barWidth)
    EighthBlocks.drawBar(
      into: &buffer, x: area.x, y: area.y, width: barWidth, eighths: eighths,
      glyphs: glyphs, style: filledStyle, track: glyphs.barTrack,
      trackStyle: trackStyle)
    if placement == .inside && !text.isEmpty {
      drawInsideLabel(text, into: &buffer, area: area, filledCells: eighths / 8, glyphs: glyphs)
    }
  }

  /// Over the filled part the label is drawn reversed, so it reads on the bar's colour.
  private func drawInsideLabel(
    _ text: String, into buffer: inout Buffer, area: Rect,
    filledCells: Int, glyphs: GlyphSet
  ) {
    let shown = text.truncated(toWidth: area.width, ellipsis: glyphs.ellipsis)
    var x = area.x + TextAlignment.center.offset(used: shown.displayWidth, available: area.width)
    for ch in shown {
      let onFill = x - area.x < filledCells
      let style =
        onFill
        ? filledStyle.patched(with: labelStyle).adding(.reverse)
        : trackStyle.patched(with: labelStyle)
      x += buffer.put(String(ch), x: x, y: area.y, style: style, maxWidth: area.maxX - x)
    }
  }
}
