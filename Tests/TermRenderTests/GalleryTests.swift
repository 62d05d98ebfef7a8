import Testing
import TermRender

/// Every widget composed on one small screen, in Unicode and in ASCII, compared with goldens.
@Suite("Widget gallery goldens")
struct GalleryTests {
  static func gallery(glyphs: GlyphSet) -> [String] {
    var b = Buffer(width: 64, height: 22)
    let rows = Layout.vertical([.length(1), .length(7), .fill(1)]).split(b.area)
    Label([Span("railtop"), Span(" 郑州 ⇄ Liège", style: Style(attributes: .bold))])
      .render(into: &b, area: rows[0], glyphs: glyphs)
    let top = Layout.horizontal([.percentage(60), .fill(1)], spacing: 1).split(rows[1])
    let trains = Block(title: "Trains in transit", border: .rounded)
    trains.render(into: &b, area: top[0], glyphs: glyphs)
    Table(
      columns: [
        TableColumn("ID", width: .length(5)), TableColumn("From", width: .fill(1)),
        TableColumn("Prog", width: .length(4), alignment: .right),
      ], selected: 4
    ).render(into: &b, area: trains.inner(top[0]), glyphs: glyphs, rowCount: 12) { i in
      TableRow(texts: ["X\(100 + i)", i % 2 == 0 ? "郑州圃田站" : "Liège Logistics", "\(i * 8)%"])
    }
    let kpi = Block(title: "Progress", border: .heavy, titleAlignment: .right)
    kpi.render(into: &b, area: top[1], glyphs: glyphs)
    let bars = kpi.inner(top[1])
    ProgressBar(ratio: 0.42).render(into: &b, area: bars.row(0), glyphs: glyphs)
    ProgressBar(ratio: 0.875, label: "Brest", placement: .inside)
      .render(into: &b, area: bars.row(1), glyphs: glyphs)
    Sparkline(values: [1, 3, 2, 5, 8, 6, 4, 7, 9, 3, 2, 6, 8, 5, 1, 0, 4])
      .render(into: &b, area: Rect(x: bars.x, y: bars.y + 2, width: bars.width, height: 3),
              glyphs: glyphs)
    let bottom = Layout.horizontal([.fill(3), .fill(2)], spacing: 1).split(rows[2])
    let cargo = Block(title: "TEU delivered per day")
    cargo.render(into: &b, area: bottom[0], glyphs: glyphs)
    BrailleChart(
      series: [
        ChartSeries(values: [10, 20, 15, 30, 25, 40, 35, 45, 30, 50], kind: .area),
        ChartSeries(values: [20, 35, 30, 60, 55, 80, 75, 90, 70, 95]),
      ],
      xAxis: ChartAxis(range: 0...9, labels: ["-9d", "-5d", "now"]),
      yAxis: ChartAxis(range: 0...100, labels: ["0", "50", "100"])
    ).render(into: &b, area: cargo.inner(bottom[0]), glyphs: glyphs)
    let mix = Block(title: "Cargo mix", border: .double)
    mix.render(into: &b, area: bottom[1], glyphs: glyphs)
    let inner = mix.inner(bottom[1])
    HorizontalBarChart(items: [
      BarItem(label: "Parcels", value: 420, valueText: "420"),
      BarItem(label: "Electronics", value: 260, valueText: "260"),
      BarItem(label: "Auto parts", value: 75, valueText: "75"),
      BarItem(label: "Wine", value: 12, valueText: "12"),
    ]).render(into: &b, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 4),
              glyphs: glyphs)
    Paragraph(text: "Customs hold at Małaszewicze: 6 h. 霍尔果斯 gauge change queue 2 trains.")
      .render(into: &b, area: Rect(x: inner.x, y: inner.y + 5, width: inner.width, height: 6),
              glyphs: glyphs)
    return b.textLines()
  }

  @Test func unicodeGallery() {
    expectGolden(Self.gallery(glyphs: .unicode), named: "gallery-unicode")
  }

  @Test func asciiGallery() {
    let lines = Self.gallery(glyphs: .ascii)
    expectGolden(lines, named: "gallery-ascii")
    // Text is the caller's (Liège stays Liège); every symbol a widget adds must be ASCII.
    let drawnSymbols = lines.joined().unicodeScalars.filter {
      (0x2190...0x21FF).contains($0.value) && $0 != "⇄" || (0x2500...0x28FF).contains($0.value)
        || $0 == "…"
    }
    #expect(drawnSymbols.isEmpty, "non-ASCII widget symbols: \(drawnSymbols.map(String.init))")
  }
}
