import TermRender
import Testing

@testable import CursesBackend

@Suite("Colour mapping: one function degrades a theme colour to the terminal's depth")
struct ColorMappingTests {
  /// (colour, depth, expected curses colour number)
  static let table: [(Color, ColorDepth, Int32)] = [
    // Default colours stay the terminal's default at every depth.
    (.default, .direct, -1), (.default, .xterm256, -1), (.default, .ansi8, -1),
    // No colour at all: everything is the default.
    (.rgb(255, 0, 0), .none, -1), (.ansi(1), .none, -1), (.indexed(196), .none, -1),
    // Direct colour keeps 24-bit values, packed 0xRRGGBB.
    (.rgb(0x12, 0x34, 0x56), .direct, 0x123456),
    (.rgb(0, 0, 0), .direct, 8),  // values < 8 select ANSI colours in xterm-direct
    (.indexed(196), .direct, 0xff0000),
    (.ansi(3), .direct, 3), (.ansi(9), .direct, 0xff0000),
    // RGB → nearest xterm-256 cube entry or grey ramp entry.
    (.rgb(255, 0, 0), .xterm256, 196),
    (.rgb(0, 255, 0), .xterm256, 46),
    (.rgb(0, 0, 255), .xterm256, 21),
    (.rgb(255, 255, 255), .xterm256, 231),
    (.rgb(0, 0, 0), .xterm256, 16),
    (.rgb(128, 128, 128), .xterm256, 244),
    (.rgb(18, 18, 18), .xterm256, 233),
    (.rgb(250, 200, 0), .xterm256, 220),
    (.indexed(123), .xterm256, 123), (.ansi(12), .xterm256, 12),
    // → nearest of 16.
    (.rgb(255, 0, 0), .ansi16, 9),
    (.rgb(200, 0, 0), .ansi16, 1),
    (.rgb(120, 120, 120), .ansi16, 8),
    (.indexed(196), .ansi16, 9),
    (.indexed(5), .ansi16, 5),
    // → 8: bright colours fold onto their base.
    (.rgb(255, 0, 0), .ansi8, 1),
    (.ansi(9), .ansi8, 1),
    (.ansi(15), .ansi8, 7),
    (.indexed(231), .ansi8, 7),
  ]

  @Test("table", arguments: table.indices)
  func mapsTableRow(_ index: Int) {
    let (color, depth, expected) = Self.table[index]
    #expect(
      ColorMapping.terminalColor(color, depth: depth) == expected,
      "\(color) at \(depth)")
  }

  @Test("every xterm-256 cube and ramp colour maps back to itself")
  func paletteRoundTrips() {
    for index in UInt8(16)...UInt8(255) {
      let c = XtermPalette.rgb(of: index)
      let back = XtermPalette.nearest256(r: c.r, g: c.g, b: c.b)
      // Ramp greys and cube greys coincide for a few values (e.g. 16 and black); compare RGB.
      #expect(XtermPalette.rgb(of: back) == c || back == index, "index \(index)")
    }
  }

  @Test("the palette's fixed points")
  func paletteValues() {
    #expect(XtermPalette.rgb(of: 16) == (0, 0, 0))
    #expect(XtermPalette.rgb(of: 196) == (255, 0, 0))
    #expect(XtermPalette.rgb(of: 231) == (255, 255, 255))
    #expect(XtermPalette.rgb(of: 232) == (8, 8, 8))
    #expect(XtermPalette.rgb(of: 255) == (238, 238, 238))
    #expect(XtermPalette.rgb(of: 9) == (255, 0, 0))
  }

  @Test("mapped values are always valid for their depth", arguments: ColorDepth.allCases)
  func staysInRange(_ depth: ColorDepth) {
    let limit: Int32 =
      switch depth {
      case .none: -1
      case .ansi8: 7
      case .ansi16: 15
      case .xterm256: 255
      case .direct: 0xff_ffff
      }
    for value in stride(from: 0, through: 255, by: 51) {
      for color in [
        Color.rgb(UInt8(value), 0, UInt8(255 - value)), .indexed(UInt8(value)),
        .ansi(UInt8(value % 16)),
      ] {
        let mapped = ColorMapping.terminalColor(color, depth: depth)
        #expect(mapped >= -1 && mapped <= limit, "\(color) at \(depth) gave \(mapped)")
      }
    }
  }
}
