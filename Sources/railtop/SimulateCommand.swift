import ArgumentParser

/// `railtop simulate`: headless run with daily KPIs.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate", abstract: "Run the simulation headless and print daily KPIs.")
  func run() throws {}
}
