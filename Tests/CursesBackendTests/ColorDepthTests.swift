import Testing

@testable import CursesBackend

@Suite("Colour depth detection")
struct ColorDepthTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var environment: [String: String]
    var hasColors: Bool
    var colors: Int
    var rgbFlag: Bool
    var expected: ColorDepth
    var testDescription: String { "\(environment) colors=\(colors) RGB=\(rgbFlag)" }
  }

  static let cases: [Case] = [
    Case(environment: [:], hasColors: true, colors: 256, rgbFlag: false, expected: .xterm256),
    Case(
      environment: ["NO_COLOR": "1"], hasColors: true, colors: 256, rgbFlag: false,
      expected: .none),
    // An empty NO_COLOR does not count (no-color.org).
    Case(
      environment: ["NO_COLOR": ""], hasColors: true, colors: 256, rgbFlag: false,
      expected: .xterm256),
    // COLORTERM=truecolor with a 256-colour terminfo: nearest xterm-256 is the honest choice.
    Case(
      environment: ["COLORTERM": "truecolor"], hasColors: true, colors: 256, rgbFlag: false,
      expected: .xterm256),
    Case(
      environment: ["COLORTERM": "24bit"], hasColors: true, colors: 0x100_0000,
      rgbFlag: false, expected: .direct),
    Case(environment: [:], hasColors: true, colors: 0x100_0000, rgbFlag: true, expected: .direct),
    Case(
      environment: ["NO_COLOR": "yes", "COLORTERM": "truecolor"], hasColors: true,
      colors: 0x100_0000, rgbFlag: true, expected: .none),
    Case(environment: [:], hasColors: true, colors: 16, rgbFlag: false, expected: .ansi16),
    Case(environment: [:], hasColors: true, colors: 8, rgbFlag: false, expected: .ansi8),
    Case(environment: [:], hasColors: false, colors: 0, rgbFlag: false, expected: .none),
    Case(environment: [:], hasColors: true, colors: 2, rgbFlag: false, expected: .none),
  ]

  @Test(arguments: cases)
  func detects(_ c: Case) {
    #expect(
      ColorDepth.detect(
        environment: c.environment, hasColors: c.hasColors,
        colors: c.colors, directColorFlag: c.rgbFlag) == c.expected)
  }
}
