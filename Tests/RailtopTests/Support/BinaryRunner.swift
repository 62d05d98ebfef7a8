import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `railtop` binary and returns its exit status, stdout and stderr separately.
///
/// Uses `posix_spawn` with an empty signal mask and stdin from /dev/null, writing output to
/// temporary files: `Foundation.Process` inherits the test thread's blocked signals and can hang
/// on daemonised children (docs: ../shared/notes/swift-ncurses.md §8).
enum BinaryRunner {
  /// What one run produced.
  struct Result: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// `railtop` next to the test bundle (`.build/<triple>/debug/railtop`).
  static var executable: URL {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("railtop")
  }

  /// The package root, for paths such as `scenarios/…` in arguments.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Runs `executable` (default: railtop) with `arguments`; `environment` adds to or overrides
  /// the current environment. Waits for exit; the status is -1 if the process could not start
  /// and 128+n if it was killed by signal n.
  static func run(
    _ arguments: [String], environment: [String: String] = [:],
    executable: URL = BinaryRunner.executable
  ) -> Result {
    let stem = NSTemporaryDirectory() + "railtop-run-\(UUID().uuidString)"
    let outPath = stem + ".out"
    let errPath = stem + ".err"
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let argumentList: [String] = [executable.path] + arguments
    let argv: [UnsafeMutablePointer<CChar>?] = argumentList.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    let environmentList: [String] = merged.map { "\($0.key)=\($0.value)" }
    let envp: [UnsafeMutablePointer<CChar>?] = environmentList.map { strdup($0) } + [nil]
    defer { envp.forEach { free($0) } }

    var pid = pid_t()
    guard posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp) == 0 else {
      return Result(status: -1, stdout: "", stderr: "could not spawn \(executable.path)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exited = status & 0x7f == 0
    let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Result(status: code, stdout: read(outPath), stderr: read(errPath))
  }

  private static func read(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }
}
