import Foundation
import TermRender

/// WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them.
///
/// Text must reach 4.5:1 against the background it is drawn on (success criterion 1.4.3),
/// lines, marks and tracks 3:1 (1.4.11, non-text contrast).
enum WCAG {
  /// An sRGB colour, 0–255 per channel.
  struct RGB: Hashable, CustomStringConvertible {
    var r: Int
    var g: Int
    var b: Int

    var description: String {
      "#" + [r, g, b].map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }
  }

  /// What a cell has to reach: text is read, graphics (borders, lines, bars, dots) are seen.
  enum Kind: String {
    case text, graphic

    var minimum: Double { self == .text ? 4.5 : 3.0 }
  }

  /// Relative luminance: each channel linearised, weighted by the eye's sensitivity.
  static func luminance(_ c: RGB) -> Double {
    func linear(_ v: Int) -> Double {
      let s = Double(v) / 255
      return s <= 0.039_28 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
  }

  /// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
  static func ratio(_ a: RGB, _ b: RGB) -> Double {
    let (la, lb) = (luminance(a), luminance(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }

  /// The sRGB value a theme colour is shown as, or nil for the terminal's own colour.
  ///
  /// ANSI 0–15 take xterm's defaults (other terminals differ); 16–255 are the xterm cube and
  /// grey ramp, which every 256-colour terminal shares.
  static func rgb(_ color: Color) -> RGB? {
    switch color.kind {
    case .default: return nil
    case .rgb(let r, let g, let b): return RGB(r: Int(r), g: Int(g), b: Int(b))
    case .ansi(let n): return xtermANSI[Int(n) % xtermANSI.count]
    case .indexed(let n):
      let i = Int(n)
      if i < 16 { return xtermANSI[i] }
      if i >= 232 {
        return RGB(r: 8 + 10 * (i - 232), g: 8 + 10 * (i - 232), b: 8 + 10 * (i - 232))
      }
      let levels = [0, 95, 135, 175, 215, 255]
      let c = i - 16
      return RGB(r: levels[c / 36], g: levels[(c / 6) % 6], b: levels[c % 6])
    }
  }

  static let xtermANSI: [RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ].map { RGB(r: $0.0, g: $0.1, b: $0.2) }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
