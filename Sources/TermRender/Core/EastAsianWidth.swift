/// East Asian Ambiguous width (UAX #11): characters such as `─ █ ▶ ● · é ü ł Д` that a terminal
/// set up for CJK draws two columns wide and any other terminal one. `DisplayWidth` counts them
/// one; where the terminal draws them wide, the glyph set keeps them out of its symbols
/// (`GlyphSet.ambiguousWide`) and the terminal sink narrows what text still holds.
public enum EastAsianWidth {
  /// Whether `scalar` is East Asian Ambiguous (a binary search of `ambiguousRanges`).
  public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    guard v >= 0xA1 else { return false }
    let ranges = ambiguousRanges
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound < v { low = middle + 1 } else { high = middle }
    }
    return low < ranges.count && ranges[low].contains(v)
  }
}
