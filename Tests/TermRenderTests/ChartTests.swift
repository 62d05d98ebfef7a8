import TermRender
import Testing

@Suite("ProgressBar, HorizontalBarChart, Sparkline")
struct ChartTests {
  @Test(arguments: [
    (0.0, "          "),
    (0.5, "█████     "),
    (0.0625, "▋         "),
    (0.33, "███▎      "),
    (0.025, "▎         "),
    (1.0, "██████████"),
    (1.7, "██████████"),
    (-0.2, "          "),
    (Double.nan, "          "),
  ])
  func progressBarEighths(ratio: Double, expected: String) {
    let bar = ProgressBar(ratio: ratio, placement: .none)
    var glyphs = GlyphSet.unicode
    glyphs.barTrack = " "
    #expect(draw(10, 1) { b, a in bar.render(into: &b, area: a, glyphs: glyphs) } == [expected])
  }

  @Test func progressBarLabelBesideAndInside() {
    #expect(
      draw(10, 1) { b, a in ProgressBar(ratio: 0.5).render(into: &b, area: a, glyphs: .unicode) }
        == ["███░░░ 50%"])
    #expect(
      draw(10, 1) { b, a in
        ProgressBar(ratio: 0.5, placement: .inside).render(into: &b, area: a, glyphs: .unicode)
      }
        == ["███50%░░░░"])
    #expect(
      draw(10, 1) { b, a in
        ProgressBar(ratio: 0.25, label: "ETA 3d").render(into: &b, area: a, glyphs: .ascii)
      }
        == ["#.. ETA 3d"])
    #expect(
      draw(3, 1) { b, a in ProgressBar(ratio: 0.999).render(into: &b, area: a, glyphs: .unicode) }
        == ["99%"])
  }

  @Test func progressBarInsideLabelIsReversedOverTheFill() {
    var buffer = Buffer(width: 10, height: 1)
    ProgressBar(ratio: 0.5, placement: .inside).render(
      into: &buffer, area: buffer.area, glyphs: .unicode)
    #expect(buffer[4, 0].style.attributes.contains(.reverse))
    #expect(!buffer[5, 0].style.attributes.contains(.reverse))
  }

  @Test func percentText() {
    #expect(ProgressBar.percentText(0.426) == "42%")
    #expect(ProgressBar.percentText(2) == "100%")
    #expect(ProgressBar.percentText(-1) == "0%")
    #expect(ProgressBar.percentText(.nan) == "0%")
  }

  @Test func horizontalBarChart() {
    let chart = HorizontalBarChart(items: [
      BarItem(label: "Parcels", value: 120, valueText: "120"),
      BarItem(label: "Electronics", value: 60, valueText: "60"),
      BarItem(label: "郑州", value: 15, valueText: "15"),
      BarItem(label: "Neg", value: -5, valueText: "-5"),
    ])
    #expect(
      draw(20, 4) { b, a in chart.render(into: &b, area: a, glyphs: .unicode) } == [
        "Parce… █████████ 120",
        "Elect… ████▌      60",
        "郑州   █▏         15",
        "Neg               -5",
      ])
  }

  @Test func horizontalBarChartClampsToMaxAndHandlesEmpty() {
    let chart = HorizontalBarChart(
      items: [BarItem(label: "W", value: 30, valueText: "30")], maxValue: 20)
    #expect(
      draw(10, 1) { b, a in chart.render(into: &b, area: a, glyphs: .unicode) } == ["W █████ 30"])
    #expect(
      draw(4, 1) { b, a in HorizontalBarChart(items: []).render(into: &b, area: a, glyphs: .unicode)
      } == ["    "])
  }

  @Test func sparklineOneRow() {
    let s = Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8], range: 0...8)
    #expect(draw(9, 1) { b, a in s.render(into: &b, area: a, glyphs: .unicode) } == [" ▁▂▃▄▅▆▇█"])
    #expect(draw(4, 1) { b, a in s.render(into: &b, area: a, glyphs: .unicode) } == ["▅▆▇█"])
    #expect(
      draw(4, 1) { b, a in Sparkline(values: [3]).render(into: &b, area: a, glyphs: .unicode) } == [
        "   █"
      ])
  }

  @Test func sparklineTwoRowsAndOutOfRange() {
    let s = Sparkline(values: [4, 8, 12, 16, 100, -3, .nan], range: 0...16)
    #expect(
      draw(7, 2) { b, a in s.render(into: &b, area: a, glyphs: .unicode) } == [
        "  ▄██  ",
        "▄████  ",
      ])
    #expect(
      draw(3, 1) { b, a in Sparkline(values: []).render(into: &b, area: a, glyphs: .unicode) } == [
        "   "
      ])
  }
}
