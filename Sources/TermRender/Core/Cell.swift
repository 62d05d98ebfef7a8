import SafeText

/// One terminal cell: a grapheme and its style.
///
/// A double-width grapheme (CJK such as 郑州) occupies its cell with `width == 2`, and the cell
/// to its right is a continuation (`width == 0`, empty symbol) that backends skip.
///
/// The grapheme is stored as at most two Unicode scalars (a base and one combining mark)
/// rather than a `String`, so a cell is plain data: buffers fill, copy and compare without
/// reference counting, which is most of the cost of composing a frame (docs/PERFORMANCE.md).
/// Longer clusters (emoji ZWJ sequences) keep their first two scalars.
public struct Cell: Hashable, Sendable {
  /// The grapheme's first scalar; U+0000 for a continuation cell.
  public var scalar: Unicode.Scalar
  /// A combining mark after `scalar`, or U+0000 for none.
  public var mark: Unicode.Scalar
  public var style: Style
  /// Columns the symbol occupies: 1, 2, or 0 for a continuation cell.
  public var width: UInt8

  /// A cell showing `symbol` (its first two scalars; "" for a continuation cell).
  public init(_ symbol: String = " ", style: Style = .plain, width: UInt8 = 1) {
    var scalars = symbol.unicodeScalars.makeIterator()
    self.scalar = scalars.next() ?? Cell.none
    self.mark = scalars.next() ?? Cell.none
    self.style = style
    self.width = width
  }

  /// A cell showing one scalar.
  public init(scalar: Unicode.Scalar, style: Style = .plain, width: UInt8 = 1) {
    self.scalar = scalar
    self.mark = Cell.none
    self.style = style
    self.width = width
  }

  /// The "no scalar" value (U+0000).
  public static let none = Unicode.Scalar(UInt8(0))

  /// `scalar` as a terminal sink may send it: itself, or U+FFFD REPLACEMENT CHARACTER for a
  /// scalar that must never reach a terminal raw (`UnsafeScalars`). Text drawn with
  /// `Buffer.put` never holds one (it is escaped over several cells); this is the last
  /// guard for a cell placed whole, which has one column and no room for an escape.
  @inline(__always)
  public static func drawable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    UnsafeScalars.contains(scalar) ? "\u{FFFD}" : scalar
  }

  /// A blank cell in the given style.
  public static func blank(_ style: Style = .plain) -> Cell {
    Cell(scalar: " ", style: style, width: 1)
  }

  /// The continuation (right half) of a wide grapheme.
  static func continuation(_ style: Style) -> Cell {
    Cell(scalar: Cell.none, style: style, width: 0)
  }

  public var isContinuation: Bool { width == 0 }

  /// The grapheme drawn, or "" for the right half of a wide grapheme.
  public var symbol: String {
    guard scalar != Cell.none else { return "" }
    var text = String.UnicodeScalarView()
    text.append(scalar)
    if mark != Cell.none { text.append(mark) }
    return String(text)
  }

  /// Appends the grapheme's scalars (nothing for a continuation) to `text`.
  func appendSymbol(to text: inout String.UnicodeScalarView) {
    guard scalar != Cell.none else { return }
    text.append(scalar)
    if mark != Cell.none { text.append(mark) }
  }
}
