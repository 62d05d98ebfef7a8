import TermRender

/// Station names shortened to fit the route line and table columns.
///
/// Scenario names can be long (`Brest (Brest-Severny / Brest-Vostochny)`); the route line
/// drops the parenthetical and anything after ` / `, then cuts to the space available.
public enum StationNames {
  /// The name without its parenthetical or alternative part: `Brest`, `Liège Airport`.
  public static func base(_ name: String) -> String {
    // Byte by byte: every mark looked for is ASCII, so each index found is a character
    // boundary, and the route labels and name tables read every station name.
    let bytes = name.utf8
    var end = bytes.firstIndex(of: UInt8(ascii: "(")) ?? bytes.endIndex
    var index = bytes.startIndex
    while index < end {
      let next = bytes.index(after: index)
      // ` / ` separates alternative names.
      if bytes[index] == UInt8(ascii: "/"), index > bytes.startIndex,
        bytes[bytes.index(before: index)] == UInt8(ascii: " "), next < end,
        bytes[next] == UInt8(ascii: " ")
      {
        end = index
        break
      }
      index = next
    }
    func isSpace(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
    var start = bytes.startIndex
    while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
    while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
    return start == end ? name : String(name[start..<end])
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
