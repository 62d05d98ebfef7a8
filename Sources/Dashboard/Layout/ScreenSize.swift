import SafeText

/// A screen size given on the command line as `WIDTHxHEIGHT` (e.g. `120x40`).
public struct ScreenSize: Sendable, Hashable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  /// Sizes beyond this are refused: no terminal is that large, and the frame would be huge.
  public static let maximum = 1_000

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// Parses `120x40` (also `120X40` and `120×40`); the error says what was expected.
  public init(parsing text: String) throws(ScreenSizeError) {
    let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" })
      .map(String.init)
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]) else {
      throw ScreenSizeError(text: text, problem: "expected WIDTHxHEIGHT, e.g. 120x40")
    }
    guard (1...Self.maximum).contains(w), (1...Self.maximum).contains(h) else {
      throw ScreenSizeError(
        text: text, problem: "width and height must be between 1 and \(Self.maximum)")
    }
    self.init(width: w, height: h)
  }

  public var description: String { "\(width)x\(height)" }
}

/// A `--size` value that is not a usable screen size.
public struct ScreenSizeError: Error, Sendable, Hashable, CustomStringConvertible {
  public var text: String
  public var problem: String
  public var description: String { "bad size '\(text.terminalSafe())': \(problem)" }
}
