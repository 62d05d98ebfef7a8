import Foundation
import Testing

/// One capture of railtop's screen in a tmux pane, with the checks the end-to-end tests make.
///
/// Columns are counted in characters, which equals terminal columns on the rows checked here
/// (borders and ASCII text): a wide character would make a row shorter, never falsely longer.
struct TmuxScreen {
  /// The pane's rows, top to bottom; tmux trims trailing blanks from each.
  let rows: [String]

  /// The titles of the four panes, as drawn at 120×40.
  static let paneTitles = ["Route progress", "Trains", "Cargo volumes", "Events"]
  /// The header's name and badge, then every pane title.
  static let everyTitle = ["railtop", "SIMULATED"] + paneTitles
  /// Corners a pane border can end in at the right edge, Unicode and ASCII.
  static let rightCorners: Set<Character> = ["╮", "╯", "┓", "┛", "╗", "╝", "┐", "┘", "+"]

  /// Captures the pane now.
  init(_ session: TmuxSession) {
    var rows = session.capture().components(separatedBy: "\n")
    if rows.last == "" { rows.removeLast() }
    self.rows = rows
  }

  /// Polls the pane until a capture satisfies `condition`; if none does before the deadline,
  /// records an issue saying `what` was expected, with the last screen.
  @discardableResult
  static func expect(
    _ session: TmuxSession, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (TmuxScreen) -> Bool
  ) -> Bool {
    let held = session.waitUntil { condition(TmuxScreen(session)) }
    #expect(held, "expected \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
    return held
  }

  /// The whole screen as text.
  var text: String { rows.joined(separator: "\n") }

  /// Which of `words` are not on screen.
  func missing(_ words: [String]) -> [String] {
    words.filter { !text.contains($0) }
  }

  /// Whether a train ID such as X8044-0302 (X, digits, '-', four digits) is on screen.
  var hasTrainID: Bool {
    text.contains(#/X[0-9]+-[0-9]{4}/#)
  }

  /// Whether the frame was laid out for `width`×`height`: that many rows, the status line
  /// (key hints, starting " q quit") on the last one, and a pane border whose corner is in
  /// the last column.
  func fits(width: Int, height: Int) -> Bool {
    rows.count == height && rows.last?.hasPrefix(" q quit") == true
      && rows.contains { row in
        row.count == width && row.last.map { Self.rightCorners.contains($0) } == true
      }
  }
}
