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

  /// A style as the terminal sees it: the attributes it supports, curses colour numbers at
  /// the screen's depth (-1 for the default colour).
  struct TerminalStyle: Equatable {
    var attributes: TextAttributes
    var foreground: Int32
    var background: Int32
  }

  /// The SGR sequence that turns `from` into `to` (ECMA-48 codes: 22/23/24/27 switch
  /// attributes off, 39/49 restore default colours); empty when they look the same. With
  /// `from` unknown it starts with `0` and sets all of `to`.
  static func sgr(from: TerminalStyle?, to: TerminalStyle, depth: ColorDepth) -> [UInt8] {
    var params: [UInt8] = []
    func code(_ n: Int) {
      if !params.isEmpty { params.append(0x3B) }
      appendDecimal(n, to: &params)
    }
    let codes: [(TextAttributes, on: Int, off: Int)] = [
      (.bold, 1, 22), (.dim, 2, 22), (.italic, 3, 23), (.underline, 4, 24), (.reverse, 7, 27),
    ]
    var on = to.attributes
    let previous: TerminalStyle
    if let from {
      previous = from
      let removed = from.attributes.subtracting(to.attributes)
      // 22 ends both bold and dim: the one that stays is switched on again below.
      if !removed.intersection([.bold, .dim]).isEmpty {
        code(22)
      } else {
        on.subtract(from.attributes.intersection([.bold, .dim]))
      }
      for (attribute, _, off) in codes.dropFirst(2) where removed.contains(attribute) { code(off) }
      on.subtract(from.attributes.subtracting([.bold, .dim]))
    } else {
      code(0)
      previous = TerminalStyle(attributes: [], foreground: -1, background: -1)
    }
    for (attribute, onCode, _) in codes where on.contains(attribute) { code(onCode) }
    if to.foreground != previous.foreground {
      appendColor(to.foreground, base: 30, bright: 90, extended: 38, depth: depth, to: &params)
    }
    if to.background != previous.background {
      appendColor(to.background, base: 40, bright: 100, extended: 48, depth: depth, to: &params)
    }
    guard !params.isEmpty else { return [] }
    return [0x1B, 0x5B] + params + [0x6D]
  }

  /// `;3n`, `;9n`, `;38;5;n` or `;38;2;r;g;b` (and the 4x/10x/48 forms for backgrounds).
  private static func appendColor(
    _ color: Int32, base: Int, bright: Int, extended: Int, depth: ColorDepth,
    to out: inout [UInt8]
  ) {
    guard depth != .none else { return }
    if !out.isEmpty { out.append(0x3B) }
    guard color >= 0 else {
      appendDecimal(base + 9, to: &out)  // 39 / 49: the terminal's default colour
      return
    }
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
