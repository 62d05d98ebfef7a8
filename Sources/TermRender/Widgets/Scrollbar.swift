/// A vertical scrollbar: a track with a thumb whose size and place show the visible window.
public struct Scrollbar: Hashable, Sendable {
  public var total: Int
  public var visible: Int
  public var offset: Int
  public var trackStyle: Style
  public var thumbStyle: Style

  public init(
    total: Int, visible: Int, offset: Int, trackStyle: Style = .plain,
    thumbStyle: Style = .plain
  ) {
    self.total = total
    self.visible = visible
    self.offset = offset
    self.trackStyle = trackStyle
    self.thumbStyle = thumbStyle
  }

  /// The thumb's first row and length within a track `height` rows tall (pure).
  public static func thumb(total: Int, visible: Int, offset: Int, height: Int) -> (
    start: Int, length: Int
  ) {
    guard height > 0, total > 0 else { return (0, 0) }
    guard total > visible else { return (0, height) }
    let length = Swift.min(height, Swift.max(1, height * Swift.max(0, visible) / total))
    let maxOffset = total - Swift.max(0, visible)
    let clamped = Swift.min(Swift.max(0, offset), maxOffset)
    let start = maxOffset == 0 ? 0 : (height - length) * clamped / maxOffset
    return (start, length)
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !area.isEmpty else { return }
    let t = Scrollbar.thumb(total: total, visible: visible, offset: offset, height: area.height)
    let x = area.maxX - 1
    for dy in 0..<area.height {
      let inThumb = dy >= t.start && dy < t.start + t.length
      buffer.put(
        symbol: inThumb ? glyphs.scrollThumb : glyphs.scrollTrack, x: x, y: area.y + dy,
        style: inThumb ? thumbStyle : trackStyle)
    }
  }
}
