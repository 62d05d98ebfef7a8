import CorridorSim
import TermRender
import Testing

@testable import Dashboard

/// The trains table's model: a train's row holds its values as shown, so along a real run the
/// row of a train one sim second later is equal exactly when every cell reads the same (text
/// and style); a row does not say whether it is selected (the frame part does), so moving
/// the selection redraws the frame part, never a row's model.
@Suite("Pane models: trains table")
struct TrainsTablePaneModelTests {
  /// Every row of the table at 200 columns (all shown) and a height that lists every train.
  static func rows(_ snapshot: SimSnapshot) throws -> [String: (TrainsTablePane.Row, [Span])] {
    let state = try PaneModels.state(width: 200, height: 900)
    let model = PaneModels.model(TrainsTablePane.self, .trains, PaneModels.frame(snapshot, state))
    #expect(model.rows.count == snapshot.trains.count)
    let chrome = model.frame.chrome
    return Dictionary(
      model.rows.map { row in
        (
          row.id,
          (row, TrainsTablePane.Column.allCases.map {
            TrainsTablePane.cell($0, row, chrome, chrome.glyphs)
          })
        )
      },
      uniquingKeysWith: { first, _ in first })
  }

  @Test("a row one sim second later is equal exactly when its cells read the same")
  func rowsEqualExactlyWhenShownAlike() throws {
    let offsets = (0..<60).flatMap { [SimDuration($0) * 613, SimDuration($0) * 613 + 1] }
    let snapshots = PaneModels.snapshots(seed: 21, at: offsets)
    var equal = 0
    var changed = 0
    var mismatched: [String] = []
    for pair in stride(from: 0, to: snapshots.count, by: 2) {
      let before = try Self.rows(snapshots[pair])
      let after = try Self.rows(snapshots[pair + 1])
      for (id, old) in before {
        guard let new = after[id] else { continue }
        if (old.0 == new.0) != (old.1 == new.1) { mismatched.append(id) }
        if old.0 == new.0 { equal += 1 } else { changed += 1 }
      }
    }
    #expect(mismatched == [])
    #expect(equal > 100)
    #expect(changed > 5)
  }

  @Test("the selected train's row equals its unselected row; the frame part tells them apart")
  func selectionIsInTheFramePart() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    func model(_ keys: [Action]) -> TrainsTablePane.Model {
      PaneModels.model(
        TrainsTablePane.self, .trains, PaneModels.frame(snapshot, PaneModels.after(keys, state)))
    }
    let first = model([])
    let second = model([.move(1)])
    #expect(first.rows == second.rows)
    #expect(first.frame.selectedRow == 0 && second.frame.selectedRow == 1)
    var unmoved = second.frame
    unmoved.selectedRow = 0
    #expect(unmoved == first.frame)
    // Drawn, the same row model looks selected under one frame part and not the other.
    var selected = Buffer(width: 120, height: 40)
    var plain = selected
    let area = try #require(PaneModels.frame(snapshot, state).plan[.trains])
    _ = TrainsTablePane.drawRow(
      first.rows[0], at: 0, frame: first.frame, into: &selected, area: area)
    _ = TrainsTablePane.drawRow(first.rows[0], at: 0, frame: second.frame, into: &plain, area: area)
    #expect(selected != plain)
  }

  @Test("sort, filter, focus and theme change the frame part")
  func framePartChanges() throws {
    let snapshot = SnapshotFixture.snapshot()
    let state = try PaneModels.state()
    let base = PaneModels.model(TrainsTablePane.self, .trains, PaneModels.frame(snapshot, state))
    for keys: [Action] in [
      [.cycleSort], [.reverseSort], [.cycleFilter], [.focusNext], [.cycleTheme],
    ] {
      let model = PaneModels.model(
        TrainsTablePane.self, .trains, PaneModels.frame(snapshot, PaneModels.after(keys, state)))
      #expect(model.frame != base.frame, "\(keys)")
    }
  }
}
