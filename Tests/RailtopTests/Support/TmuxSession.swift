import Foundation

/// A private tmux server with one pane running a shell script, for end-to-end tests.
///
/// Each session has its own socket (`-S` in a temp folder) so tests never share a server;
/// `close()` kills the server and removes the folder, and must be called in a `defer`.
/// Screens are read by polling `capture-pane` every 50 ms up to a deadline (no fixed sleeps),
/// with generous deadlines because the machine may be busy building.
final class TmuxSession {
  /// The folder for the socket, the script and whatever the script writes.
  let directory: URL
  private let socket: String

  /// Starts a detached `width`×`height` session whose pane runs `script` with `sh`;
  /// `serverEnvironment` is set for the tmux server (and so the pane), e.g. a locale of its own.
  init(width: Int, height: Int, script: String, serverEnvironment: [String: String] = [:]) throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("railtop-e2e-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    socket = directory.appendingPathComponent("tmux.sock").path
    let scriptPath = directory.appendingPathComponent("pane.sh").path
    try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
    let settings = serverEnvironment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let started = TmuxCommand.run(
      ["env"] + settings + ["tmux", "-S", socket, "-f", "/dev/null"] + [
        "new-session", "-d", "-s", "S", "-x", String(width), "-y", String(height),
        "sh \(scriptPath)",
      ])
    guard started.status == 0 else {
      close()
      throw TmuxError.startFailed(started.output)
    }
  }

  /// Kills the server and removes the socket and the folder. Safe to call twice.
  func close() {
    _ = tmux(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  /// Runs a tmux command against this server (with no user config).
  @discardableResult
  func tmux(_ arguments: [String]) -> TmuxCommand.Result {
    TmuxCommand.run(["tmux", "-S", socket, "-f", "/dev/null"] + arguments)
  }

  /// The pane's visible text, one line per row.
  func capture() -> String {
    tmux(["capture-pane", "-p", "-t", "S"]).output
  }

  /// The pane's text with its colours and attributes as SGR sequences (`capture-pane -e`).
  func captureStyled() -> String {
    tmux(["capture-pane", "-p", "-e", "-t", "S"]).output
  }

  /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
  func display(_ format: String) -> String {
    tmux(["display-message", "-p", "-t", "S", format]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Types keys into the pane (tmux key names such as `q`, `C-c`, `Enter`).
  func sendKeys(_ keys: String...) {
    tmux(["send-keys", "-t", "S"] + keys)
  }

  /// Resizes the window (and so the pane) to `width`×`height`.
  func resize(width: Int, height: Int) {
    tmux(["resize-window", "-t", "S", "-x", String(width), "-y", String(height)])
  }

  /// The contents of a file the pane's script wrote, trimmed, or nil if not written yet.
  func file(_ name: String) -> String? {
    let path = directory.appendingPathComponent(name).path
    return (try? String(contentsOfFile: path, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The size in bytes of a file the pane's script wrote (0 while it does not exist).
  func fileSize(_ name: String) -> Int {
    let path = directory.appendingPathComponent(name).path
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
  }

  /// The raw bytes of a file the pane's script wrote (empty while it does not exist).
  func data(_ name: String) -> Data {
    (try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data()
  }

  /// Polls `value` every 50 ms until it has not changed for `quiet` seconds; false if it was
  /// still changing after `seconds`.
  func waitUntilSteady(quiet: Double = 1, seconds: Double = 30, _ value: () -> Int) -> Bool {
    var last = value()
    var since = Date()
    return waitUntil(seconds: seconds) {
      let now = value()
      if now != last {
        last = now
        since = Date()
      }
      return Date().timeIntervalSince(since) >= quiet
    }
  }

  /// Polls `condition` every 50 ms until it holds or `seconds` pass; returns whether it held.
  func waitUntil(seconds: Double = 30, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      usleep(50_000)
    }
    return condition()
  }

  /// Whether `pid` is alive (a zombie waiting for a parent that may never reap it is not).
  static func isRunning(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    return state != "Z" && state != "X"
  }

  /// The pid of the first process in the pane whose command name is `name` (from /proc).
  func pid(ofProcessNamed name: String) -> pid_t? {
    guard let paneShell = pid_t(display("#{pane_pid}")) else { return nil }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for entry in entries {
      guard let pid = pid_t(entry),
        let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
      else { continue }
      let command = stat[stat.index(after: open)..<close]
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      // Fields after the command: state, ppid, ...
      if command == name, fields.count > 1, pid_t(fields[1]) == paneShell { return pid }
    }
    return nil
  }
}

/// Why a tmux session for a test could not start.
enum TmuxError: Error {
  case startFailed(String)
}
