import Testing
import TermRender

/// `String.wrapped(toWidth:)`: captions in English, French and Chinese broken by display width.
@Suite("Caption wrapping")
struct WrapTests {
  static let samples = [
    "The first Cainiao e-commerce train left Zhengzhou Putian for Liège on 2 March 2019.",
    "Le premier train e-commerce de Cainiao a quitté Zhengzhou Putian pour Liège le 2 mars 2019.",
    "2019年3月2日，首列菜鸟电商班列从郑州圃田站开往列日。",
    "两次换轨：在多斯特克换入1520毫米轨道，在马拉舍维奇换回1435毫米。",
    "mixed 郑州圃田 and Liège, 阿拉山口（Alashankou）",
  ]

  @Test("English breaks at spaces and drops them at the break")
  func breaksAtSpaces() {
    #expect("The first Cainiao train".wrapped(toWidth: 10) == ["The first", "Cainiao", "train"])
    #expect("a  b".wrapped(toWidth: 10) == ["a  b"])
    #expect("".wrapped(toWidth: 5) == [""])
    #expect("one\ntwo".wrapped(toWidth: 10) == ["one", "two"])
  }

  @Test("CJK breaks between wide characters, never through one")
  func cjkBreaks() {
    #expect("第一列菜鸟电商班列".wrapped(toWidth: 6) == ["第一列", "菜鸟电", "商班列"])
    // 5 columns hold two wide glyphs, not two and a half.
    #expect("郑州圃田站".wrapped(toWidth: 5) == ["郑州", "圃田", "站"])
  }

  @Test("closing punctuation stays with what it closes; a date is not broken")
  func punctuation() {
    #expect("郑州，列日".wrapped(toWidth: 4) == ["郑", "州，", "列日"])
    #expect("郑州，列日".wrapped(toWidth: 6) == ["郑州，", "列日"])
    #expect("（郑州）".wrapped(toWidth: 4) == ["（郑", "州）"])
    #expect("2019年3月2日开出".wrapped(toWidth: 12) == ["2019年3月2日", "开出"])
  }

  @Test("a run wider than the line is cut at the width")
  func longRuns() {
    #expect("Małaszewicze".wrapped(toWidth: 5) == ["Małas", "zewic", "ze"])
    #expect("郑州".wrapped(toWidth: 1) == ["郑", "州"])
  }

  @Test("every line fits and no character is lost", arguments: samples)
  func property(text: String) {
    for width in 2...60 {
      let lines = text.wrapped(toWidth: width)
      for line in lines {
        #expect(line.displayWidth <= width, "'\(line)' wider than \(width)")
        #expect(line.first != " " && line.last != " ", "'\(line)' keeps a break's space")
      }
      let kept = lines.joined().filter { $0 != " " }
      #expect(kept == text.filter { $0 != " " }, "width \(width)")
      // Below 4 columns two wide glyphs never fit a line, so punctuation must stand alone.
      for line in lines.dropFirst() where width >= 4 {
        #expect(line.first.map { !"，。、；：！？）".contains($0) } ?? true, "'\(line)' at \(width) in \(lines)")
      }
    }
  }
}
