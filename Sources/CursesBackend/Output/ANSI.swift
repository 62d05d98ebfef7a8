import TermRender

/// ECMA-48 control sequences as bytes, written without building Strings (this runs for every
/// changed cell of every frame).
public enum ANSI {
  /// `CSI m`: all attributes off, default colours.
  public static let reset: [UInt8] = [0x1B, 0x5B, 0x6D]

  /// `CSI row ; col H` (1-based on the wire).
  static func appendMove(x: Int, y: Int, to out: inout [UInt8]) {
    out.append(0x1B)
    out.append(0x5B)
    appendDecimal(y + 1, to: &out)
    out.append(0x3B)
    appendDecimal(x + 1, to: &out)
    out.append(0x48)
  }

  /// `CSI n C`: n columns to the right on the same row.
  static func appendForward(_ n: Int, to out: inout [UInt8]) {
    out.append(0x1B)
    out.append(0x5B)
    if n != 1 { appendDecimal(n, to: &out) }
    out.append(0x43)
  }

  /// One SGR sequence that selects `style` from any state: `0` first, then the attributes the
  /// terminal has, then the colours (curses colour numbers from `ColorMapping`; -1 is the
  /// default colour, which the reset already selected).
  static func sgr(
    _ style: Style, attributes supported: TextAttributes, foreground: Int32, background: Int32,
    depth: ColorDepth
  ) -> [UInt8] {
    var out: [UInt8] = [0x1B, 0x5B, 0x30]
    let attributes = style.attributes.intersection(supported)
    let codes: [(TextAttributes, Int)] = [
      (.bold, 1), (.dim, 2), (.italic, 3), (.underline, 4), (.reverse, 7),
    ]
    for (attribute, code) in codes where attributes.contains(attribute) {
      out.append(0x3B)
      appendDecimal(code, to: &out)
    }
    appendColor(foreground, base: 30, bright: 90, extended: 38, depth: depth, to: &out)
    appendColor(background, base: 40, bright: 100, extended: 48, depth: depth, to: &out)
    out.append(0x6D)
    return out
  }

  /// `;3n`, `;9n`, `;38;5;n` or `;38;2;r;g;b` (and the 4x/10x/48 forms for backgrounds).
  private static func appendColor(
    _ color: Int32, base: Int, bright: Int, extended: Int, depth: ColorDepth,
    to out: inout [UInt8]
  ) {
    guard color >= 0, depth != .none else { return }
    out.append(0x3B)
    let n = Int(color)
    if depth == .direct, n >= 8 {
      // Direct colour: a packed 0xRRGGBB value (ColorMapping keeps 0–7 as palette indices).
      appendDecimal(extended, to: &out)
      for part in [2, n >> 16 & 0xFF, n >> 8 & 0xFF, n & 0xFF] {
        out.append(0x3B)
        appendDecimal(part, to: &out)
      }
    } else if n < 8 {
      appendDecimal(base + n, to: &out)
    } else if n < 16 {
      appendDecimal(bright + n - 8, to: &out)
    } else {
      appendDecimal(extended, to: &out)
      out.append(0x3B)
      out.append(0x35)
      out.append(0x3B)
      appendDecimal(n, to: &out)
    }
  }

  /// A non-negative integer in decimal ASCII.
  static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
    guard value >= 10 else {
      out.append(0x30 + UInt8(max(0, value)))
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0, count < 8 {
        buffer[count] = 0x30 + UInt8(rest % 10)
        rest /= 10
        count += 1
      }
      for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
    }
  }
}
