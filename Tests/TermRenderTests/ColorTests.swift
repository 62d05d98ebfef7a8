import Testing

@testable import TermRender

/// `Color` is packed into one integer; every kind must come back out exactly and no two
/// different colours may compare equal.
@Suite("Packed colours")
struct ColorTests {
  @Test("each kind reads back with its value")
  func kinds() {
    #expect(Color.default.kind == .default)
    #expect(Color.ansi(9).kind == .ansi(9))
    #expect(Color.indexed(208).kind == .indexed(208))
    #expect(Color.rgb(1, 2, 3).kind == .rgb(1, 2, 3))
    #expect(Color.rgb(255, 255, 255).kind == .rgb(255, 255, 255))
  }

  @Test("colours of different kinds or values differ", arguments: [0, 1, 7, 15, 255])
  func distinct(n: Int) {
    let v = UInt8(n)
    let colors: [Color] = [.ansi(v), .indexed(v), .rgb(v, 1, 2), .rgb(2, v, 1), .rgb(1, 2, v)]
    #expect(Set(colors).count == colors.count)
    #expect(!colors.contains(.default))
  }

  @Test("styles and cells compare by every field")
  func cellsCompare() {
    let base = Cell("a", style: Style(foreground: .indexed(1)))
    var other = base
    #expect(base == other)
    other.style.background = .ansi(1)
    #expect(base != other)
    other = base
    other.style.attributes = .bold
    #expect(base != other)
    other = base
    other.mark = "\u{301}"
    #expect(base != other)
  }
}
