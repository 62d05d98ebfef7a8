import ArgumentParser
import CorridorSim

/// `railtop simulate`: headless run with daily KPIs, or the event log as NDJSON.
///
/// Input is checked completely before the first byte is written, so on bad input stdout stays
/// empty and the message goes to stderr with exit status 2 (see `RailtopCommand.main`).
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Run the simulation headless and print daily KPIs.",
    discussion: """
      Prints one row of KPIs per simulated day and a final summary, in text (default), json \
      (one JSON document) or csv (header + one line per day, no summary).

      With --events, stdout carries only the event log as NDJSON: one JSON object per line, \
      per event, in time order (fields: sequence, time in sim seconds, kind, severity, train, \
      station, containers, message, and the figures of each kind such as seconds, ahead, \
      from_station, to_station, limit, backlog, transit_seconds, late_seconds). The KPI \
      report is not printed then; run again without --events for it (the same seed gives \
      the same run). Days are corridor days (the scenario's corridor clock, UTC+1 for the \
      built-in scenario): --days N ends at the last second of day N, as `snapshot --days N` \
      does.

      Exit status: 0 on success, 2 on bad input (flag value, unreadable or invalid scenario \
      file), with the message on stderr and nothing on stdout.
      """)

  // The numbers parse `.unconditional`ly so that a negative one is out of range, not missing.
  @Option(
    parsing: .unconditional, help: "Simulated days to run (\(OptionRanges.simulateDays.bounds)).")
  var days: Int = 30

  @Option(parsing: .unconditional, help: "Random seed (default: the scenario's default_seed).")
  var seed: SeedArgument?

  @Option(
    help: "Scenario YAML file (default: the built-in zhengzhou-liege).",
    completion: .file(extensions: ["yaml", "yml"]))
  var scenario: String?

  @Option(help: "Output format of the KPI report: text, json or csv.")
  var format: SimulateFormat?

  @Flag(help: "Stream the event log to stdout as NDJSON instead of the KPI report.")
  var events = false

  @Flag(help: "Print the resolved scenario as YAML and exit.")
  var printScenario = false

  func validate() throws {
    try OptionRanges.simulateDays.check(days)
    _ = try seed?.checked()
    if events, format != nil {
      throw ValidationError("--format does not apply with --events (the output is NDJSON)")
    }
  }

  func run() throws {
    let resolved = try ScenarioSource.load(path: scenario)
    var out = OutputBuffer()
    defer { out.flush() }
    if printScenario {
      out.append(ScenarioEncoder.yaml(for: resolved))
      return
    }
    let simulation = Simulation(
      scenario: resolved, seed: try seed?.checked() ?? resolved.defaultSeed)
    if events {
      streamEvents(simulation, into: &out)
    } else {
      let report = SimulateReport.run(simulation, days: days)
      SimulateReportWriter(format: format ?? .text).write(report, into: &out)
    }
  }

  private func streamEvents(_ simulation: Simulation, into out: inout OutputBuffer) {
    let text = simulation.eventText
    // In batches (D90): the log never holds more than a batch's events for us.
    simulation.run(until: simulation.calendar.end(ofDay: Int64(days))) { events in
      for event in events { out.appendLine(text.json(for: event)) }
    }
  }
}

/// The KPI report formats.
enum SimulateFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, csv
}
