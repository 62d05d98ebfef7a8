/// The terminal's answers to `ESC [ 6 n` (Device Status Report, cursor position) picked out of
/// the bytes read while waiting for them: each `ESC [ row ; column R` is a report, every other
/// byte is input the user typed meanwhile and is kept, in order, to be handed on.
///
/// Pure, so the probe's parsing is tested with made-up replies.
public struct CursorReports: Sendable, Equatable {
  /// Cursor positions reported, 1-based, in the order they came.
  public private(set) var positions: [(row: Int, column: Int)] = []
  /// Bytes that were not part of a report: keys typed during the probe.
  public private(set) var typed: [UInt8] = []
  /// The start of a report not complete yet (its bytes may still arrive).
  private var pending: [UInt8] = []

  public init() {}

  /// Adds bytes as they are read; a report may be split across reads.
  public mutating func add(_ bytes: some Sequence<UInt8>) {
    for byte in bytes { add(byte) }
  }

  /// Gives up on a report left incomplete (the bytes were input after all).
  public mutating func finish() {
    typed += pending
    pending = []
  }

  private mutating func add(_ byte: UInt8) {
    if pending.isEmpty {
      if byte == 0x1B { pending = [byte] } else { typed.append(byte) }
      return
    }
    pending.append(byte)
    switch Self.match(pending) {
    case .partial: return
    case .report(let row, let column):
      positions.append((row, column))
      pending = []
    case .no:
      // Not a report: the bytes are input (an arrow key's ESC [ A), but a new ESC in them may
      // start a report, so everything before it is input and the rest is looked at again.
      let bytes = pending
      pending = []
      typed.append(bytes[0])
      for b in bytes.dropFirst() { add(b) }
    }
  }

  private enum Match { case partial, report(Int, Int), no }

  /// `ESC [ digits ; digits R`, at most 4 digits each.
  private static func match(_ bytes: [UInt8]) -> Match {
    guard bytes.count >= 2 else { return .partial }
    guard bytes[1] == UInt8(ascii: "[") else { return .no }
    var numbers = [0]
    var digits = 0
    for byte in bytes.dropFirst(2) {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard digits < 4 else { return .no }
        numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(byte - 0x30)
        digits += 1
      case UInt8(ascii: ";"):
        guard numbers.count == 1, digits > 0 else { return .no }
        numbers.append(0)
        digits = 0
      case UInt8(ascii: "R"):
        guard numbers.count == 2, digits > 0 else { return .no }
        return .report(numbers[0], numbers[1])
      default:
        return .no
      }
    }
    return .partial
  }

  public static func == (a: CursorReports, b: CursorReports) -> Bool {
    a.typed == b.typed && a.pending == b.pending
      && a.positions.elementsEqual(b.positions) { $0.row == $1.row && $0.column == $1.column }
  }

  /// The width of the glyph printed between the first two reports, when both came.
  public var advance: AmbiguousWidth? {
    guard positions.count >= 2, positions[0].row == positions[1].row else { return nil }
    return AmbiguousWidth(advance: positions[1].column - positions[0].column)
  }
}
