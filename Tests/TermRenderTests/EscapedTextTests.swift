import SafeText
import Testing

@testable import TermRender

/// Unsafe scalars on the cell grid: drawn as their escape, counted as wide as the escape, so
/// cutting and padding agree with the drawing and no cell holds one.
@Suite("Escaped text in buffers")
struct EscapedTextTests {
  static let hostile = "Zhengzhou\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}\u{7F}\u{202E}🚂"

  @Test func theIssuesStationNameIsDrawnEscaped() {
    var buffer = Buffer(width: 60, height: 1)
    let columns = buffer.put(Self.hostile, x: 0, y: 0, style: .plain)
    #expect(columns == Self.hostile.displayWidth)
    #expect(
      buffer.textLines()[0].hasPrefix(#"Zhengzhou\e]0;PWNED\u{07}\e[2J\u{9B}\u{7F}\u{202E}🚂"#))
    // U+0000 is `Cell.none`: no scalar (a continuation, no mark), never sent.
    let sent = buffer.cells.flatMap { [$0.scalar, $0.mark] }.filter { $0 != Cell.none }
    #expect(!sent.contains(where: UnsafeScalars.contains))
  }

  /// Padded or cut to any width, hostile text fills exactly that many columns, drawn.
  @Test(arguments: 1...40)
  func paddedTextFillsItsWidthExactly(width: Int) {
    let padded = Self.hostile.padded(toWidth: width)
    #expect(padded.displayWidth == width)
    var buffer = Buffer(width: width + 2, height: 1, fill: Cell("#"))
    #expect(buffer.put(padded, x: 1, y: 0, style: .plain) == width)
    let line = buffer.textLines()[0]
    #expect(line.hasPrefix("#") && line.hasSuffix("#"), "\(line)")
    #expect(buffer.cells[width + 1].symbol == "#")
  }

  /// A cut never splits an escape: the prefix ends before it.
  @Test func aPrefixKeepsEscapesWhole() {
    #expect("ab\u{9B}c".prefix(columns: 5) == "ab")
    #expect("ab\u{9B}c".prefix(columns: 7) == "ab")
    #expect("ab\u{9B}c".prefix(columns: 8) == "ab\u{9B}")
    #expect("\u{1B}x".prefix(columns: 1) == "")
    #expect(DisplayWidth.of(Character("\r\n")) == 4)
  }

  /// The last guard of the sinks, for a cell placed whole.
  @Test func aPlacedCellNeverSendsAnUnsafeScalar() {
    #expect(Cell.drawable("\u{1B}") == "\u{FFFD}")
    #expect(Cell.drawable("\u{202E}") == "\u{FFFD}")
    #expect(Cell.drawable("郑") == "郑")
  }
}
