/// A compact bar-per-value chart (▁▂▃▄▅▆▇█), newest value at the right edge.
///
/// With more rows than one, each column stacks full blocks under a partial one, giving
/// `8 × height` levels.
public struct Sparkline: Hashable, Sendable {
  public var values: [Double]
  /// The value range drawn; `nil` uses 0 up to the largest value.
  public var range: ClosedRange<Double>?
  public var style: Style

  public init(values: [Double], range: ClosedRange<Double>? = nil, style: Style = .plain) {
    self.values = values
    self.range = range
    self.style = style
  }

  /// Eighths of height for `value` in `levels` eighths; any value above the minimum shows at
  /// least one eighth so that small activity stays visible.
  static func level(_ value: Double, in range: ClosedRange<Double>, levels: Int) -> Int {
    guard value.isFinite, value > range.lowerBound else { return 0 }
    let span = range.upperBound - range.lowerBound
    guard span > 0 else { return levels }
    let f = Swift.min(1, (value - range.lowerBound) / span)
    return Swift.max(1, Int((f * Double(levels)).rounded()))
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    guard !area.isEmpty else { return }
    let shown = values.suffix(area.width)
    let r = range ?? 0...Swift.max(0, shown.filter(\.isFinite).max() ?? 0)
    let levels = area.height * 8
    var x = area.maxX - shown.count
    for value in shown {
      var remaining = Sparkline.level(value, in: r, levels: levels)
      for y in stride(from: area.maxY - 1, through: area.y, by: -1) {
        let here = Swift.min(8, remaining)
        if here > 0 { buffer.put(symbol: glyphs.verticalEighths[here], x: x, y: y, style: style) }
        remaining -= here
      }
      x += 1
    }
  }
}
