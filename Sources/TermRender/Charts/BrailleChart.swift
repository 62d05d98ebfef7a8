/// A line or area chart drawn with braille dots (2×4 per cell), with labelled axes.
///
/// ```
///  80┤    ⢀⠔⠊⠉⠢⡀
///  40┤ ⢀⠔⠁      ⠈⠢
///   0┤⠊            ⠈
///    └──────┴──────┴
///    d-30   d-15  d0
/// ```
/// Points outside the axis ranges are clamped to the plot's edge, so spikes stay visible.
public struct BrailleChart: Hashable, Sendable {
  public var series: [ChartSeries]
  public var xAxis: ChartAxis
  public var yAxis: ChartAxis
  public var axisStyle: Style
  public var labelStyle: Style

  public init(
    series: [ChartSeries], xAxis: ChartAxis, yAxis: ChartAxis,
    axisStyle: Style = .plain, labelStyle: Style = .plain
  ) {
    self.series = series
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.axisStyle = axisStyle
    self.labelStyle = labelStyle
  }

  public func render(into buffer: inout Buffer, area: Rect, glyphs: GlyphSet) {
    let labelWidth = Swift.min(yAxis.labels.map(\.displayWidth).max() ?? 0, area.width / 3)
    let xLabelRows = xAxis.labels.isEmpty ? 0 : 1
    let plot = Rect(
      x: area.x + labelWidth + 1, y: area.y, width: area.width - labelWidth - 1,
      height: area.height - 1 - xLabelRows)
    guard !plot.isEmpty else { return }
    drawAxes(into: &buffer, plot: plot, labelWidth: labelWidth, glyphs: glyphs)
    var canvas = BrailleCanvas(columns: plot.width, rows: plot.height)
    for (index, s) in series.enumerated() where s.mark == nil {
      plotSeries(s, index: index, on: &canvas)
    }
    canvas.draw(into: &buffer, x: plot.x, y: plot.y, glyphs: glyphs, styles: series.map(\.style))
    // Marked series go on top: a mark is a whole cell, and it must stay readable where a
    // line crosses it.
    for s in series {
      if let mark = s.mark { drawMarks(s, mark: mark, into: &buffer, plot: plot) }
    }
  }

  /// `mark` in the cell of each finite point of `s`.
  private func drawMarks(_ s: ChartSeries, mark: String, into buffer: inout Buffer, plot: Rect) {
    for p in s.points where p.x.isFinite && p.y.isFinite {
      let column = xAxis.position(of: p.x, steps: plot.width * 2) / 2
      let row = plot.height - 1 - yAxis.position(of: p.y, steps: plot.height * 4) / 4
      buffer.put(symbol: mark, x: plot.x + column, y: plot.y + row, style: s.style)
    }
  }

  private func plotSeries(_ s: ChartSeries, index: Int, on canvas: inout BrailleCanvas) {
    var previous: (x: Int, y: Int)?
    for p in s.points {
      guard p.x.isFinite, p.y.isFinite else {
        previous = nil
        continue
      }
      let dot = (
        x: xAxis.position(of: p.x, steps: canvas.dotWidth),
        y: canvas.dotHeight - 1 - yAxis.position(of: p.y, steps: canvas.dotHeight)
      )
      switch (s.kind, previous) {
      case (.line, let prev?): canvas.line(from: prev, to: dot, series: index)
      case (.area, let prev?): canvas.area(from: prev, to: dot, series: index)
      case (.line, nil): canvas.set(x: dot.x, y: dot.y, series: index)
      case (.area, nil): canvas.area(from: dot, to: dot, series: index)
      }
      previous = dot
    }
  }

  /// The y labels right-aligned left of a vertical axis (┤ at each label, min on the bottom
  /// plot row), the x axis below the
  /// plot (┴ at each label) and the x labels under it, first flush left and last flush right.
  private func drawAxes(into buffer: inout Buffer, plot: Rect, labelWidth: Int, glyphs: GlyphSet) {
    let g = glyphs.plainBorder
    let axisX = plot.x - 1
    let axisY = plot.maxY
    for y in plot.y..<plot.maxY { buffer.put(symbol: g.vertical, x: axisX, y: y, style: axisStyle) }
    for x in plot.x..<plot.maxX {
      buffer.put(symbol: g.horizontal, x: x, y: axisY, style: axisStyle)
    }
    buffer.put(symbol: g.bottomLeft, x: axisX, y: axisY, style: axisStyle)
    let yCount = yAxis.labels.count
    for (i, label) in yAxis.labels.enumerated() {
      let y = plot.maxY - 1 - ChartAxis.labelOffset(index: i, count: yCount, length: plot.height)
      buffer.put(symbol: g.teeLeft, x: axisX, y: y, style: axisStyle)
      if labelWidth > 0 {
        buffer.put(
          label.padded(toWidth: labelWidth, alignment: .right, ellipsis: glyphs.ellipsis),
          x: plot.x - 1 - labelWidth, y: y, style: labelStyle)
      }
    }
    guard !xAxis.labels.isEmpty else { return }
    let xCount = xAxis.labels.count
    // The ends matter most (oldest, newest), so they are placed first and middle labels only
    // where they do not touch a placed one.
    let order = xCount == 1 ? [0] : [0, xCount - 1] + Array(1..<(xCount - 1))
    var placed: [Range<Int>] = []
    for i in order {
      let tick = plot.x + ChartAxis.labelOffset(index: i, count: xCount, length: plot.width)
      if i > 0 { buffer.put(symbol: g.teeUp, x: tick, y: axisY, style: axisStyle) }
      let w = Swift.min(xAxis.labels[i].displayWidth, plot.width)
      let start = i == 0 ? plot.x : (i == xCount - 1 ? plot.maxX - w : tick - w / 2)
      let span = start..<(start + w)
      guard start >= plot.x, span.upperBound <= plot.maxX,
        !placed.contains(where: { $0.overlaps((span.lowerBound - 1)..<(span.upperBound + 1)) })
      else { continue }
      buffer.put(xAxis.labels[i], x: start, y: axisY + 1, style: labelStyle, maxWidth: w)
      placed.append(span)
    }
  }
}
