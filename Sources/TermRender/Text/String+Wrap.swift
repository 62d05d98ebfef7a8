extension String {
  /// The text broken into lines at most `width` columns wide, for captions in any language.
  ///
  /// Lines break at spaces (dropped at the break) and, for CJK text, which has no spaces,
  /// between any two wide characters — except before closing punctuation such as `，。）` or
  /// after opening punctuation such as `（「`, which stay with their neighbour. A run with no
  /// break that is wider than `width` is cut, never through a wide glyph. `"\n"` starts a new
  /// line. Only a wide glyph in a 1-column width makes a line wider than `width`.
  public func wrapped(toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    return split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      CaptionWrapper.wrap(String($0), width: width)
    }
  }
}

/// Greedy line breaking by display width with the break rules of `String.wrapped(toWidth:)`.
enum CaptionWrapper {
  /// A run that is never broken (unless wider than a line), and the spaces before it.
  private struct Word {
    var gap = ""
    var text = ""
  }

  static func wrap(_ line: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var used = 0
    for word in words(of: line) {
      let gapWidth = word.gap.displayWidth
      let wordWidth = word.text.displayWidth
      if used > 0 && used + gapWidth + wordWidth <= width {
        current += word.gap + word.text
        used += gapWidth + wordWidth
        continue
      }
      if used > 0 {
        lines.append(current)
        (current, used) = ("", 0)
      }
      var rest = Substring(word.text)
      while String(rest).displayWidth > width {
        var head = String(rest).prefix(columns: width)
        if head.isEmpty, let first = rest.first { head = String(first) }  // wide in 1 column
        // Closing punctuation does not start the next line: the glyph before it goes down too.
        while head.count > 1, let next = rest.dropFirst(head.count).first, closing.contains(next) {
          head.removeLast()
        }
        lines.append(head)
        rest = rest.dropFirst(head.count)
      }
      current = String(rest)
      used = current.displayWidth
    }
    if used > 0 || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// Characters that never start a line (they close what comes before).
  private static let closing: Set<Character> = Set("，。、；：！？）」』》〉】〕・％")
  /// Characters that never end a line (they open what comes after).
  private static let opening: Set<Character> = Set("（「『《〈【〔")

  /// The line's unbreakable runs, each with the spaces before it.
  private static func words(of line: String) -> [Word] {
    var words: [Word] = []
    var word = Word()
    var previous: Character?
    for character in line {
      if character == " " {
        if !word.text.isEmpty {
          words.append(word)
          word = Word()
        }
        word.gap.append(character)
      } else {
        if let previous, !word.text.isEmpty, breaks(between: previous, and: character) {
          words.append(word)
          word = Word()
        }
        word.text.append(character)
      }
      previous = character
    }
    if !word.text.isEmpty { words.append(word) }
    return words
  }

  /// True when a CJK line may break between two neighbouring non-space characters.
  private static func breaks(between left: Character, and right: Character) -> Bool {
    DisplayWidth.of(left) == 2 && DisplayWidth.of(right) == 2
      && !closing.contains(right) && !opening.contains(left)
  }
}
