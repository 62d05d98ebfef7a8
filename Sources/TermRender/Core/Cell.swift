/// One terminal cell: a grapheme and its style.
///
/// A double-width grapheme (CJK such as 郑州) occupies its cell with `width == 2`, and the cell
/// to its right is a continuation (`width == 0`, empty symbol) that backends skip.
public struct Cell: Hashable, Sendable {
  /// The grapheme drawn, or "" for the right half of a wide grapheme.
  public var symbol: String
  public var style: Style
  /// Columns the symbol occupies: 1, 2, or 0 for a continuation cell.
  public var width: UInt8

  public init(_ symbol: String = " ", style: Style = .plain, width: UInt8 = 1) {
    self.symbol = symbol
    self.style = style
    self.width = width
  }

  /// A blank cell in the given style.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style, width: 1) }

  public var isContinuation: Bool { width == 0 }
}
