import ArgumentParser

/// The topics `railtop help` knows, and the refusal of one it does not.
///
/// ArgumentParser's `help` subcommand prints the root's help for any path it cannot find and
/// exits 0, so `railtop help bogus` looked like success. A topic is a path of subcommand names
/// (`help simulate`); `help help` is ArgumentParser's own.
enum HelpTopics {
  /// The subcommands under `command`, by name (the `help` topic only at the root). Every
  /// railtop command sets its `commandName`.
  static func topics(of command: any ParsableCommand.Type, atRoot: Bool) -> [String] {
    let names = command.configuration.subcommands.compactMap { $0.configuration.commandName }
    return atRoot ? names + ["help"] : names
  }

  /// Why `arguments` (the command line after the program name) ask for a help topic that does
  /// not exist, or nil when they are not `help …` or name a topic.
  static func unknownTopic(in arguments: [String]) -> HelpTopicError? {
    guard arguments.first == "help" else { return nil }
    var command: any ParsableCommand.Type = RailtopCommand.self
    var path: [String] = []
    // Options (`help -h`) are ArgumentParser's to judge.
    for word in arguments.dropFirst() where !word.hasPrefix("-") {
      let known = topics(of: command, atRoot: path.isEmpty)
      if word == "help", path.isEmpty { return nil }
      let next = command.configuration.subcommands.first { $0.configuration.commandName == word }
      guard let next else {
        return HelpTopicError(topic: path + [word], topics: known.map { path + [$0] })
      }
      command = next
      path.append(word)
    }
    return nil
  }
}

/// `railtop help` asked for a topic it does not have: names it and lists the topics.
struct HelpTopicError: Error, CustomStringConvertible {
  /// The topic as asked, e.g. `["simulate", "bogus"]`.
  let topic: [String]
  /// The topics at that level, each a path.
  let topics: [[String]]

  var description: String {
    let asked = topic.joined(separator: " ")
    let list = topics.map { $0.joined(separator: " ") }
    guard !list.isEmpty else {
      let parent = topic.dropLast().joined(separator: " ")
      return "help: no topic '\(asked)'; \(parent) has no subcommands (see 'railtop help \(parent)')."
    }
    return "help: no topic '\(asked)'; the topics are \(list.joined(separator: ", "))."
  }
}
