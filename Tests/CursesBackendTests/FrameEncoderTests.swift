import TermRender
import Testing

@testable import CursesBackend

/// The bytes railtop writes for a frame's changes, and a replay of them on a minimal
/// terminal model: whatever the cursor logic does, the cells must land where the changes say.
@Suite("Frame encoder")
struct FrameEncoderTests {
  static func encoder(
    depth: ColorDepth = .xterm256, utf8: Bool = true, skipsBottomRight: Bool = false
  ) -> FrameEncoder {
    FrameEncoder(
      depth: depth, isUTF8: utf8, attributes: [.bold, .dim, .italic, .underline, .reverse],
      skipsBottomRight: skipsBottomRight, clearScreen: Array("\u{1B}[H\u{1B}[J".utf8),
      reset: Array("\u{1B}[m\u{0F}".utf8))
  }

  static func text(
    _ changes: [CellChange], _ encoder: FrameEncoder = encoder(), width: Int = 20,
    height: Int = 5, clear: Bool = false
  ) -> String {
    var encoder = encoder
    var out: [UInt8] = []
    encoder.encode(changes, width: width, height: height, clearFirst: clear, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func change(_ x: Int, _ y: Int, _ symbol: String, _ style: Style = .plain) -> CellChange {
    CellChange(x: x, y: y, cell: Cell(symbol, style: style, width: symbol == "郑" ? 2 : 1))
  }

  @Test func nothingChangedWritesNothing() {
    #expect(Self.text([]) == "")
  }

  @Test func neighboursShareOneMoveAndGapsMoveForward() {
    let changes = [
      Self.change(2, 1, "a"), Self.change(3, 1, "b"), Self.change(7, 1, "c"),
      Self.change(0, 2, "d"), Self.change(1, 2, "e"),
    ]
    #expect(
      Self.text(changes)
        == "\u{1B}[m\u{0F}\u{1B}[2;3H\u{1B}[0mab\u{1B}[3Cc\u{1B}[3;1Hde\u{1B}[m\u{0F}")
  }

  @Test func oneSGRPerStyleRun() {
    let bold = Style(foreground: .indexed(214), background: .indexed(237), attributes: .bold)
    let changes = [
      Self.change(0, 0, "x", bold), Self.change(1, 0, "y", bold), Self.change(2, 0, "z"),
    ]
    #expect(
      Self.text(changes)
        == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0;1;38;5;214;48;5;237mxy\u{1B}[22;39;49mz"
        + "\u{1B}[m\u{0F}")
  }

  @Test(
    "from one style to another only what differs is sent",
    arguments: [
      (Style(attributes: .bold), Style(attributes: [.bold, .underline]), "\u{1B}[4m"),
      (Style(attributes: [.bold, .dim]), Style(attributes: .dim), "\u{1B}[22;2m"),
      (Style(attributes: [.reverse, .italic]), Style(), "\u{1B}[23;27m"),
      (
        Style(foreground: .ansi(1)), Style(foreground: .ansi(1), background: .ansi(4)), "\u{1B}[44m"
      ),
      (Style(foreground: .ansi(1)), Style(), "\u{1B}[39m"),
      (Style(foreground: .rgb(255, 0, 0)), Style(foreground: .indexed(196)), ""),
    ])
  func styleSteps(from: Style, to: Style, step: String) {
    let text = Self.text([Self.change(0, 0, "x", from), Self.change(1, 0, "y", to)])
    let first = Self.text([Self.change(0, 0, "x", from)])
    // The second cell's SGR sits between the two glyphs.
    let between = text.dropFirst(first.count - "\u{1B}[m\u{0F}".count).dropLast(
      "\u{1B}[m\u{0F}".count + 1)
    #expect(String(between) == step)
  }

  @Test(
    "colours at each depth",
    arguments: [
      (ColorDepth.ansi8, Color.ansi(9), "\u{1B}[0;31m"),
      (.ansi16, .ansi(9), "\u{1B}[0;91m"),
      (.xterm256, .ansi(2), "\u{1B}[0;32m"),
      (.xterm256, .rgb(255, 0, 0), "\u{1B}[0;38;5;196m"),
      (.direct, .rgb(18, 52, 86), "\u{1B}[0;38;2;18;52;86m"),
      (.direct, .ansi(3), "\u{1B}[0;33m"),
      (.none, .rgb(255, 0, 0), "\u{1B}[0m"),
    ])
  func colours(depth: ColorDepth, color: Color, sgr: String) {
    let text = Self.text(
      [Self.change(0, 0, "x", Style(foreground: color))], Self.encoder(depth: depth))
    #expect(text == "\u{1B}[m\u{0F}\u{1B}[1;1H" + sgr + "x\u{1B}[m\u{0F}")
  }

  @Test func unsupportedAttributesAreLeftOut() {
    var out: [UInt8] = []
    var encoder = FrameEncoder(
      depth: .none, isUTF8: true, attributes: [.bold], skipsBottomRight: false,
      clearScreen: [], reset: ANSI.reset)
    let style = Style(attributes: [.bold, .italic, .underline])
    encoder.encode(
      [Self.change(0, 0, "x", style)], width: 5, height: 1, clearFirst: false, into: &out)
    #expect(String(decoding: out, as: UTF8.self) == "\u{1B}[m\u{1B}[1;1H\u{1B}[0;1mx\u{1B}[m")
  }

  @Test func wideGlyphsAdvanceTwoColumnsAndContinuationsAreSkipped() {
    let changes = [
      Self.change(0, 0, "郑"), CellChange(x: 1, y: 0, cell: Cell("", width: 0)),
      Self.change(2, 0, "x"),
    ]
    #expect(Self.text(changes) == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0m郑x\u{1B}[m\u{0F}")
  }

  @Test func asciiLocaleWritesOneByteACell() {
    let changes = [Self.change(0, 0, "郑"), CellChange(x: 1, y: 0, cell: Cell("", width: 0))]
    let text = Self.text(changes, Self.encoder(utf8: false))
    #expect(text.utf8.allSatisfy { $0 < 0x80 })
    #expect(text.hasPrefix("\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0m"))
    #expect(text.count == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0m".count + 2 + 4)
  }

  @Test func aShortGapOfPlainCellsIsWrittenOverAgain() {
    var frame = Buffer(width: 20, height: 1)
    frame.put("ab  cdefgh", x: 0, y: 0, style: .plain)
    let changes = [Self.change(0, 0, "a"), Self.change(4, 0, "c"), Self.change(9, 0, "h")]
    var encoder = Self.encoder()
    var out: [UInt8] = []
    encoder.encode(changes, width: 20, height: 1, clearFirst: false, frame: frame, into: &out)
    // b and the two blanks go out again (3 bytes, as short as a move); defg would be 4: moved.
    #expect(
      String(decoding: out, as: UTF8.self)
        == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0mab  c\u{1B}[4Ch\u{1B}[m\u{0F}")
  }

  @Test func aPlainBlankSendsOnlyItsBackground() {
    let changes = [
      Self.change(0, 0, "x", Style(foreground: .indexed(214))),
      Self.change(1, 0, " ", Style(foreground: .indexed(100), background: .indexed(237))),
    ]
    #expect(
      Self.text(changes)
        == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0;38;5;214mx\u{1B}[48;5;237m \u{1B}[m\u{0F}")
  }

  @Test func aBlankFirstInTheFrameStartsFromTheReset() {
    let blank = Style(foreground: .indexed(214), background: .indexed(237), attributes: .bold)
    #expect(
      Self.text([Self.change(0, 0, " ", blank)])
        == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0;48;5;237m \u{1B}[m\u{0F}")
  }

  /// The step after a blank starts from what the terminal has, not from the blank's style.
  @Test func afterABlankTheForegroundItKeptIsChangedWhenItShows() {
    let changes = [
      Self.change(0, 0, "a", Style(foreground: .ansi(1))),
      Self.change(1, 0, " ", Style(foreground: .ansi(2))),
      Self.change(2, 0, "b", Style(foreground: .ansi(2))),
    ]
    #expect(
      Self.text(changes)
        == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0;31ma \u{1B}[32mb\u{1B}[m\u{0F}")
  }

  @Test func aBlankKeepsBoldDimItalicButNotUnderlineOrReverse() {
    let changes = [
      Self.change(0, 0, "x", Style(attributes: [.bold, .italic, .underline, .reverse])),
      Self.change(1, 0, " "), Self.change(2, 0, "y"),
    ]
    #expect(
      Self.text(changes)
        == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0;1;3;4;7mx\u{1B}[24;27m \u{1B}[22;23my"
        + "\u{1B}[m\u{0F}")
  }

  @Test(
    "underlined or reversed, a blank shows its foreground",
    arguments: [TextAttributes.underline, .reverse])
  func aBlankThatShowsItsForegroundGetsIt(_ attribute: TextAttributes) {
    let changes = [
      Self.change(0, 0, "x", Style(foreground: .indexed(214))),
      Self.change(1, 0, " ", Style(foreground: .indexed(100), attributes: attribute)),
    ]
    #expect(Self.text(changes).contains("38;5;100"))
  }

  @Test func aGapBlankOfAnotherForegroundIsWrittenOverAgain() {
    var frame = Buffer(width: 20, height: 1)
    frame.put("a c", x: 0, y: 0, style: .plain)
    frame.put(" ", x: 1, y: 0, style: Style(foreground: .indexed(214)))
    let changes = [Self.change(0, 0, "a"), Self.change(2, 0, "c")]
    var encoder = Self.encoder()
    var out: [UInt8] = []
    encoder.encode(changes, width: 20, height: 1, clearFirst: false, frame: frame, into: &out)
    #expect(
      String(decoding: out, as: UTF8.self) == "\u{1B}[m\u{0F}\u{1B}[1;1H\u{1B}[0ma c\u{1B}[m\u{0F}")
  }

  @Test func afterTheLastColumnTheNextCellMovesExplicitly() {
    let changes = [Self.change(19, 0, "a"), Self.change(0, 1, "b")]
    #expect(
      Self.text(changes) == "\u{1B}[m\u{0F}\u{1B}[1;20H\u{1B}[0ma\u{1B}[2;1Hb\u{1B}[m\u{0F}")
  }

  @Test func bottomRightIsSkippedWhenWritingItWouldScroll() {
    let changes = [Self.change(18, 4, "a"), Self.change(19, 4, "b")]
    #expect(Self.text(changes, Self.encoder(skipsBottomRight: true)).contains("a"))
    #expect(!Self.text(changes, Self.encoder(skipsBottomRight: true)).contains("b"))
    #expect(Self.text(changes).contains("ab"))
  }

  @Test func cellsOffScreenAreSkipped() {
    let changes = [Self.change(25, 0, "a"), Self.change(0, 9, "b"), Self.change(19, 0, "郑")]
    #expect(Self.text(changes) == "\u{1B}[m\u{0F}")
  }

  @Test func aFullRepaintClearsFirst() {
    #expect(Self.text([], clear: true) == "\u{1B}[m\u{0F}\u{1B}[H\u{1B}[J")
  }

  /// Random frames drawn over each other: replaying the bytes on `MiniTerminal` must give
  /// the last frame, cell for cell and style for style as far as it shows (a blank's
  /// foreground does not).
  @Test(arguments: [1, 2, 3, 4, 5])
  func replayedBytesReproduceTheFrame(seed: UInt64) {
    var random = SplitMix(seed: seed)
    let width = 30
    let height = 8
    let styles = [
      Style.plain, Style(foreground: .indexed(214), attributes: .bold),
      Style(foreground: .ansi(2), background: .indexed(237)),
      Style(attributes: [.reverse, .underline]),
      Style(foreground: .ansi(5), background: .indexed(237), attributes: [.dim, .italic]),
    ]
    var encoder = Self.encoder()
    var terminal = MiniTerminal(width: width, height: height)
    var previous: Buffer? = nil
    for _ in 0..<40 {
      var frame = previous ?? Buffer(width: width, height: height)
      for _ in 0..<random.next(upTo: 25) {
        let x = random.next(upTo: width)
        let y = random.next(upTo: height)
        let style = styles[random.next(upTo: styles.count)]
        let symbol = ["a", "b", "郑", "▶", " ", "⣿"][random.next(upTo: 6)]
        frame.put(symbol, x: x, y: y, style: style)
      }
      var out: [UInt8] = []
      encoder.encode(
        frame.changes(from: previous), width: width, height: height, clearFirst: false,
        frame: seed % 2 == 0 ? frame : nil, into: &out)
      terminal.replay(out)
      let mismatch = terminal.mismatch(frame)
      #expect(mismatch == nil, "seed \(seed)")
      previous = frame
    }
  }
}

/// A deterministic generator for the replay test.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next(upTo bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
