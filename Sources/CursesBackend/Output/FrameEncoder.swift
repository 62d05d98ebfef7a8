import TermRender

/// Turns one frame's cell changes into the bytes that draw them on an ANSI (ECMA-48)
/// terminal: cursor moves, one SGR sequence per change of style, UTF-8 glyphs.
///
/// It replaces ncurses' `doupdate` on terminals whose terminfo entry speaks ANSI (checked by
/// `ANSIDialect.probe`): the dashboard already knows exactly which cells changed, and
/// `doupdate` spent most of a live frame's output time rediscovering that and expanding
/// terminfo strings per move and per colour (D21). Pure: tests feed it changes and read bytes.
///
/// A frame assumes nothing about the terminal's state when it starts (cursor position and
/// attributes are unknown), so whatever else writes to the terminal between frames (ncurses
/// repainting after Ctrl-Z and `fg`, a shell, the user) can never put the next frame's cells
/// in the wrong place or style.
public struct FrameEncoder: Sendable {
  /// Colour depth the SGR sequences are written for.
  public let depth: ColorDepth
  /// UTF-8 glyphs, or one ASCII character per cell (`ASCIIFallback`) when false.
  public let isUTF8: Bool
  /// The terminal draws East Asian Ambiguous glyphs two columns wide: a cell holding one
  /// (`é`, `·`, `Д` in data text; the glyph set draws no such symbol) is written as its ASCII
  /// stand-in, so that every cell stays one column.
  public let narrowsAmbiguous: Bool
  /// Attributes the terminal declares; others are left out, as curses would.
  public let attributes: TextAttributes
  /// True when writing the bottom-right cell would scroll the screen (`am` without `xenl`):
  /// that cell is then never written.
  public let skipsBottomRight: Bool
  /// The terminal's clear-screen sequence (`clear`), sent before a full repaint.
  public let clearScreen: [UInt8]
  /// The terminal's own reset (`sgr0`): it starts and ends every frame, so the frame does not
  /// depend on what was written before it and leaves the state curses expects.
  public let reset: [UInt8]

  private var styleSteps: [StyleStep: [UInt8]] = [:]

  public init(
    depth: ColorDepth, isUTF8: Bool, narrowsAmbiguous: Bool = false, attributes: TextAttributes,
    skipsBottomRight: Bool, clearScreen: [UInt8], reset: [UInt8] = ANSI.reset
  ) {
    self.depth = depth
    self.isUTF8 = isUTF8
    self.narrowsAmbiguous = narrowsAmbiguous
    self.attributes = attributes
    self.skipsBottomRight = skipsBottomRight
    self.clearScreen = clearScreen
    self.reset = reset
  }

  /// Appends to `out` the bytes that draw `changes` (row by row, left to right, as
  /// `Buffer.changes(from:)` gives them) on a `width` × `height` screen, after clearing it
  /// when `clearFirst` is set. Cells outside the screen are skipped.
  ///
  /// With `frame` (the buffer the changes came from), a gap of a few unchanged ASCII cells in
  /// the current style is written over again instead of skipped with a cursor move: a
  /// character a cell is shorter than `CSI n C`.
  public mutating func encode(
    _ changes: [CellChange], width: Int, height: Int, clearFirst: Bool,
    frame: Buffer? = nil, into out: inout [UInt8]
  ) {
    guard clearFirst || !changes.isEmpty else { return }
    // Reset first: the cleared screen takes the default background, and the first cell's
    // style is written from a known state.
    out.append(contentsOf: reset)
    if clearFirst { out.append(contentsOf: clearScreen) }
    var cursor: (x: Int, y: Int)? = nil
    var current: Style? = nil
    for change in changes {
      let cell = change.cell
      if isUTF8, cell.isContinuation { continue }
      let columns = isUTF8 ? max(1, Int(cell.width)) : 1
      let (x, y) = (change.x, change.y)
      guard x >= 0, y >= 0, y < height, x + columns <= width else { continue }
      if skipsBottomRight, y == height - 1, x + columns == width { continue }
      if let at = cursor, at.y == y, at.x == x {
        // Already there: the glyph before this one left the cursor here.
      } else if let at = cursor, at.y == y, x > at.x {
        if let frame, let current,
          appendGap(from: at.x, to: x, row: y, of: frame, style: current, to: &out)
        {
          // The cells between were written again, unchanged.
        } else {
          ANSI.appendForward(x - at.x, to: &out)
        }
      } else {
        ANSI.appendMove(x: x, y: y, to: &out)
      }
      let style = drawingStyle(of: cell, over: current)
      if style != current {
        out.append(contentsOf: sgr(from: current, to: style))
        current = style
      }
      appendGlyph(cell, to: &out)
      // At the last column the cursor waits to wrap; where it is then depends on the
      // terminal, so the next cell moves there explicitly.
      cursor = x + columns < width ? (x + columns, y) : nil
    }
    // Leave the terminal with default attributes, as curses believes it to be: ncurses
    // repaints on its own after Ctrl-Z and `fg`, and must not inherit the last cell's style.
    if current != nil { out.append(contentsOf: reset) }
  }

  /// The style `cell` is drawn in when the terminal's style is `current` (nil: just reset).
  ///
  /// A plain blank (a space with no mark, neither underlined nor reversed as this terminal
  /// draws it) shows only its background: it keeps the current foreground, bold, dim and
  /// italic, so moving between text and the blanks around it sends no colour back and
  /// forth (D21). What this returns is what the terminal then has, which the next step
  /// starts from.
  private func drawingStyle(of cell: Cell, over current: Style?) -> Style {
    let style = cell.style
    guard cell.scalar == " ", cell.mark == Cell.none,
      style.attributes.intersection(attributes).isDisjoint(with: [.underline, .reverse])
    else { return style }
    let kept = current ?? .plain
    return Style(
      foreground: kept.foreground, background: style.background,
      attributes: kept.attributes.intersection([.bold, .dim, .italic]))
  }

  /// Writes the cells `from..<to` of `row` when there are at most three, all plain ASCII
  /// that look as they are in `style` (so they cost fewer bytes than the move); returns
  /// false, writing nothing, otherwise.
  private func appendGap(
    from: Int, to: Int, row: Int, of frame: Buffer, style: Style, to out: inout [UInt8]
  ) -> Bool {
    guard to - from <= 3, row < frame.height, to <= frame.width else { return false }
    for x in from..<to {
      let cell = frame[x, row]
      guard cell.width == 1, cell.mark == Cell.none, drawingStyle(of: cell, over: style) == style,
        cell.scalar.value >= 0x20, cell.scalar.value < 0x7F
      else { return false }
    }
    for x in from..<to { out.append(UInt8(frame[x, row].scalar.value)) }
    return true
  }

  private func appendGlyph(_ cell: Cell, to out: inout [UInt8]) {
    guard isUTF8, !narrowsAmbiguous || !EastAsianWidth.isAmbiguous(cell.scalar) else {
      let ascii = ASCIIFallback.character(for: cell.symbol)
      out.append(UInt8(truncatingIfNeeded: ascii.unicodeScalars.first?.value ?? 0x20))
      return
    }
    if cell.scalar == Cell.none {
      out.append(0x20)
      return
    }
    appendUTF8(Cell.drawable(cell.scalar), to: &out)
    if cell.mark != Cell.none { appendUTF8(Cell.drawable(cell.mark), to: &out) }
  }

  private func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    let v = scalar.value
    switch v {
    case 0..<0x80:
      out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | v >> 6))
      out.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | v >> 12))
      out.append(UInt8(0x80 | v >> 6 & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    default:
      out.append(UInt8(0xF0 | v >> 18))
      out.append(UInt8(0x80 | v >> 12 & 0x3F))
      out.append(UInt8(0x80 | v >> 6 & 0x3F))
      out.append(UInt8(0x80 | v & 0x3F))
    }
  }

  /// The SGR sequence that turns `from` into `to`: only what differs (attributes switched off
  /// and on, colours that changed), or the whole style after a reset when `from` is unknown.
  /// Remembered per pair: a frame moves between a dozen styles.
  private mutating func sgr(from: Style?, to: Style) -> [UInt8] {
    let key = StyleStep(from: from, to: to)
    if let known = styleSteps[key] { return known }
    let bytes = ANSI.sgr(
      from: from.map(terminalStyle), to: terminalStyle(to), depth: depth)
    styleSteps[key] = bytes
    return bytes
  }

  /// `style` as the terminal gets it: supported attributes, colours at this depth.
  private func terminalStyle(_ style: Style) -> ANSI.TerminalStyle {
    ANSI.TerminalStyle(
      attributes: style.attributes.intersection(attributes),
      foreground: ColorMapping.terminalColor(style.foreground, depth: depth),
      background: ColorMapping.terminalColor(style.background, depth: depth))
  }

  /// A change of style, as the key of remembered SGR sequences.
  private struct StyleStep: Hashable {
    var from: Style?
    var to: Style
  }
}
