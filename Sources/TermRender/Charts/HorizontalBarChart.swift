/// One bar of a `HorizontalBarChart`.
public struct BarItem: Hashable, Sendable {
  public var label: String
  public var value: Double
  /// Shown right of the bar, formatted by the caller ("1 204 TEU").
  public var valueText: String
  public var style: Style

  public init(label: String, value: Double, valueText: String, style: Style = .plain) {
    self.label = label
    self.value = value
    self.valueText = valueText
    self.style = style
  }
}

/// Labelled horizontal bars, one per row, scaled to the largest value (or a given maximum).
///
/// Row layout: `label │bar with eighths   value`. Labels take at most a third of the width.
public struct HorizontalBarChart: Hashable, Sendable {
  public var items: [BarItem]
  /// The value of a full-width bar; `nil` uses the largest value. Larger values are clamped,
  /// negative ones draw no bar.
  public var maxValue: Double?
  public var labelStyle: Style
  public var valueStyle: Style
  /// The unfilled rest of each bar (blank cells): a themed screen passes its background, so
  /// the track is not left in the terminal's own colours.
  public var trackStyle: Style

  public init(
    items: [BarItem], maxValue: Double? = nil, labelStyle: Style = .plain,
    valueStyle: Style = .plain, trackStyle: Style = .plain
  ) {
    self.items = items
    self.maxValue = maxValue
    self.labelStyle = labelStyle
    self.valueStyle = valueStyle
    self.trackStyle = trackStyle
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !area.isEmpty, !items.isEmpty else { return }
    let labelWidth = Swift.min(items.map(\.label.displayWidth).max() ?? 0, area.width / 3)
    let valueWidth = Swift.min(items.map(\.valueText.displayWidth).max() ?? 0, area.width / 3)
    let barX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
    let barWidth = Swift.max(0, area.maxX - barX - (valueWidth > 0 ? valueWidth + 1 : 0))
    let top = maxValue ?? items.map(\.value).filter(\.isFinite).max() ?? 0
    for (row, item) in items.prefix(area.height).enumerated() {
      let y = area.y + row
      if labelWidth > 0 {
        buffer.put(
          item.label.padded(toWidth: labelWidth, ellipsis: glyphs.ellipsis), x: area.x,
          y: y, style: labelStyle)
      }
      let fraction = top > 0 && item.value.isFinite ? item.value / top : 0
      EighthBlocks.drawBar(
        into: &buffer, x: barX, y: y, width: barWidth,
        eighths: EighthBlocks.eighths(fraction: fraction, width: barWidth),
        glyphs: glyphs, style: item.style, track: " ", trackStyle: trackStyle)
      if valueWidth > 0 {
        buffer.put(
          item.valueText.padded(
            toWidth: valueWidth, alignment: .right,
            ellipsis: glyphs.ellipsis),
          x: area.maxX - valueWidth, y: y, style: valueStyle)
      }
    }
  }
}
