import TerminalTestSupport
import Testing

/// A styled tmux capture (`capture-pane -e`) read back into cells, keeping only what a
/// person can see, so that two screens which look the same compare equal.
///
/// A plain blank (a space with neither underline nor reverse) shows only its background:
/// its foreground, bold, dim and italic are invisible, and both railtop's encoder and
/// ncurses leave them as whatever was current (ncurses also erases such blanks with `el`,
/// which gives them default attributes). Those are dropped, and so are the blanks at the end
/// of a row that show the default background (tmux trims them itself, but not always their
/// SGR codes). Everything else is compared: symbols, colours, attributes.
struct VisibleScreen: Equatable, CustomStringConvertible {
  /// One character cell: its text and the SGR state it was drawn in.
  struct Cell: Equatable, CustomStringConvertible {
    var symbol: Character
    var rendition: Rendition

    var description: String { "\(String(symbol).debugDescription) \(rendition)" }
  }

  /// The rows, top to bottom, each without its trailing default blanks.
  let rows: [[Cell]]

  /// Reads `capture`, the output of `capture-pane -p -e`.
  init(_ capture: String) {
    var rows: [[Cell]] = []
    var rendition = Rendition()
    for line in capture.split(separator: "\n", omittingEmptySubsequences: false) {
      var row: [Cell] = []
      var rest = Substring(line)
      while let first = rest.first {
        if first == "\u{1B}", let end = rest.firstIndex(of: "m") {
          rendition.apply(parameters: rest.dropFirst(2)[..<end])
          rest = rest[rest.index(after: end)...]
          continue
        }
        row.append(Cell(symbol: first, rendition: first == " " ? rendition.onBlank : rendition))
        rest = rest.dropFirst()
      }
      while let last = row.last, last.symbol == " ", last.rendition == Rendition() {
        row.removeLast()
      }
      rows.append(row)
    }
    while rows.last?.isEmpty == true { rows.removeLast() }
    self.rows = rows
  }

  /// The text alone (a failed comparison prints this, not every cell's style).
  var description: String {
    rows.map { String($0.map(\.symbol)) }.joined(separator: "\n")
  }

  /// Where `self` and `other` first differ, for a failure message.
  func firstDifference(from other: VisibleScreen) -> Comment {
    for (y, (a, b)) in zip(rows, other.rows).enumerated() where a != b {
      for (x, (p, q)) in zip(a, b).enumerated() where p != q {
        return "row \(y) column \(x): \(p) vs \(q)"
      }
      return "row \(y): \(a.count) vs \(b.count) cells"
    }
    return "row counts differ: \(rows.count) vs \(other.rows.count)"
  }
}
