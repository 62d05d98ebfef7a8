/// A run of text drawn in one style; a line of text is an array of spans.
public struct Span: Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// Columns the text occupies.
  public var width: Int { DisplayWidth.of(text) }
}

/// Where text sits in a wider space.
public enum TextAlignment: Hashable, Sendable {
  case left, center, right

  /// Columns to skip before text `used` columns wide in `available` columns.
  public func offset(used: Int, available: Int) -> Int {
    let free = Swift.max(0, available - used)
    switch self {
    case .left: return 0
    case .center: return free / 2
    case .right: return free
    }
  }
}
