import ArgumentParser
import SafeText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `railtop`: the live dashboard by default, plus headless `simulate` and `snapshot`.
@main
struct RailtopCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "railtop",
    abstract: "A live terminal dashboard of the Zhengzhou ⇄ Liège e-commerce rail corridor.",
    version: RailtopVersion.string,
    subcommands: [DashboardCommand.self, SimulateCommand.self, SnapshotCommand.self],
    defaultSubcommand: DashboardCommand.self
  )

  /// Every message starts `railtop: `, ArgumentParser's (usage errors, errors thrown by a
  /// command) as the ones railtop prints itself (terminal, theme), instead of `Error: ` for some.
  /// The hook is ArgumentParser's experimental one; `RailtopTests` pin the prefix.
  static var _errorPrefix: String { "railtop: " }

  /// Parses and runs, mapping failures to the documented exit statuses.
  ///
  /// ArgumentParser exits 64 on usage errors; railtop promises 2 for any bad input (flag,
  /// value, file). `--help` and `--version` still print to stdout and exit 0, the root's help
  /// with the dashboard's options (`RootHelp`); an explicit `ExitCode` thrown by a command keeps
  /// its value. `help` with a topic it lacks is an error too (`HelpTopics`).
  static func main() {
    do {
      if let unknown = HelpTopics.unknownTopic(in: Array(CommandLine.arguments.dropFirst())) {
        throw unknown
      }
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      var message = escapingArguments(in: fullMessage(for: error))
      let succeeded = code == .success
      if succeeded, message == helpMessage() { message = RootHelp.text() }
      var out = OutputBuffer(fd: succeeded ? STDOUT_FILENO : STDERR_FILENO)
      if !message.isEmpty { out.appendLine(message) }
      out.flush()
      terminate(succeeded ? 0 : error is ExitCode ? code.rawValue : 2)
    }
  }
}

extension RailtopCommand {
  /// `message` with every command-line value that holds a line feed replaced by its escaped
  /// form. ArgumentParser's own messages quote values as typed, and the output keeps LF (the
  /// writer's line breaks), so such a value would otherwise end the message's line there;
  /// every other control is escaped by `OutputBuffer` anyway.
  static func escapingArguments(in message: String) -> String {
    CommandLine.arguments.dropFirst().filter { $0.unicodeScalars.contains("\n") }
      .reduce(message) { text, value in text.replacing(value, with: value.terminalSafe()) }
  }
}

/// Ends the process with `status` (the C `exit`, which the command's own `exit` would shadow).
private func terminate(_ status: Int32) -> Never {
  #if canImport(Glibc)
    Glibc.exit(status)
  #else
    Darwin.exit(status)
  #endif
}

/// The version printed by `--version`.
enum RailtopVersion {
  static let string = "0.1.0"
}
