@preconcurrency import CNCursesW
import TermRender

/// Writes cells into ncurses' virtual screen (stdscr) with `mvwadd_wch`; `CursesSink` then
/// lets `doupdate` send them.
///
/// Continuation cells (right halves of wide glyphs) are skipped: curses places the wide
/// glyph across both columns itself. Without UTF-8 every cell, continuations included,
/// becomes one ASCII character (see `ASCIIFallback`). Cells outside the current screen are
/// ignored, so a frame rendered for the old size cannot write past a shrunk terminal.
@MainActor
struct CursesCellWriter {
  let colorDepth: ColorDepth
  let isUTF8: Bool
  /// Ambiguous-width characters become ASCII, as in `FrameEncoder.narrowsAmbiguous`.
  let narrowsAmbiguous: Bool
  private var pairs: ColorPairCache
  private var styleCache: [Style: (attributes: attr_t, pair: Int32)] = [:]

  /// A writer for the colours started at `colorDepth`; call after `start_color`, which
  /// sets `COLOR_PAIRS`.
  init(colorDepth: ColorDepth, isUTF8: Bool, narrowsAmbiguous: Bool = false) {
    self.colorDepth = colorDepth
    self.isUTF8 = isUTF8
    self.narrowsAmbiguous = narrowsAmbiguous
    pairs = ColorPairCache(capacity: Int32(clamping: nc_color_pairs()))
  }

  /// Draws `changes` into stdscr, skipping what lies outside a `width` × `height` screen.
  mutating func write(_ changes: [CellChange], width: Int, height: Int) {
    var glyph = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
    var cc = cchar_t()
    // Neighbouring changes mostly share a style: the last one resolved is checked first.
    var lastStyle: Style?
    var lastResolved: (attributes: attr_t, pair: Int32) = (NC_A_NORMAL, 0)
    for change in changes where !isUTF8 || !change.cell.isContinuation {
      guard change.x >= 0, change.y >= 0, change.x < width, change.y < height else { continue }
      if change.cell.style != lastStyle {
        lastStyle = change.cell.style
        lastResolved = resolve(change.cell.style)
      }
      let (attributes, pair) = lastResolved
      if isUTF8, !narrowsAmbiguous || !EastAsianWidth.isAmbiguous(change.cell.scalar) {
        Self.fill(&glyph, with: change.cell)
      } else {
        Self.fill(&glyph, with: ASCIIFallback.character(for: change.cell.symbol))
      }
      var pairNumber = pair
      // The pair goes through the opts pointer so pairs above 255 work (notes §2).
      setcchar(&cc, glyph, attributes, 0, &pairNumber)
      mvwadd_wch(stdscr, Int32(change.y), Int32(change.x), &cc)
    }
  }

  /// Copies a cell's scalars into a NUL-terminated wide string (a blank for a continuation).
  private static func fill(_ glyph: inout [wchar_t], with cell: Cell) {
    guard cell.scalar != Cell.none else {
      glyph[0] = wchar_t(UInt8(ascii: " "))
      glyph[1] = 0
      return
    }
    glyph[0] = wchar_t(bitPattern: Cell.drawable(cell.scalar).value)
    if cell.mark != Cell.none, glyph.count > 2 {
      glyph[1] = wchar_t(bitPattern: Cell.drawable(cell.mark).value)
      glyph[2] = 0
    } else {
      glyph[1] = 0
    }
  }

  /// One ASCII character as a NUL-terminated wide string.
  private static func fill(_ glyph: inout [wchar_t], with character: Character) {
    glyph[0] = wchar_t(bitPattern: character.unicodeScalars.first?.value ?? 0x20)
    glyph[1] = 0
  }

  /// Curses attributes and pair number for a style, cached per style.
  private mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int32) {
    if let known = styleCache[style] { return known }
    let resolved = (Self.attributes(for: style.attributes), pairNumber(for: style))
    styleCache[style] = resolved
    return resolved
  }

  private mutating func pairNumber(for style: Style) -> Int32 {
    guard colorDepth != .none else { return 0 }
    let key = ColorPairKey(
      foreground: ColorMapping.terminalColor(style.foreground, depth: colorDepth),
      background: ColorMapping.terminalColor(style.background, depth: colorDepth))
    switch pairs.lookup(key) {
    case .existing(let pair):
      return pair
    case .assigned(let pair):
      if init_extended_pair(pair, key.foreground, key.background) == OK { return pair }
      pairs.markFailed(key)
      return 0
    case .fallback:
      return 0
    }
  }

  /// Curses attribute bits for TermRender attributes.
  nonisolated static func attributes(for attributes: TextAttributes) -> attr_t {
    var bits = NC_A_NORMAL
    if attributes.contains(.bold) { bits |= NC_A_BOLD }
    if attributes.contains(.dim) { bits |= NC_A_DIM }
    if attributes.contains(.underline) { bits |= NC_A_UNDERLINE }
    if attributes.contains(.reverse) { bits |= NC_A_REVERSE }
    if attributes.contains(.italic) { bits |= NC_A_ITALIC }
    return bits
  }
}
