import Testing

@testable import TermRender

/// The diff over the rows a frame drew (`Buffer.changes(from:in:)`) and the partial blit.
@Suite("Diffing only the dirty rows")
struct DirtyRowsTests {
  /// A buffer with text, a wide grapheme and styles that depend on `seed`.
  static func screen(_ seed: Int) -> Buffer {
    var buffer = Buffer(width: 20, height: 6)
    for y in 0..<6 {
      let style = Style(foreground: .indexed(UInt8((y + seed) % 7)))
      buffer.put("row \(y) seed \(seed % 3)", x: y % 4, y: y, style: style)
    }
    buffer.put("郑州", x: 10 + seed % 3, y: 2, style: .plain)
    return buffer
  }

  @Test(arguments: [1, 2, 3, 4, 5])
  func sameChangesAsTheWholeScreenWhenEveryChangeIsDirty(seed: Int) {
    let old = Self.screen(0)
    let new = Self.screen(seed)
    var dirty = DirtyRows(width: 20, height: 6)
    for y in 0..<6 {
      let changed = (0..<20).filter { new[$0, y] != old[$0, y] }
      if let first = changed.first, let last = changed.last {
        dirty.add(Rect(x: first, y: y, width: last - first + 1, height: 1))
      }
    }
    var shown = old
    #expect(new.changes(from: &shown, in: dirty) == new.changes(from: old))
    #expect(shown == new)
  }

  @Test func cellsOutsideTheDirtyRowsAreNeitherComparedNorCopied() {
    let old = Self.screen(0)
    let new = Self.screen(1)
    var dirty = DirtyRows(width: 20, height: 6)
    dirty.add(Rect(x: 0, y: 1, width: 20, height: 1))
    var shown = old
    let changes = new.changes(from: &shown, in: dirty)
    #expect(!changes.isEmpty)
    #expect(changes.allSatisfy { $0.y == 1 })
    #expect(shown[0, 0] == old[0, 0])
    #expect((0..<20).allSatisfy { shown[$0, 1] == new[$0, 1] })
  }

  @Test func anotherSizeSendsEveryCell() {
    let new = Self.screen(1)
    var shown = Buffer(width: 3, height: 3)
    let changes = new.changes(from: &shown, in: DirtyRows(width: 20, height: 6))
    #expect(changes == new.changes(from: nil))
    #expect(shown == new)
  }

  @Test func dirtyRectsWidenByAColumnAndClip() {
    var dirty = DirtyRows(width: 10, height: 3)
    #expect(dirty.isEmpty)
    dirty.add(Rect(x: 0, y: 1, width: 3, height: 5))
    dirty.add(Rect(x: 8, y: 2, width: 5, height: 1))
    #expect(dirty.columns(ofRow: 0) == 0..<0)
    #expect(dirty.columns(ofRow: 1) == 0..<4)
    #expect(dirty.columns(ofRow: 2) == 0..<10)
    dirty.removeAll()
    #expect(dirty.isEmpty)
    dirty.addAll()
    #expect(dirty.columns(ofRow: 0) == 0..<10)
  }

  @Test func blitDifferencesCopiesAndReportsOnlyDifferingCellsOfTheRect() {
    let pane = Self.screen(2)
    let old = Self.screen(1)
    var target = Buffer(width: 30, height: 10)
    target.blit(old, x: 5, y: 3)
    var whole = target
    whole.blit(pane, x: 5, y: 3)
    let rect = Rect(x: 2, y: 1, width: 12, height: 3)
    var copied: [Rect] = []
    target.blitDifferences(pane, x: 5, y: 3, only: rect) { copied.append($0) }
    for y in 0..<10 {
      for x in 0..<30 {
        let inside = (7..<19).contains(x) && (4..<7).contains(y)
        #expect(target[x, y] == (inside ? whole[x, y] : old[x - 5, y - 3]))
      }
    }
    // One span per row that differs, from its first differing cell to its last.
    for span in copied {
      #expect(span.height == 1)
      #expect(target[span.x, span.y] != old[span.x - 5, span.y - 3])
      #expect(target[span.maxX - 1, span.y] != old[span.maxX - 6, span.y - 3])
    }
    let differing = (4..<7).filter { y in
      (7..<19).contains { old[$0 - 5, y - 3] != pane[$0 - 5, y - 3] }
    }
    #expect(copied.map(\.y) == differing)
    // Clipped at the target's edges; nothing to copy reports nothing.
    var clipped = Buffer(width: 30, height: 10)
    clipped.blitDifferences(pane, x: 25, y: 8, only: pane.area) { _ in }
    #expect(clipped[29, 9] == pane[4, 1])
    var same = pane
    same.blitDifferences(pane, x: 0, y: 0, only: pane.area) { _ in Issue.record("copied") }
  }
}
