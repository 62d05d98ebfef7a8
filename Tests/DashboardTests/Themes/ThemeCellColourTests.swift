import TermRender
import Testing

@testable import Dashboard

/// Every cell a themed screen draws carries the theme's colours: none is left in the
/// terminal's own (which showed as black blocks on light, wallonia and solarized: bar tracks,
/// the table's scrollbar, holes in the selected row).
@Suite("Theme colours in every cell")
struct ThemeCellColourTests {
  @Test(
    "a theme that paints its background leaves no cell in the terminal's colours",
    arguments: ThemeSamples.all.filter { ThemeSamples.setsBackground($0.theme) })
  func noTerminalColours(sample: ThemeSamples.Sample) {
    for frame in ThemeSamples.frames(sample.theme) {
      let offenders = Self.cells(of: frame) { style in
        style.foreground == .default || style.background == .default
      }
      #expect(offenders.isEmpty, "\(sample), \(frame.label): \(Self.describe(offenders))")
    }
  }

  @Test("every cell shows only colours its theme defines", arguments: ThemeSamples.all)
  func onlyThemeColours(sample: ThemeSamples.Sample) {
    let theme = sample.theme
    let defined = Set(ThemeRole.allCases.flatMap { [theme[$0].foreground, theme[$0].background] })
    for frame in ThemeSamples.frames(theme) {
      let offenders = Self.cells(of: frame) { style in
        !defined.contains(style.foreground) || !defined.contains(style.background)
      }
      #expect(offenders.isEmpty, "\(sample), \(frame.label): \(Self.describe(offenders))")
    }
  }

  @Test(
    "every role of a theme that paints its background sets a foreground",
    arguments: ThemeSamples.all.filter { ThemeSamples.setsBackground($0.theme) })
  func everyRoleHasForeground(sample: ThemeSamples.Sample) {
    let bare = ThemeRole.allCases.filter { sample.theme[$0].foreground == .default }.map(\.key)
    #expect(bare == [], "\(sample): roles drawn in the terminal's text colour")
  }

  @Test(
    "a selected row is highlighted in every cell, status and dim columns included",
    arguments: ThemeSamples.all)
  func selectionHasNoHoles(sample: ThemeSamples.Sample) {
    let selection = sample.theme[.selection]
    // A cell is highlighted when laying the selection over it again changes nothing.
    func highlighted(_ cell: Cell) -> Bool { cell.style.patched(with: selection) == cell.style }
    // The help and legend overlays cover the selection (and the help reverses its keys in
    // monochrome).
    for frame in ThemeSamples.frames(sample.theme)
    where frame.plan[.help] == nil && frame.plan[.legend] == nil {
      for pane in [Pane.trains, .detail] {
        guard let rect = frame.plan[pane] else { continue }
        var rows = 0
        for y in rect.y..<rect.maxY {
          let xs = (rect.x..<rect.maxX).filter { highlighted(frame.buffer[$0, y]) }
          guard let first = xs.first, let last = xs.last, xs.count > 1 else { continue }
          rows += 1
          let holes = (first...last).filter { !highlighted(frame.buffer[$0, y]) }
          #expect(
            holes.isEmpty,
            "\(sample), \(frame.label), \(pane) row \(y): not highlighted at x = \(holes)")
        }
        #expect(rows == 1, "\(sample), \(frame.label), \(pane): one highlighted row")
      }
    }
  }

  /// The positions and styles of the cells of `frame` whose style is `wrong`.
  static func cells(of frame: ThemeSamples.Frame, where wrong: (Style) -> Bool) -> [(
    x: Int, y: Int, cell: Cell
  )] {
    var found: [(x: Int, y: Int, cell: Cell)] = []
    for y in 0..<frame.buffer.height {
      for x in 0..<frame.buffer.width where wrong(frame.buffer[x, y].style) {
        found.append((x, y, frame.buffer[x, y]))
      }
    }
    return found
  }

  static func describe(_ cells: [(x: Int, y: Int, cell: Cell)]) -> String {
    let shown = cells.prefix(8).map {
      "(\($0.x),\($0.y)) '\($0.cell.symbol)' \(ThemeContrast.name($0.cell.style.foreground)) on "
        + ThemeContrast.name($0.cell.style.background)
    }
    return "\(cells.count) cells: " + shown.joined(separator: "; ")
  }
}
