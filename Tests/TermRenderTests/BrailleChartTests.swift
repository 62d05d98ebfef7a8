import TermRender
import Testing

@Suite("BrailleChart")
struct BrailleChartTests {
  static let diagonal = BrailleChart(
    series: [ChartSeries(values: [0, 1, 2, 3, 4, 5, 6, 7])],
    xAxis: ChartAxis(range: 0...7, labels: ["d0", "d7"]),
    yAxis: ChartAxis(range: 0...7, labels: ["0", "7"]))

  static let filled = BrailleChart(
    series: [ChartSeries(values: [2, 6, 4, 8, 0], kind: .area)],
    xAxis: ChartAxis(range: 0...4, labels: ["-4d", "-2d", "now"]),
    yAxis: ChartAxis(range: 0...8, labels: ["0", "4", "8"]))

  @Test func lineWithAxesAndLabels() {
    #expect(
      draw(8, 4) { b, a in Self.diagonal.render(into: &b, area: a, glyphs: .unicode) } == [
        "7┤   ⡠⠔⠉",
        "0┤⡠⠔⠉   ",
        " └─────┴",
        "  d0  d7",
      ])
  }

  @Test func filledAreaKeepsEndLabelsWhenMiddleOneDoesNotFit() {
    #expect(
      draw(12, 5) { b, a in Self.filled.render(into: &b, area: a, glyphs: .unicode) } == [
        "8┤  ⢀⡀  ⣰⣧  ",
        "4┤⢀⣴⣿⣿⣷⣾⣿⣿⣇ ",
        "0┤⣿⣿⣿⣿⣿⣿⣿⣿⣿⣆",
        " └─────┴───┴",
        "  -4d    now",
      ])
  }

  @Test func middleLabelShownWhenThereIsRoom() {
    let lines = draw(20, 5) { b, a in Self.filled.render(into: &b, area: a, glyphs: .unicode) }
    #expect(lines[4] == "  -4d     -2d    now")
  }

  @Test func asciiFallbackUsesDotsAndPlusMinus() {
    #expect(
      draw(12, 5) { b, a in Self.filled.render(into: &b, area: a, glyphs: .ascii) } == [
        "8+  ..  ::  ",
        "4+.:::::::: ",
        "0+::::::::::",
        " +-----+---+",
        "  -4d    now",
      ])
  }

  @Test func outOfRangeIsClampedAndNaNBreaksTheLine() {
    let chart = BrailleChart(
      series: [
        ChartSeries(points: [
          ChartPoint(x: -5, y: 100), ChartPoint(x: 0, y: 100), ChartPoint(x: 1, y: .nan),
          ChartPoint(x: 2, y: -50), ChartPoint(x: 3, y: -50),
        ])
      ],
      xAxis: ChartAxis(range: 0...3), yAxis: ChartAxis(range: 0...1))
    #expect(
      draw(4, 2) { b, a in chart.render(into: &b, area: a, glyphs: .unicode) } == [
        "│⠁⢀⣀",
        "└───",
      ])
  }

  @Test func seriesKeepTheirOwnStyles() {
    let red = Style(foreground: .ansi(1))
    let blue = Style(foreground: .ansi(4))
    let chart = BrailleChart(
      series: [
        ChartSeries(values: [1, 1], style: red), ChartSeries(values: [0, 0], style: blue),
      ],
      xAxis: ChartAxis(range: 0...1), yAxis: ChartAxis(range: 0...1))
    var buffer = Buffer(width: 3, height: 3)
    chart.render(into: &buffer, area: buffer.area, glyphs: .unicode)
    #expect(buffer.textLines() == ["│⠉⠉", "│⣀⣀", "└──"])
    #expect(buffer[1, 0].style == red)
    #expect(buffer[2, 1].style == blue)
  }

  @Test func tinyAndEmptyAreasDrawNothingOrOnlyAxes() {
    #expect(
      draw(3, 1) { b, a in Self.diagonal.render(into: &b, area: a, glyphs: .unicode) } == ["   "])
    #expect(draw(0, 0) { b, a in Self.diagonal.render(into: &b, area: a, glyphs: .unicode) } == [])
    let empty = BrailleChart(
      series: [], xAxis: ChartAxis(range: 0...1), yAxis: ChartAxis(range: 5...5))
    #expect(
      draw(4, 2) { b, a in empty.render(into: &b, area: a, glyphs: .unicode) } == ["│   ", "└───"])
  }
}
