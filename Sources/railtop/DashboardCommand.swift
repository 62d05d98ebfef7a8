import ArgumentParser

/// `railtop dashboard` (the default): the live ncurses screen.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard", abstract: "Open the live dashboard (default).")
  func run() throws {}
}
