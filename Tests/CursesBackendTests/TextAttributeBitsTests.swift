import CNCursesW
import TermRender
import Testing

@testable import CursesBackend

@Suite("TermRender attributes → curses attribute bits")
struct TextAttributeBitsTests {
  static let table: [(TextAttributes, attr_t)] = [
    ([], NC_A_NORMAL),
    (.bold, NC_A_BOLD), (.dim, NC_A_DIM), (.underline, NC_A_UNDERLINE),
    (.reverse, NC_A_REVERSE), (.italic, NC_A_ITALIC),
    ([.bold, .underline], NC_A_BOLD | NC_A_UNDERLINE),
  ]

  @Test(arguments: table.indices)
  func mapsAttributes(_ index: Int) {
    let (attributes, bits) = Self.table[index]
    #expect(CursesCellWriter.attributes(for: attributes) == bits)
  }
}
