import CNCursesW
import TermRender
import Testing

@testable import CursesBackend

@Suite("Key decoding: what wget_wch returns → InputEvent")
struct KeyDecoderTests {
  static let size = (width: 120, height: 40)

  static let functionKeys: [(Int32, InputEvent)] = [
    (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
    (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
    (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
    (KEY_F0 + 1, .function(1)), (KEY_F0 + 10, .function(10)), (KEY_F0 + 12, .function(12)),
    (KEY_RESIZE, .resize(width: 120, height: 40)),
  ]

  @Test("curses key codes", arguments: functionKeys.indices)
  func decodesFunctionKey(_ index: Int) {
    let (code, expected) = Self.functionKeys[index]
    #expect(
      KeyDecoder.decode(kind: .functionKey, code: UInt32(code), size: Self.size)
        == expected)
  }

  static let characters: [(UInt32, InputEvent)] = [
    (9, .tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
    (3, .ctrl("c")), (1, .ctrl("a")), (26, .ctrl("z")), (12, .ctrl("l")),
    (UInt32(UInt8(ascii: "q")), .character("q")), (32, .character(" ")),
    (UInt32(UInt8(ascii: "?")), .character("?")), (UInt32(UInt8(ascii: "+")), .character("+")),
    (0x90D1, .character("郑")), (0xE9, .character("é")), (0x2847, .character("⡇")),
  ]

  @Test("characters and control bytes", arguments: characters.indices)
  func decodesCharacter(_ index: Int) {
    let (code, expected) = Self.characters[index]
    #expect(KeyDecoder.decode(kind: .character, code: code, size: Self.size) == expected)
  }

  @Test("keys railtop does not use decode to nothing")
  func ignoresUnknown() {
    #expect(KeyDecoder.decode(kind: .functionKey, code: UInt32(KEY_MOUSE), size: Self.size) == nil)
    #expect(KeyDecoder.decode(kind: .character, code: 0, size: Self.size) == nil)
    #expect(KeyDecoder.decode(kind: .character, code: 28, size: Self.size) == nil)
    // A lone surrogate is not a scalar.
    #expect(KeyDecoder.decode(kind: .character, code: 0xD800, size: Self.size) == nil)
  }

  @Test("resize carries the size it is given")
  func resizeSize() {
    #expect(
      KeyDecoder.decode(
        kind: .functionKey, code: UInt32(KEY_RESIZE),
        size: (width: 80, height: 24)) == .resize(width: 80, height: 24))
  }
}
