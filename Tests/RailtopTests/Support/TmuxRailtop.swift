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
  ///   - locale: `LANG` and `LC_ALL` in the pane.
  ///   - stdoutToFile: send stdout to a file instead of the terminal.
  ///   - recordsOutput: copy every byte railtop writes to the pane into `output.bin`
  ///     (`pipe-pane`); railtop starts only once the pipe is open, so nothing is missed.
  ///   - environment: more variables for railtop (names and values without quotes).
  ///   - typedAhead: keys typed before railtop starts; the terminal holds them, so its first
  ///     tick reads them (a Space pauses it before the sim moves past the warm-up).
  ///   - serverEnvironment: variables for the tmux server itself (`LOCPATH` for a locale
  ///     that draws ambiguous-width glyphs wide).
  static func launch(
    width: Int = 100, height: Int = 30, arguments: [String] = [],
    term: String = "tmux-256color", locale: String = "C.UTF-8", stdoutToFile: Bool = false,
    recordsOutput: Bool = false, environment: [String: String] = [:], typedAhead: [String] = [],
    serverEnvironment: [String: String] = [:]
  ) throws
    -> TmuxSession
  {
    let quoted = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let stdout = stdoutToFile ? " > stdout.txt" : ""
    let exports = environment.sorted { $0.key < $1.key }.map { "export \($0.key)='\($0.value)'" }
      .joined(separator: "\n")
    let script = """
      cd "$(dirname "$0")"
      trap ':' INT  # Ctrl-C reaches the whole foreground group: keep this wrapper alive
      export TERM='\(term)' LANG='\(locale)' LC_ALL='\(locale)'
      unset NO_COLOR COLORTERM
      # No settings file of the machine's user: a test gives its own (XDG_CONFIG_HOME, --config).
      export XDG_CONFIG_HOME="$PWD/xdg-config"
      # A crash report in the pane, not the Swift backtracer's 30 s wait for a key (D69).
      export SWIFT_BACKTRACE='interactive=no'
      \(exports)
      while [ ! -e go ]; do sleep 0.05; done
      stty -g > stty.before
      \(quoted)\(stdout) 2> stderr.txt
      status=$?
      stty -g > stty.after
      stty -a > stty.after-all
      echo $status > rc.tmp && mv rc.tmp rc
      exec sleep 600
      """
    let session = try TmuxSession(
      width: width, height: height, script: script, serverEnvironment: serverEnvironment)
    if recordsOutput {
      let output = session.directory.appendingPathComponent(outputFile).path
      let piped = session.tmux(["pipe-pane", "-O", "-t", "S", "cat >> '\(output)'"])
      guard piped.status == 0 else {
        session.close()
        throw TmuxError.startFailed(piped.output)
      }
    }
    if !typedAhead.isEmpty { session.tmux(["send-keys", "-t", "S"] + typedAhead) }
    _ = FileManager.default.createFile(
      atPath: session.directory.appendingPathComponent("go").path, contents: nil)
    return session
  }

  /// What `recordsOutput` writes: the raw bytes railtop sent to the terminal.
  static let outputFile = "output.bin"

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

  /// Presses q and expects status 0 and the terminal restored.
  static func expectQuits(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    session.sendKeys("q")
    #expect(exitStatus(session) == 0, "q did not exit 0", sourceLocation: sourceLocation)
    expectRestored(session, sourceLocation: sourceLocation)
  }

  /// Expects the terminal back as it was: normal screen, same tty modes, and those modes a
  /// shell's (`stty -a` after railtop shows `icanon echo isig`, not `-icanon -echo -isig`).
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
    let modes = (session.file("stty.after-all") ?? "").split(whereSeparator: \.isWhitespace)
    for flag in ["icanon", "echo", "isig"] {
      #expect(
        modes.contains(Substring(flag)), "stty -a after railtop lacks \(flag): \(modes)",
        sourceLocation: sourceLocation)
    }
  }
}
