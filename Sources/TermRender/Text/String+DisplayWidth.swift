extension String {
  /// Terminal columns this string occupies (CJK counts two).
  public var displayWidth: Int { DisplayWidth.of(self) }

  /// The longest prefix at most `width` columns wide; a wide glyph that would be cut is dropped.
  public func prefix(columns width: Int) -> String {
    guard width > 0 else { return "" }
    var used = 0
    let scalars = unicodeScalars
    var end = scalars.startIndex
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let w = DisplayWidth.of(scalars[i])
      if used + w > width { break }
      used += w
      i = scalars.index(after: i)
      // A combining mark stays with its base: the prefix ends after the marks that follow.
      while i < scalars.endIndex, DisplayWidth.of(scalars[i]) == 0 { i = scalars.index(after: i) }
      end = i
    }
    if end == scalars.endIndex { return self }
    return String(scalars[..<end])
  }

  /// The string cut to `width` columns, ending in `ellipsis` when anything was removed.
  ///
  /// `"郑州—Łódź"` truncated to 5 with "…" is `"郑州…"`: the ellipsis never splits a wide glyph.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return self }
    let mark = ellipsis.prefix(columns: width)
    return prefix(columns: width - mark.displayWidth) + mark
  }

  /// The string truncated if needed, then padded with spaces to exactly `width` columns.
  ///
  /// A wide glyph that does not fit leaves a space, so the result is always `width` columns.
  public func padded(
    toWidth width: Int, alignment: TextAlignment = .left,
    ellipsis: String = "…"
  ) -> String {
    guard width > 0 else { return "" }
    let text = truncated(toWidth: width, ellipsis: ellipsis)
    let used = text.displayWidth
    let left = alignment.offset(used: used, available: width)
    return String(repeating: " ", count: left) + text
      + String(repeating: " ", count: width - used - left)
  }
}
