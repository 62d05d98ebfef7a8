import TermRender
import Testing

@testable import Dashboard

/// What colour tells apart, a theme without colour (monochrome, which `NO_COLOR` selects)
/// must tell apart by glyphs and attributes: the README promises monochrome loses nothing.
@Suite("No colour, no loss")
struct NoColourDistinctionTests {
  /// The delivery chart of the goldens' snapshot drawn alone, in `theme`.
  static func chart(_ theme: Theme, glyphs: GlyphSet = .unicode) -> Buffer {
    let area = Rect(x: 0, y: 0, width: 60, height: 10)
    let inputs = FrameInputs(
      snapshot: ScreenGoldenTests.snapshot, state: AppState(themes: ThemeRing(theme)),
      glyphs: glyphs, width: 120, height: 40)
    var buffer = Buffer(width: area.width, height: area.height)
    CargoPane.drawChart(CargoPane.model(inputs, area: area), into: &buffer, area: area)
    return buffer
  }

  /// The symbols of the chart's cells below the legend drawn in `style` (a series).
  static func symbols(in buffer: Buffer, style: Style) -> Set<String> {
    var found: Set<String> = []
    for y in 1..<buffer.height {
      for x in 0..<buffer.width where buffer[x, y].style == style && buffer[x, y].scalar != " " {
        found.insert(buffer[x, y].symbol)
      }
    }
    return found
  }

  @Test(
    "the chart's westbound and eastbound series differ by colour, or else by glyph",
    arguments: ThemeSamples.all)
  func chartSeries(sample: ThemeSamples.Sample) {
    let theme = sample.theme
    for glyphs in [GlyphSet.unicode, .ascii] {
      let buffer = Self.chart(theme, glyphs: glyphs)
      let west = Self.symbols(in: buffer, style: theme[.chartWest])
      let east = Self.symbols(in: buffer, style: theme[.chartEast])
      #expect(!west.isEmpty && !east.isEmpty, "\(sample): both series are drawn")
      guard theme[.chartWest].foreground == theme[.chartEast].foreground else { continue }
      #expect(
        west.isDisjoint(with: east),
        "\(sample): one colour for both series, and shared glyphs \(west.intersection(east))")
    }
  }

  @Test("monochrome draws eastbound days as the legend's eastbound arrow")
  func monochromeEastMark() throws {
    let mono = try #require(ThemeSamples.all.first { $0.label == "themes/monochrome.theme" })
    #expect(ThemeSamples.hasNoColour(mono.theme))
    let east = Self.symbols(in: Self.chart(mono.theme), style: mono.theme[.chartEast])
    #expect(east == [DashboardGlyphs.unicode.eastbound])
  }

  @Test(
    "without colour, the selection and every status and severity still differ in style",
    arguments: ThemeSamples.all.filter { ThemeSamples.hasNoColour($0.theme) })
  func attributesCarryMeaning(sample: ThemeSamples.Sample) {
    let theme = sample.theme
    #expect(!theme[.selection].attributes.subtracting(theme[.text].attributes).isEmpty)
    let status = StatusClass.allCases.map { theme[$0.role] }
    #expect(Set(status).count == status.count, "\(sample): status classes")
    // Severities also differ by mark (· • ▲ ✖); the two that colour their sentence by weight.
    #expect(theme[.severityWarning] != theme[.text] && theme[.severityCritical] != theme[.text])
  }
}
