import TermRender
import Testing

@testable import Dashboard

/// WCAG contrast over every theme: text against the background it is drawn on at 4.5:1 or
/// more, lines, marks and tracks at 3:1 or more (`ThemeContrast`, `WCAG`).
@Suite("Theme contrast (WCAG)")
struct ThemeContrastTests {
  @Test(
    "every role reaches its ratio on the background it is drawn on", arguments: ThemeSamples.all)
  func rolePairs(sample: ThemeSamples.Sample) {
    let pairs = ThemeContrast.rolePairs(sample.theme)
    for pair in pairs where !pair.passes {
      Issue.record("\(sample): \(pair)")
    }
    if let worst = pairs.min(by: { $0.margin < $1.margin }) {
      print("contrast \(sample) roles, worst: \(worst)")
    }
  }

  @Test("every cell drawn reaches its ratio, in every frame", arguments: ThemeSamples.all)
  func drawnCells(sample: ThemeSamples.Sample) {
    // Failures grouped by colour pair: one line per pair, with how many cells show it.
    var failing: [String: [ThemeContrast.Measurement]] = [:]
    var worst: ThemeContrast.Measurement?
    for frame in ThemeSamples.frames(sample.theme) {
      for m in ThemeContrast.cells(frame) {
        if worst.map({ m.margin < $0.margin }) ?? true { worst = m }
        if !m.passes { failing["\(m.kind) \(m.foreground) \(m.background)", default: []].append(m) }
      }
    }
    for cells in failing.values.sorted(by: { $0[0].ratio < $1[0].ratio }) {
      Issue.record("\(sample): \(cells.count) cells like \(cells[0])")
    }
    if let worst { print("contrast \(sample) cells, worst: \(worst)") }
  }

  @Test("the measure: black on white 21:1, equal colours 1:1, #767676 on white just past 4.5:1")
  func measure() {
    let black = WCAG.RGB(r: 0, g: 0, b: 0)
    let white = WCAG.RGB(r: 255, g: 255, b: 255)
    #expect(abs(WCAG.ratio(black, white) - 21) < 0.001)
    #expect(WCAG.ratio(white, white) == 1)
    // #767676 on white is the lightest grey that passes 4.5:1 (4.54:1).
    let grey = WCAG.ratio(WCAG.RGB(r: 0x76, g: 0x76, b: 0x76), white)
    #expect(grey > 4.5 && grey < 4.6)
    #expect(WCAG.rgb(.indexed(231)) == white)
    #expect(WCAG.rgb(.indexed(232)) == WCAG.RGB(r: 8, g: 8, b: 8))
    #expect(ThemeContrast.ratio(.default, on: .default) == nil)
  }
}
