/// The graphic rendition a terminal draws with, as SGR parameters set it: the attribute
/// codes that are on and the colour parameters. Shared by the tests that replay railtop's
/// bytes (`MiniTerminal`) and those that read tmux's styled captures (`VisibleScreen`).
public struct Rendition: Equatable, CustomStringConvertible, Sendable {
  /// Attribute codes that are on (1 bold, 2 dim, 3 italic, 4 underline, 7 reverse, …).
  public var on: Set<Int>
  /// `[n]` for 30–37/90–97, `[38, 5, n]` or `[38, 2, r, g, b]`; empty for the default.
  public var foreground: [Int]
  /// As `foreground`, with 40–47/100–107/48.
  public var background: [Int]

  public init(on: Set<Int> = [], foreground: [Int] = [], background: [Int] = []) {
    self.on = on
    self.foreground = foreground
    self.background = background
  }

  /// Applies an SGR parameter list (`0` for an empty one, as terminals read `CSI m`).
  public mutating func apply(_ numbers: [Int]) {
    var i = 0
    while i < numbers.count {
      let n = numbers[i]
      switch n {
      case 0: self = Rendition()
      case 1...9: on.insert(n)
      case 22: on.subtract([1, 2])
      case 23...29: on.remove(n - 20)
      case 30...37, 90...97: foreground = [n]
      case 40...47, 100...107: background = [n]
      case 39: foreground = []
      case 49: background = []
      case 38, 48:
        let count = i + 1 < numbers.count && numbers[i + 1] == 2 ? 4 : 2
        let colour = Array(numbers[i..<min(numbers.count, i + 1 + count)])
        if n == 38 { foreground = colour } else { background = colour }
        i += count
      default: on.insert(1000 + n)  // unknown: kept, so it can only cause a difference
      }
      i += 1
    }
  }

  /// Applies the parameters of `CSI parameters m`, e.g. `"0;1;38;5;214"`.
  public mutating func apply(parameters: Substring) {
    apply(parameters.isEmpty ? [0] : parameters.split(separator: ";").map { Int($0) ?? 1000 })
  }

  /// What of this rendition shows on a space: the background, and with underline or
  /// reverse everything (the foreground colours the line or the whole cell). Foreground,
  /// bold, dim and italic alone only change glyphs.
  public var onBlank: Rendition {
    guard on.isDisjoint(with: [4, 7]) else { return self }
    return Rendition(on: on.subtracting([1, 2, 3]), foreground: [], background: background)
  }

  public var description: String { "on \(on.sorted()) fg \(foreground) bg \(background)" }
}
