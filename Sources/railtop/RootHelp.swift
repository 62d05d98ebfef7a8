import ArgumentParser

/// `railtop --help` (and `railtop help`) with the dashboard's options in it.
///
/// `railtop` alone runs `dashboard`, but ArgumentParser's help for the root lists only the
/// subcommands, so the options of the command people run most were one `railtop help
/// dashboard` away. The dashboard's own OPTIONS section, as that help renders it, goes in before
/// SUBCOMMANDS, less the `--version` and `--help` entries the root lists already.
enum RootHelp {
  static let header = "DASHBOARD OPTIONS (dashboard is the default subcommand):"

  /// The root help with the dashboard's options.
  static func text(columns: Int? = nil) -> String {
    let root = RailtopCommand.helpMessage(columns: columns)
    let options = dashboardOptions(columns: columns)
    guard !options.isEmpty else { return root }
    let section = ([header] + options).joined(separator: "\n") + "\n\n"
    let marker = "\nSUBCOMMANDS:"
    guard root.contains(marker) else { return root + "\n" + section }
    return root.replacing(marker, with: "\n" + section + marker.dropFirst(), maxReplacements: 1)
  }

  /// The entries of the dashboard's OPTIONS section, without the ones every command has.
  static func dashboardOptions(columns: Int?) -> [String] {
    let lines = DashboardCommand.helpMessage(columns: columns)
      .split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: "OPTIONS:") else { return [] }
    let section = lines[(start + 1)...].prefix { !$0.isEmpty }
    // An entry is its first line ("  --fps <fps>  …") and the indented lines that wrap it.
    var entries: [[Substring]] = []
    for line in section {
      if line.hasPrefix("  -") || entries.isEmpty {
        entries.append([line])
      } else {
        entries[entries.count - 1].append(line)
      }
    }
    let shared = ["--version", "-h, --help"]
    return entries.filter { entry in
      let flag = entry[0].drop { $0 == " " }
      return !shared.contains { flag.hasPrefix($0) }
    }.flatMap { $0.map(String.init) }
  }
}
