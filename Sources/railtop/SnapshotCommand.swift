import ArgumentParser

/// `railtop snapshot`: one frame of the dashboard as plain text.
struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot", abstract: "Print one dashboard frame as plain text.")
  func run() throws {}
}
