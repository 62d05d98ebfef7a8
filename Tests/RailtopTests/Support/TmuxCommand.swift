import Foundation

/// Runs a program to completion with `posix_spawn`, for driving tmux from tests.
///
/// Not `Foundation.Process`: it watches the child through an inherited socket that the
/// daemonised tmux server keeps open, so waiting never returns; and it hands the child the
/// test thread's signal mask, which blocks SIGTERM in the tmux server (notes §8). Here the
/// child gets an empty signal mask, /dev/null as stdin and a temp file as stdout+stderr.
enum TmuxCommand {
  struct Result {
    var status: Int32
    var output: String
  }

  /// Runs `arguments[0]` (searched in PATH) with the rest as its arguments.
  static func run(_ arguments: [String]) -> Result {
    let outPath = NSTemporaryDirectory() + "railtop-cmd-\(UUID().uuidString).out"
    defer { unlink(outPath) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    guard let program = argv.first ?? nil,
      posix_spawnp(&pid, program, &actions, &attributes, argv, environ) == 0
    else {
      return Result(status: -1, output: "could not start \(arguments.first ?? "?")")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    return Result(status: (status >> 8) & 0xff, output: output)
  }
}
