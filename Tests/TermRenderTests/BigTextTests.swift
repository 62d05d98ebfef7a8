import Testing
import TermRender

/// The big-digit ladder: goldens per rung, and the properties the kiosk relies on (a draw
/// paints exactly its size, `fit` picks the biggest rung that fits).
@Suite("Big digits")
struct BigTextTests {
  /// Texts the kiosk shows: every glyph of the fonts, and KPI-shaped numbers.
  static let samples = ["0123456789", ",.%:-+/ d", "1,234", "17.5 d", "+3%", "08:45", "12/03"]

  /// Each sample drawn one under another, a blank row between.
  static func sheet(_ font: BigText.Font, unicode: Bool) -> [String] {
    let sizes = samples.map { BigText.size(of: $0, font: font) }
    let width = sizes.map(\.width).max() ?? 0
    let height = sizes.reduce(0) { $0 + $1.height + 1 }
    return draw(width, height) { buffer, _ in
      var y = 0
      for (text, size) in zip(samples, sizes) {
        BigText.draw(text, font: font, into: &buffer, x: 0, y: y, style: .plain, unicode: unicode)
        y += size.height + 1
      }
    }
  }

  @Test("each rung matches its golden", arguments: BigText.Font.allCases)
  func goldenPerRung(font: BigText.Font) {
    expectGolden(Self.sheet(font, unicode: true), named: "bigtext-\(font)")
  }

  @Test("the ASCII huge rung draws # for each dot")
  func asciiGolden() {
    let sheet = Self.sheet(.huge, unicode: false)
    expectGolden(sheet, named: "bigtext-huge-ascii")
    #expect(sheet.joined().allSatisfy { $0 == "#" || $0 == " " })
  }

  @Test("rung sizes: a digit is 10×7, 5×4, 3×3 and 1×1 cells")
  func digitSizes() {
    #expect(BigText.size(of: "8", font: .huge) == (10, 7))
    #expect(BigText.size(of: "8", font: .large) == (5, 4))
    #expect(BigText.size(of: "8", font: .small) == (3, 3))
    #expect(BigText.size(of: "8", font: .plain) == (1, 1))
    // Glyphs one dot apart: "88" is two digits and one gap.
    #expect(BigText.size(of: "88", font: .huge).width == 22)
    #expect(BigText.size(of: "88", font: .small).width == 7)
    // The figures docs/KIOSK-TEXT.md gives.
    #expect(BigText.size(of: "1,234", font: .huge) == (52, 7))
    #expect(BigText.size(of: "1,234", font: .large) == (26, 4))
    #expect(BigText.size(of: "1,234", font: .small) == (17, 3))
  }

  @Test("a large digit is at least three rows: read at 5 m on a 55-inch screen at 67 rows")
  func largeIsReadable() {
    for digit in "0123456789" {
      #expect(BigText.size(of: String(digit), font: .large).height >= 3)
    }
  }

  @Test(
    "draw paints exactly the size(of:) box, nothing outside it",
    arguments: BigText.Font.allCases, [true, false])
  func drawPaintsItsSize(font: BigText.Font, unicode: Bool) {
    let sentinel = Cell("·")
    for text in Self.samples + ["", "7", "TEU 12"] {
      let size = BigText.size(of: text, font: font)
      let (ox, oy) = (3, 2)
      var buffer = Buffer(width: size.width + 6, height: size.height + 4, fill: sentinel)
      BigText.draw(text, font: font, into: &buffer, x: ox, y: oy, style: .plain, unicode: unicode)
      for y in 0..<buffer.height {
        for x in 0..<buffer.width {
          let inside = x >= ox && x < ox + size.width && y >= oy && y < oy + size.height
          #expect(
            (buffer[x, y] != sentinel) == inside,
            "\(font) '\(text)' unicode \(unicode): cell \(x),\(y) inside \(inside)")
        }
      }
    }
  }

  @Test("fit returns the biggest rung that fits", arguments: [true, false])
  func fitIsBiggestThatFits(unicode: Bool) {
    let usable: [BigText.Font] = unicode ? BigText.Font.allCases : [.huge, .plain]
    for text in Self.samples {
      for width in stride(from: 0, through: 120, by: 3) {
        for height in 0...9 {
          let font = BigText.fit(text, width: width, height: height, unicode: unicode)
          #expect(usable.contains(font))
          let fits = { (f: BigText.Font) in
            let s = BigText.size(of: text, font: f)
            return s.width <= width && s.height <= height
          }
          if font != .plain { #expect(fits(font), "\(text) at \(width)×\(height)") }
          for bigger in usable where bigger.rawValue < font.rawValue {
            #expect(!fits(bigger), "\(text) at \(width)×\(height): \(bigger) fits, got \(font)")
          }
        }
      }
    }
  }

  @Test("a text the fonts cannot draw only fits plain")
  func unknownCharactersArePlain() {
    #expect(BigText.fit("12 TEU", width: 200, height: 20, unicode: true) == .plain)
    #expect(BigText.fit("12 d", width: 200, height: 20, unicode: true) == .huge)
  }

  @Test("ASCII never picks a half-block rung")
  func asciiLadder() {
    #expect(BigText.fit("42", width: 12, height: 4, unicode: true) == .large)
    #expect(BigText.fit("42", width: 12, height: 4, unicode: false) == .plain)
    #expect(BigText.fit("42", width: 22, height: 7, unicode: false) == .huge)
  }
}
