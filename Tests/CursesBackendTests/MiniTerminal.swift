import TermRender
import TerminalTestSupport

@testable import CursesBackend

/// Just enough of an ANSI terminal to replay `FrameEncoder` output: cursor addressing
/// (`CSI r;c H`, `CSI n C`), clearing (`CSI H CSI J`), SGR (attributes on and off, 16, 256
/// and direct colours, defaults), SI, and UTF-8 glyphs with wide ones taking two columns.
/// Anything else fails the replay.
struct MiniTerminal {
  struct Slot: Equatable {
    var symbol: String
    var sgr: Rendition
  }

  let width: Int
  let height: Int
  private(set) var slots: [Slot]
  private var x = 0
  private var y = 0
  private var sgr = Rendition()
  private(set) var unknown: [String] = []

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    slots = Array(repeating: Slot(symbol: " ", sgr: Rendition()), count: width * height)
  }

  mutating func replay(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "\u{1B}":
        guard scalars.next() == "[" else {
          unknown.append("ESC without [")
          continue
        }
        var parameters = ""
        while let next = scalars.next() {
          if next.properties.numericType != nil || next == ";" {
            parameters.unicodeScalars.append(next)
            continue
          }
          control(parameters, final: next)
          break
        }
      case "\u{0F}":
        continue
      default:
        put(String(scalar))
      }
    }
  }

  private mutating func control(_ parameters: String, final: Unicode.Scalar) {
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map {
      Int($0) ?? 0
    }
    switch final {
    case "H":
      y = max(1, numbers.first ?? 1) - 1
      x = max(1, numbers.count > 1 ? numbers[1] : 1) - 1
    case "C":
      x += max(1, numbers.first ?? 1)
    case "J":
      slots = Array(repeating: Slot(symbol: " ", sgr: Rendition()), count: width * height)
    case "m":
      sgr.apply(parameters.isEmpty ? [0] : numbers)
    default:
      unknown.append("CSI \(parameters)\(final)")
    }
  }

  private mutating func put(_ symbol: String) {
    let columns = DisplayWidth.of(symbol) == 2 ? 2 : 1
    guard x + columns <= width, y < height else {
      unknown.append("glyph outside the screen at \(x),\(y)")
      return
    }
    slots[y * width + x] = Slot(symbol: symbol, sgr: sgr)
    if columns == 2 { slots[y * width + x + 1] = Slot(symbol: "", sgr: sgr) }
    x += columns
  }

  /// The first cell of `frame` that does not look on this terminal as its style's SGR
  /// (xterm-256, all attributes) draws it, or what was replayed that it does not know; nil
  /// when all match. Only what shows is compared (`Rendition.onBlank`).
  func mismatch(_ frame: Buffer) -> String? {
    if let first = unknown.first { return "unknown: \(first)" }
    for row in 0..<height {
      for column in 0..<width {
        let cell = frame[column, row]
        let slot = slots[row * width + column]
        if cell.isContinuation {
          if slot.symbol != "" { return "continuation at \(column),\(row): \(slot)" }
          continue
        }
        let expected = ANSI.sgr(
          from: nil,
          to: ANSI.TerminalStyle(
            attributes: cell.style.attributes,
            foreground: ColorMapping.terminalColor(cell.style.foreground, depth: .xterm256),
            background: ColorMapping.terminalColor(cell.style.background, depth: .xterm256)),
          depth: .xterm256)
        var rendition = Rendition()
        rendition.apply(
          String(decoding: expected.dropFirst(2).dropLast(), as: UTF8.self)
            .split(separator: ";").map { Int($0) ?? -1 })
        // What shows: a blank's foreground, bold, dim and italic do not.
        let (seen, wanted) =
          cell.symbol == " " ? (slot.sgr.onBlank, rendition.onBlank) : (slot.sgr, rendition)
        if slot.symbol != cell.symbol || seen != wanted {
          return
            "at \(column),\(row): \(slot), expected \(cell.symbol.debugDescription) \(rendition)"
        }
      }
    }
    return nil
  }
}
