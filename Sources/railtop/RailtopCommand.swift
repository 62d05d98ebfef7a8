import ArgumentParser

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
}

/// The version printed by `--version`.
enum RailtopVersion {
  static let string = "0.1.0"
}
