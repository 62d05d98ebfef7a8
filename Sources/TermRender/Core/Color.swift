/// A colour as a theme names it. How it reaches the terminal (truecolor, xterm-256, 16, none)
/// is decided once, by the backend's colour mapping, never at draw time.
///
/// Packed into one `UInt32` (kind in the top byte, value below) rather than an enum with
/// payloads, so styles and cells compare with integer compares: the frame diff compares every
/// cell of the screen ten times a second (docs/PERFORMANCE.md). Build colours with `.default`,
/// `.ansi(n)`, `.indexed(n)` and `.rgb(r, g, b)`; read them back through `kind`.
public struct Color: Hashable, Sendable {
  /// Kind tag in bits 24...31, value in bits 0...23.
  public let rawValue: UInt32

  private init(tag: UInt32, value: UInt32) { rawValue = tag << 24 | value }

  private static let defaultTag: UInt32 = 0
  private static let ansiTag: UInt32 = 1
  private static let indexedTag: UInt32 = 2
  private static let rgbTag: UInt32 = 3

  /// The terminal's own default foreground or background.
  public static let `default` = Color(tag: defaultTag, value: 0)

  /// One of the 16 ANSI colours, 0...15 (8...15 are the bright ones).
  public static func ansi(_ n: UInt8) -> Color { Color(tag: ansiTag, value: UInt32(n)) }

  /// An xterm-256 palette index.
  public static func indexed(_ n: UInt8) -> Color { Color(tag: indexedTag, value: UInt32(n)) }

  /// 24-bit colour.
  public static func rgb(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Color {
    Color(tag: rgbTag, value: UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b))
  }

  /// What a colour is, for code that must treat each kind differently (the backend's mapping).
  public enum Kind: Hashable, Sendable {
    case `default`
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
  }

  /// This colour's kind and value.
  public var kind: Kind {
    let value = rawValue & 0xFF_FFFF
    switch rawValue >> 24 {
    case Color.ansiTag: return .ansi(UInt8(truncatingIfNeeded: value))
    case Color.indexedTag: return .indexed(UInt8(truncatingIfNeeded: value))
    case Color.rgbTag:
      return .rgb(
        UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
        UInt8(truncatingIfNeeded: value))
    default: return .default
    }
  }
}

/// Text attributes that carry meaning without colour (bold, dim, underline …).
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let italic = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
  public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// Foreground, background and attributes of a cell.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var attributes: TextAttributes

  public init(foreground: Color = .default, background: Color = .default,
              attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  public static let plain = Style()

  /// This style with extra attributes.
  public func adding(_ extra: TextAttributes) -> Style {
    var s = self
    s.attributes.formUnion(extra)
    return s
  }
}
