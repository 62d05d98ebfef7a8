import TermRender

/// The legend as it fits in an area: the box's size, every line's text wrapped to the room
/// beside the marks (continuation rows under the text, not under the mark), and which rows
/// show at a scroll position. The pane draws from it and the reducer's scroll limit comes
/// from it (`FrameInputs.lists`), so the two never disagree.
struct LegendLayout: Equatable {
  /// The box's rows: the legend's lines as wrapped, a continuation row with no mark.
  let rows: [LegendLines.Line]
  let markWidth: Int
  /// The box, centred in the area.
  let box: Rect
  /// Rows of text the box has room for (a blank row above and below them).
  let room: Int

  init(lines: [LegendLines.Line], area: Rect) {
    let markWidth = lines.map { $0.mark.displayWidth }.max() ?? 0
    // A heading starts where the marks do; a mark's text after the mark and two spaces.
    let textWidth =
      lines.map { line in
        line.isHeading ? line.text.displayWidth - markWidth - 2 : line.text.displayWidth
      }.max() ?? 0
    let width = min(area.width, markWidth + textWidth + 7)
    // Inside the border: a space, the mark, two spaces, the text, a space.
    let textRoom = max(1, width - 2 - markWidth - 4)
    let headingRoom = max(1, width - 2 - 2)
    var rows: [LegendLines.Line] = []
    for line in lines {
      let wrapped = line.text.wrapped(toWidth: line.isHeading ? headingRoom : textRoom)
      for (k, text) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
        var row = line
        row.text = text
        if k > 0 { row.mark = "" }
        rows.append(row)
      }
    }
    self.rows = rows
    self.markWidth = markWidth
    box = area.centered(width: width, height: rows.count + 4)
    room = max(0, box.height - 4)
  }

  /// Whether every row shows at once.
  var fits: Bool { rows.count <= room }

  /// Rows of the legend shown at a time: all of them, or, when they do not fit, one fewer
  /// than the room (the last row of the box says where in the legend it is).
  var shown: Int { fits ? rows.count : max(0, room - 1) }

  /// The largest scroll position: the last rows at the bottom of the box.
  var maxScroll: Int { max(0, rows.count - shown) }

  /// `scroll` (the first row shown), kept within the legend.
  func clamped(_ scroll: Int) -> Int { min(max(0, scroll), maxScroll) }
}
