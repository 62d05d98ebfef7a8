import CorridorSim
import Foundation
import TermRender

@testable import Dashboard

/// Every theme there is to check, and frames of the real simulation drawn in each.
///
/// The themes: each file of `themes/` (shipped or not), each built-in copy the binary carries
/// (`EmbeddedThemes`) and the compiled-in default. The frames: the pure `DashboardFrame.render`
/// of the goldens' snapshot at three sizes, with a selected row, the detail view, the help
/// and legend overlays, and engine lag with a message, so every pane and highlight is drawn.
enum ThemeSamples {
  /// A theme and where it came from, e.g. `themes/light.theme` or `built-in light`.
  struct Sample: CustomStringConvertible {
    var label: String
    var theme: Theme
    var description: String { label }
  }

  static let all: [Sample] = {
    let folder = RepoPaths.themes.path
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".theme") }.sorted()
    var samples = files.compactMap { file -> Sample? in
      guard let theme = try? ThemeCatalog.load(path: folder + "/" + file) else { return nil }
      return Sample(label: "themes/\(file)", theme: theme)
    }
    samples += EmbeddedThemes.names.compactMap { name -> Sample? in
      guard let text = EmbeddedThemes.text(named: name),
        let theme = try? ThemeParser.theme(text: text, file: name, fallbackName: name)
      else { return nil }
      return Sample(label: "built-in \(name)", theme: theme)
    }
    samples.append(Sample(label: "compiled default", theme: .compiledDefault))
    return samples
  }()

  /// True when no role sets a colour: distinctions must then be made by glyphs and attributes.
  static func hasNoColour(_ theme: Theme) -> Bool {
    ThemeRole.allCases.allSatisfy {
      theme[$0].foreground == .default && theme[$0].background == .default
    }
  }

  /// True when the theme paints its own screen background (every cell must then be themed).
  static func setsBackground(_ theme: Theme) -> Bool {
    theme[.background].background != .default
  }

  /// One drawn frame and what it shows, e.g. `160x45 detail`.
  struct Frame {
    var label: String
    var buffer: Buffer
    /// Where each pane went.
    var plan: LayoutPlan
  }

  /// The states a frame is drawn in: a name and the actions that lead there.
  static let states: [(name: String, actions: [Action])] = [
    ("selected row", [.move(3)]),
    ("detail", [.move(45), .cycleSort, .openDetail]),
    ("help", [.toggleHelp]),
    ("legend", [.toggleLegend]),
    (
      "events focused, lag, message",
      [.togglePause, .focusNext, .focusNext, .showMessage("theme: light"), .setLag(7_200)]
    ),
  ]

  static let sizes: [(width: Int, height: Int)] = [(160, 45), (120, 40), (80, 24)]

  /// Every frame of `theme`: each state at each size, and one ASCII frame (non-UTF-8 locale).
  static func frames(_ theme: Theme) -> [Frame] {
    var frames: [Frame] = []
    for size in sizes {
      for state in states {
        frames.append(
          frame(theme, size.width, size.height, actions: state.actions, label: state.name))
      }
    }
    frames.append(frame(theme, 80, 24, actions: [.move(3)], glyphs: .ascii, label: "ascii"))
    return frames
  }

  static func frame(
    _ theme: Theme, _ width: Int, _ height: Int, actions: [Action], glyphs: GlyphSet = .unicode,
    label: String
  ) -> Frame {
    var driver = StateDriver(
      AppState(themes: ThemeRing(theme), screen: ScreenSize(width: width, height: height)),
      snapshot: ScreenGoldenTests.snapshot)
    for action in actions { driver.send(action) }
    let inputs = FrameInputs(
      snapshot: ScreenGoldenTests.snapshot, state: driver.state, glyphs: glyphs, width: width,
      height: height)
    return Frame(
      label: "\(width)x\(height) \(label)", buffer: DashboardFrame.render(inputs),
      plan: inputs.plan)
  }
}
