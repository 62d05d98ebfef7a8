#if canImport(Glibc)
  import Glibc
#endif

/// glibc's malloc arenas, kept to one for the live dashboard.
///
/// After `dispatchMain()` the main queue is drained by a worker thread, and glibc gives that
/// thread an arena of its own: the frames' allocations then fill a new ~0.4 MB of memory while
/// the main heap that the warm-up left mostly free sits beside it. railtop runs one thread at
/// a time, so one arena costs no contention (docs/DECISIONS.md D24).
enum MallocArenas {
  /// `mallopt(M_ARENA_MAX, 1)`; does nothing where the C library is not glibc.
  static func limitToOne() {
    #if canImport(Glibc)
      // <malloc.h> is not part of Swift's Glibc module, so the function is looked up by name.
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
      _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
    #endif
  }
}
