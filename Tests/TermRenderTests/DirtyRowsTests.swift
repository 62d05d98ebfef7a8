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

  @Test func partialBlitCopiesOnlyTheRect() {
    let pane = Self.screen(2)
    var target = Buffer(width: 30, height: 10)
    var whole = Buffer(width: 30, height: 10)
    whole.blit(pane, x: 5, y: 3)
    target.blit(pane, x: 5, y: 3, only: Rect(x: 2, y: 1, width: 4, height: 2))
    for y in 0..<10 {
      for x in 0..<30 {
        let inside = (7..<11).contains(x) && (4..<6).contains(y)
        #expect(target[x, y] == (inside ? whole[x, y] : Cell.blank()))
      }
    }
    // Clipped at the target's edges.
    target.blit(pane, x: 25, y: 8, only: pane.area)
    #expect(target[29, 9] == pane[4, 1])
  }
}
