/// Keys read as bytes (during the ambiguous-width probe) turned into what curses' input queue
/// takes back: a byte a key, except escape sequences that name a key, which become its code.
///
/// `ungetch` marks what it pushes as already decoded, so an arrow's `ESC [ B` pushed byte by
/// byte would come out as Esc, `[` and `B`. Each sequence is therefore looked up first: in the
/// terminal's own key table (curses' `key_defined`), then as the four arrows of the cursor-key
/// mode terminals start in (`ESC [ A` … `ESC [ D`), which is the mode they are in before
/// curses switches to the keypad's.
enum TypedKeys {
  /// Curses' code for a key, as `key_defined` gives it: above 0 for a key, else none.
  typealias Lookup = (String) -> Int32

  /// The longest sequence looked up, in bytes (function keys with modifiers are about 7).
  static let longestSequence = 12

  /// `bytes` as key codes and bytes, in order; `up`…`left` are curses' arrow codes.
  static func codes(
    _ bytes: [UInt8], lookup: Lookup, arrows: (up: Int32, down: Int32, right: Int32, left: Int32)
  ) -> [Int32] {
    var codes: [Int32] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x1B, let (length, code) = key(at: index, in: bytes, lookup, arrows) {
        codes.append(code)
        index += length
      } else {
        codes.append(Int32(bytes[index]))
        index += 1
      }
    }
    return codes
  }

  private static func key(
    at index: Int, in bytes: [UInt8], _ lookup: Lookup,
    _ arrows: (up: Int32, down: Int32, right: Int32, left: Int32)
  ) -> (length: Int, code: Int32)? {
    let longest = min(longestSequence, bytes.count - index)
    guard longest >= 2 else { return nil }
    for length in stride(from: longest, through: 2, by: -1) {
      let sequence = bytes[index..<(index + length)]
      let code = lookup(String(decoding: sequence, as: UTF8.self))
      if code > 0 { return (length, code) }
    }
    guard longest >= 3, bytes[index + 1] == UInt8(ascii: "[") else { return nil }
    switch bytes[index + 2] {
    case UInt8(ascii: "A"): return (3, arrows.up)
    case UInt8(ascii: "B"): return (3, arrows.down)
    case UInt8(ascii: "C"): return (3, arrows.right)
    case UInt8(ascii: "D"): return (3, arrows.left)
    default: return nil
    }
  }
}
