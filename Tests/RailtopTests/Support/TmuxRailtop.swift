import Foundation
import Testing

/// Launches the built `railtop` in a tmux pane, wrapped in a script that records what the
/// tests check afterwards: `stty -g` before and after, stderr, and the exit status.
///
/// The pane stays open after railtop exits (`exec sleep`), so `#{alternate_on}` can be read.
enum TmuxRailtop {
  /// The `railtop` binary built next to the test bundle (`swift test` builds it).
  static var binary: String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("railtop").path
  }

  /// Starts railtop in a `width`×`height` pane.
  /// - Parameters:
  ///   - term: `TERM` in the pane (CI has none; tmux-256color draws Unicode borders).
  ///   - stdoutToFile: send stdout to a file instead of the terminal.
  static func launch(
    width: Int = 100, height: Int = 30, arguments: [String] = [],
    term: String = "tmux-256color", stdoutToFile: Bool = false
  ) throws
    -> TmuxSession
  {
    let quoted = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let stdout = stdoutToFile ? " > stdout.txt" : ""
    let script = """
      cd "$(dirname "$0")"
      trap ':' INT  # Ctrl-C reaches the whole foreground group: keep this wrapper alive
      export TERM='\(term)' LANG=C.UTF-8
      unset NO_COLOR COLORTERM
      stty -g > stty.before
      \(quoted)\(stdout) 2> stderr.txt
      status=$?
      stty -g > stty.after
      echo $status > rc.tmp && mv rc.tmp rc
      exec sleep 600
      """
    return try TmuxSession(width: width, height: height, script: script)
  }

  /// Starts an interactive bash (with job control) in a pane, in the session's folder, for
  /// tests that type command lines themselves (Ctrl-Z and `fg`).
  static func launchShell(width: Int = 100, height: Int = 30) throws -> TmuxSession {
    let script = """
      cd "$(dirname "$0")"
      export TERM=tmux-256color LANG=C.UTF-8 PS1='$ '
      unset NO_COLOR COLORTERM
      exec bash --norc --noprofile -i
      """
    return try TmuxSession(width: width, height: height, script: script)
  }

  /// Waits for the header, i.e. for the first frame to be on screen.
  static func waitForScreen(_ session: TmuxSession) -> Bool {
    session.waitUntil { session.capture().contains("railtop") }
  }

  /// Waits for railtop to exit and returns its status (nil if it never exited).
  static func exitStatus(_ session: TmuxSession) -> Int32? {
    guard session.waitUntil({ session.file("rc") != nil }) else { return nil }
    return session.file("rc").flatMap { Int32($0) }
  }

  /// Expects the terminal back as it was: normal screen, same tty modes.
  static func expectRestored(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      session.display("#{alternate_on}") == "0", "still on the alternate screen",
      sourceLocation: sourceLocation)
    let before = session.file("stty.before")
    #expect(
      before != nil && before == session.file("stty.after"),
      "stty -g differs: \(before ?? "-") vs \(session.file("stty.after") ?? "-")",
      sourceLocation: sourceLocation)
  }
}
