import TermRender

/// Station names shortened to fit the route line and table columns.
///
/// Scenario names can be long (`Brest (Brest-Severny / Brest-Vostochny)`); the route line
/// drops the parenthetical and anything after ` / `; each pane cuts the rest to its room.
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
}
