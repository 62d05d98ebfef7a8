import Foundation
import Glibc
import Testing

@testable import CursesBackend

/// `CrashRestore.coverThisThread` (D86): a thread with no alternate signal stack gets one, so
/// the crash net's handler (installed with SA_ONSTACK) can run when that thread overflows its
/// stack. The end-to-end check, a real overflow in a frame, needs a way to overflow on purpose
/// that the binary does not have; it was done by hand (D86).
@Suite("Crash net: an alternate stack for the thread draining the main queue")
struct CrashNetThreadStackTests {
  /// The calling thread's alternate stack, nil when it has none.
  static func alternateStack() -> (base: UnsafeMutableRawPointer?, size: Int)? {
    var current = stack_t()
    guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) == 0 else {
      return nil
    }
    return (current.ss_sp, current.ss_size)
  }

  /// Runs `body` on a new thread (which starts without an alternate stack) and waits.
  static func onNewThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: T?
    let thread = Thread {
      result = body()
      done.signal()
    }
    thread.start()
    done.wait()
    guard let result else { preconditionFailure("the thread ran") }
    return result
  }

  @Test("a new thread has none; after the call it has one, and a second call keeps it")
  func aThreadGetsOneStackOnce() {
    let (before, covered, first, again, second) = Self.onNewThread {
      let before = Self.alternateStack() != nil
      let covered = CrashRestore.coverThisThread()
      let first = Self.alternateStack()
      let again = CrashRestore.coverThisThread()
      let second = Self.alternateStack()
      return (before, covered, first.map { Int(bitPattern: $0.base) }, again,
        second.map { Int(bitPattern: $0.base) })
    }
    #expect(!before, "a new thread starts without an alternate stack")
    #expect(covered && again)
    #expect(first != nil && first == second, "one stack per thread, not one per call")
  }

  @Test("the stack is large enough for the backtracer, and each thread has its own")
  func eachThreadItsOwn() {
    let sizes = (0..<3).map { _ in
      Self.onNewThread { () -> (Int, Int)? in
        CrashRestore.coverThisThread()
        return Self.alternateStack().map { (Int(bitPattern: $0.base), $0.size) }
      }
    }
    let stacks = sizes.compactMap { $0 }
    #expect(stacks.count == 3)
    #expect(stacks.allSatisfy { $0.1 >= 64 * 1024 })
    // Threads that ran one after another may reuse a freed address only if a stack was
    // freed; these are never freed while the process lives.
    #expect(Set(stacks.map(\.0)).count == 3)
  }

  @Test("a thread that has a stack already keeps the one it had")
  func anExistingStackIsKept() {
    let kept = Self.onNewThread { () -> Bool in
      let size = 128 * 1024
      guard let memory = malloc(size) else { return false }
      var own = stack_t()
      own.ss_sp = memory
      own.ss_size = size
      guard sigaltstack(&own, nil) == 0 else { return false }
      CrashRestore.coverThisThread()
      let after = Self.alternateStack()
      // Off again before the memory goes (the thread then ends).
      var off = stack_t()
      off.ss_flags = Int32(SS_DISABLE)
      _ = sigaltstack(&off, nil)
      free(memory)
      return after?.base == memory && after?.size == size
    }
    #expect(kept)
  }
}
