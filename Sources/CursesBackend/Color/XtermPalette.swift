/// The xterm-256 palette as RGB, and nearest-colour searches over it.
///
/// Indices 0–15 use xterm's default ANSI values (terminals differ here; these are what xterm
/// and tmux document), 16–231 the 6×6×6 cube, 232–255 the grey ramp.
public enum XtermPalette {
  /// The six channel levels of the colour cube.
  public static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// xterm's defaults for the 16 ANSI colours.
  public static let ansi: [(r: Int, g: Int, b: Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The RGB value of palette index `index`.
  public static func rgb(of index: UInt8) -> (r: Int, g: Int, b: Int) {
    let i = Int(index)
    if i < 16 { return ansi[i] }
    if i < 232 {
      let c = i - 16
      return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }
    let grey = 8 + 10 * (i - 232)
    return (grey, grey, grey)
  }

  /// The nearest cube or grey-ramp entry (16–255) to an RGB colour.
  ///
  /// Entries 0–15 are left out on purpose: their actual values depend on the user's terminal
  /// theme, so a themed RGB colour must not land on them.
  public static func nearest256(r: Int, g: Int, b: Int) -> UInt8 {
    let ri = nearestLevel(r), gi = nearestLevel(g), bi = nearestLevel(b)
    let cubeIndex = 16 + 36 * ri + 6 * gi + bi
    let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
    // Grey ramp: 8, 18, …, 238.
    let average = (r + g + b) / 3
    let greyStep = min(23, max(0, (average - 3) / 10))
    let greyValue = 8 + 10 * greyStep
    let cubeDistance = distance((r, g, b), cube)
    let greyDistance = distance((r, g, b), (greyValue, greyValue, greyValue))
    return UInt8(greyDistance < cubeDistance ? 232 + greyStep : cubeIndex)
  }

  /// The nearest of the first `count` ANSI colours (8 or 16) to an RGB colour.
  public static func nearestANSI(r: Int, g: Int, b: Int, count: Int) -> UInt8 {
    var best = 0
    var bestDistance = Int.max
    for i in 0..<min(count, ansi.count) {
      let d = distance((r, g, b), ansi[i])
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return UInt8(best)
  }

  private static func nearestLevel(_ v: Int) -> Int {
    var best = 0
    for (i, level) in cubeLevels.enumerated() where abs(level - v) < abs(cubeLevels[best] - v) {
      best = i
    }
    return best
  }

  /// Squared Euclidean distance in RGB (good enough to pick among palette entries).
  private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
    return dr * dr + dg * dg + db * db
  }
}
