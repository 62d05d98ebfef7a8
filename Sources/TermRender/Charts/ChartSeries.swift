/// A data point of a chart, in the units of its axes.
public struct ChartPoint: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// One data series of a `BrailleChart`.
public struct ChartSeries: Hashable, Sendable {
  /// How the points are drawn.
  public enum Kind: Hashable, Sendable {
    /// Consecutive points joined by straight lines.
    case line
    /// The space under the line filled down to the x axis.
    case area
  }

  /// Points in drawing order; non-finite ones are skipped (they break the line).
  public var points: [ChartPoint]
  public var kind: Kind
  public var style: Style
  /// A one-column symbol drawn in the cell of each point instead of braille dots (`kind` is
  /// then unused), for telling series apart where colour does not (a monochrome screen).
  public var mark: String?

  public init(
    points: [ChartPoint], kind: Kind = .line, style: Style = .plain, mark: String? = nil
  ) {
    self.points = points
    self.kind = kind
    self.style = style
    self.mark = mark
  }

  /// A series of values at x = 0, 1, 2 …
  public init(
    values: [Double], kind: Kind = .line, style: Style = .plain, mark: String? = nil
  ) {
    self.init(
      points: values.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) },
      kind: kind, style: style, mark: mark)
  }
}

/// The range of one chart axis and its labels, spread evenly from the low end to the high end.
public struct ChartAxis: Hashable, Sendable {
  public var range: ClosedRange<Double>
  /// Labels placed evenly along the axis: the first at `range.lowerBound`, the last at
  /// `range.upperBound` (for the y axis: bottom to top).
  public var labels: [String]

  public init(range: ClosedRange<Double>, labels: [String] = []) {
    self.range = range
    self.labels = labels
  }

  /// Where `value` falls on an axis `steps` dots long (0...steps-1), clamped to the ends.
  func position(of value: Double, steps: Int) -> Int {
    let span = range.upperBound - range.lowerBound
    guard steps > 1, span > 0 else { return 0 }
    let f = Swift.min(1, Swift.max(0, (value - range.lowerBound) / span))
    return Int((f * Double(steps - 1)).rounded())
  }

  /// The cell offset of label `index` of `count` along an axis `length` cells long.
  static func labelOffset(index: Int, count: Int, length: Int) -> Int {
    guard count > 1, length > 1 else { return 0 }
    return Int((Double(index * (length - 1)) / Double(count - 1)).rounded())
  }
}
