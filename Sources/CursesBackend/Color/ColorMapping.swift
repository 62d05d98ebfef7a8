import TermRender

/// The one place a theme `Color` becomes a curses colour number for the terminal's depth.
///
/// Degrades step by step: RGB → nearest xterm-256 (cube + grey ramp) → nearest of 16 → 8.
/// Pure, so the whole table is tested without a terminal.
public enum ColorMapping {
  /// The curses colour number for `color` at `depth`: -1 means the terminal's default
  /// colour (needs `use_default_colors()`), otherwise a palette index or, at `.direct`
  /// depth, a packed 0xRRGGBB value.
  public static func terminalColor(_ color: Color, depth: ColorDepth) -> Int32 {
    switch (color.kind, depth) {
    case (.default, _), (_, .none):
      return -1
    case (.ansi(let n), _):
      return ansiColor(n & 15, depth: depth)
    case (.indexed(let i), .direct):
      // Cube and ramp entries have fixed RGB values; 0–15 stay palette indices so the
      // user's terminal theme still applies to them.
      if i < 16 { return ansiColor(i, depth: .direct) }
      let c = XtermPalette.rgb(of: i)
      return packed(c.r, c.g, c.b)
    case (.indexed(let i), .xterm256):
      return Int32(i)
    case (.indexed(let i), _):
      if i < 16 { return ansiColor(i, depth: depth) }
      let c = XtermPalette.rgb(of: i)
      return fromRGB(c.r, c.g, c.b, depth: depth)
    case (.rgb(let r, let g, let b), _):
      return fromRGB(Int(r), Int(g), Int(b), depth: depth)
    }
  }

  private static func fromRGB(_ r: Int, _ g: Int, _ b: Int, depth: ColorDepth) -> Int32 {
    switch depth {
    case .direct:
      return packed(r, g, b)
    case .xterm256:
      return Int32(XtermPalette.nearest256(r: r, g: g, b: b))
    case .ansi16:
      return Int32(XtermPalette.nearestANSI(r: r, g: g, b: b, count: 16))
    case .ansi8:
      return Int32(XtermPalette.nearestANSI(r: r, g: g, b: b, count: 8))
    case .none:
      return -1
    }
  }

  private static func ansiColor(_ n: UInt8, depth: ColorDepth) -> Int32 {
    switch depth {
    case .none: return -1
    // Bright colours fold onto their base colour; bold carries the emphasis instead.
    case .ansi8: return Int32(n & 7)
    case .ansi16, .xterm256: return Int32(n)
    case .direct:
      // Direct-colour terminfo keeps only 0–7 as palette indices; 8 and up are RGB values.
      if n < 8 { return Int32(n) }
      let c = XtermPalette.rgb(of: n)
      return packed(c.r, c.g, c.b)
    }
  }

  private static func packed(_ r: Int, _ g: Int, _ b: Int) -> Int32 {
    let value = Int32(r << 16 | g << 8 | b)
    // In direct-colour terminfo (xterm-direct) values below 8 select the ANSI palette, so a
    // near-black such as (0, 0, 5) would come out as magenta; nudge those to the true RGB 8.
    return value < 8 ? 8 : value
  }
}
