import Foundation
import Testing

/// The live command's refusals that need no terminal: bad options and a missing tty.
@Suite("End to end: dashboard options and no terminal")
struct EndToEndOptionsTests {
  static let refusals: [(arguments: [String], message: String)] = [
    (["--fps", "0"], "--fps 0 is out of range"),
    (["--fps", "61"], "--fps 61 is out of range"),
    (["dashboard", "--speed", "0"], "--speed 0 is out of range"),
    // A negative number after the flag is its value (`.unconditional`), not a missing one.
    (["--warmup", "-1"], "--warmup -1 is out of range"),
    (["--warmup=-1"], "--warmup -1 is out of range"),
    (["--warmup", "3651"], "--warmup 3651 is out of range"),
    // Run from a test, stdin is /dev/null: not a terminal.
    ([], "stdin is not a terminal"),
  ]

  @Test("refused with status 2 and a message naming the problem", arguments: refusals.indices)
  func refuses(_ index: Int) {
    let (arguments, message) = Self.refusals[index]
    let result = TmuxCommand.run([TmuxRailtop.binary] + arguments)
    #expect(result.status == 2, "output: \(result.output)")
    #expect(result.output.contains(message), "output: \(result.output)")
    // Nothing but the message: no escape sequences reached the output.
    #expect(!result.output.contains("\u{1B}"))
  }
}
