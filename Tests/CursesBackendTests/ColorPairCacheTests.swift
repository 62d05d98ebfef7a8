import Testing

@testable import CursesBackend

@Suite("Colour-pair cache: bounded, never reuses a refused pair")
struct ColorPairCacheTests {
  private func key(_ fg: Int32, _ bg: Int32) -> ColorPairKey {
    ColorPairKey(foreground: fg, background: bg)
  }

  @Test("default colours are pair 0 and use no slot")
  func defaultIsPairZero() {
    var cache = ColorPairCache(capacity: 4)
    #expect(cache.lookup(key(-1, -1)) == .existing(0))
    #expect(cache.count == 0)
  }

  @Test("pairs are assigned once, from 1, then found again")
  func assignsThenReuses() {
    var cache = ColorPairCache(capacity: 64)
    #expect(cache.lookup(key(1, -1)) == .assigned(1))
    #expect(cache.lookup(key(2, 0)) == .assigned(2))
    #expect(cache.lookup(key(1, -1)) == .existing(1))
    #expect(cache.count == 2)
  }

  @Test("a full table falls back to pair 0 instead of redefining a pair in use")
  func boundedByCapacity() {
    var cache = ColorPairCache(capacity: 3)  // pairs 1 and 2 usable
    #expect(cache.lookup(key(1, -1)) == .assigned(1))
    #expect(cache.lookup(key(2, -1)) == .assigned(2))
    #expect(cache.lookup(key(3, -1)) == .fallback)
    #expect(cache.lookup(key(1, -1)) == .existing(1))
    #expect(cache.count == 2)
  }

  @Test("pair numbers above 255 are handed out (they need init_extended_pair)")
  func beyondByteRange() {
    var cache = ColorPairCache(capacity: 65_536)
    var last = ColorPairCache.Lookup.fallback
    for fg in Int32(0)..<300 { last = cache.lookup(key(fg, 17)) }
    #expect(last == .assigned(300))
  }

  @Test("a pair curses refused is never used: pair 0 keeps text readable")
  func refusedFallsBack() {
    var cache = ColorPairCache(capacity: 64)
    #expect(cache.lookup(key(196, -1)) == .assigned(1))
    cache.markFailed(key(196, -1))
    #expect(cache.lookup(key(196, -1)) == .fallback)
    #expect(cache.count == 0)
  }

  @Test("a capacity of zero or less still works (no colours: everything falls back)")
  func degenerateCapacity() {
    var cache = ColorPairCache(capacity: 0)
    #expect(cache.lookup(key(1, 2)) == .fallback)
  }
}
