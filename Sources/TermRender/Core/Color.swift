/// A colour as a theme names it. How it reaches the terminal (truecolor, xterm-256, 16, none)
/// is decided once, by the backend's colour mapping, never at draw time.
public enum Color: Hashable, Sendable {
  /// The terminal's own default foreground or background.
  case `default`
  /// One of the 16 ANSI colours, 0...15 (8...15 are the bright ones).
  case ansi(UInt8)
  /// An xterm-256 palette index.
  case indexed(UInt8)
  /// 24-bit colour.
  case rgb(UInt8, UInt8, UInt8)
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
