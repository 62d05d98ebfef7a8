import TermRender

/// Station names shortened to fit the route line and table columns.
///
/// Scenario names can be long (`Brest (Brest-Severny / Brest-Vostochny)`); the route line
/// drops the parenthetical and anything after ` / `, then cuts to the space available.
public enum StationNames {
  /// The name without its parenthetical or alternative part: `Brest`, `Liège Airport`.
  public static func base(_ name: String) -> String {
    var s = Substring(name)
    if let paren = s.firstIndex(of: "(") { s = s[..<paren] }
    // ` / ` separates alternative names; found by hand, without Foundation, once per frame.
    var previous: Character = "x"
    for index in s.indices {
      if s[index] == "/", previous == " ", s.index(after: index) < s.endIndex,
        s[s.index(after: index)] == " "
      {
        s = s[..<index]
        break
      }
      previous = s[index]
    }
    let trimmed = String(s).trimmingSpaces()
    return trimmed.isEmpty ? name : trimmed
  }

  /// The base name in at most `columns` columns: whole if it fits, else cut with no ellipsis
  /// (a route label of 3 to 6 letters reads better without one), never splitting a wide glyph.
  public static func fitted(_ name: String, columns: Int) -> String {
    guard columns > 0 else { return "" }
    let b = base(name)
    var out = ""
    var used = 0
    for ch in b {
      let w = DisplayWidth.of(ch)
      if used + w > columns { break }
      out.append(ch)
      used += w
    }
    return out.trimmingSpaces()
  }
}
