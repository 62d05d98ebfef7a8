import CorridorSim
import FoundationEssentials
import SafeText

/// Renders a `SimulateReport` as text, JSON or CSV into an `OutputBuffer`.
///
/// Names from the scenario are escaped where they are written: `terminalSafe` in the text
/// report, `\u` escapes in JSON (for DEL, C1 and the bidi controls too, which JSONEncoder
/// leaves raw). CSV carries no names.
struct SimulateReportWriter {
  let format: SimulateFormat

  func write(_ report: SimulateReport, into out: inout OutputBuffer) {
    switch format {
    case .text: text(report, into: &out)
    case .json: json(report, into: &out)
    case .csv: csv(report, into: &out)
    }
  }

  private static let columns = [
    "day", "date", "trains_in_transit", "teu_in_transit", "teu_in_transit_westbound",
    "teu_in_transit_eastbound", "teu_delivered", "teu_delivered_total", "trains_arrived",
    "trains_arrived_total", "mean_transit_days", "on_time_percent", "backlog_feu",
    "oldest_backlog_days",
  ]

  private func csv(_ report: SimulateReport, into out: inout OutputBuffer) {
    out.appendLine(Self.columns.joined(separator: ","))
    for r in report.rows {
      let fields: [String] = [
        "\(r.day)", r.date, "\(r.trainsInTransit)", "\(r.teuInTransit)",
        "\(r.teuInTransitWestbound)", "\(r.teuInTransitEastbound)", "\(r.teuDelivered)",
        "\(r.teuDeliveredTotal)", "\(r.trainsArrived)", "\(r.trainsArrivedTotal)",
        Self.fixed(r.meanTransitDays, digits: 2) ?? "",
        Self.fixed(r.onTimePercent, digits: 1) ?? "", "\(r.backlogFEU)",
        Self.fixed(r.oldestBacklogDays, digits: 2) ?? "",
      ]
      out.appendLine(fields.joined(separator: ","))
    }
  }

  private func text(_ report: SimulateReport, into out: inout OutputBuffer) {
    out.appendLine(
      "\(report.scenarioTitle.terminalSafe()) (\(report.scenarioName.terminalSafe())), "
        + "seed \(report.seed), "
        + "\(report.rows.count) day\(report.rows.count == 1 ? "" : "s") from \(report.startUTC)")
    let header = [
      "day", "date", "trains", "TEU transit", "TEU deliv", "TEU total", "arrived",
      "mean days", "on-time %",
    ]
    let widths = [4, 10, 6, 11, 9, 9, 7, 9, 9]
    out.appendLine(Self.row(header, widths))
    for r in report.rows {
      out.appendLine(
        Self.row(
          [
            "\(r.day)", r.date, "\(r.trainsInTransit)", "\(r.teuInTransit)", "\(r.teuDelivered)",
            "\(r.teuDeliveredTotal)", "\(r.trainsArrivedTotal)",
            Self.fixed(r.meanTransitDays, digits: 2) ?? "-",
            Self.fixed(r.onTimePercent, digits: 1) ?? "-",
          ], widths))
    }
    let k = report.final.kpis
    out.appendLine("")
    out.appendLine("Summary")
    out.appendLine("  trains arrived      \(k.trainsArrivedTotal)")
    out.appendLine("  TEU delivered       \(k.teuDeliveredTotal)")
    out.appendLine("  TEU in transit      \(k.teuInTransit) (\(k.trainsInTransit) trains)")
    out.appendLine(
      "  mean transit        \(Self.fixed(k.meanTransitDays, digits: 2).map { "\($0) days" } ?? "-")"
        + " (boxes handed off in the last 30 days, door to door)")
    out.appendLine(
      "  on time             \(Self.fixed(k.onTimePercent, digits: 1).map { "\($0) %" } ?? "-")")
    for border in k.delayByBorder {
      out.appendLine(
        "  wait at \(border.name.terminalSafe()): \(Self.fixed(border.meanWaitHours, digits: 1) ?? "-") h mean over \(border.trains) trains"
      )
    }
    for backlog in k.backlogs {
      let age = backlog.oldestSince.map {
        Self.fixed(Double(report.final.time.seconds - $0.seconds) / 86_400, digits: 1) ?? "-"
      }
      out.appendLine(
        "  backlog at \(backlog.name.terminalSafe()): \(backlog.feu) FEU"
          + (age.map { ", oldest box waiting \($0) days" } ?? ""))
    }
    out.appendLine("  events processed    \(report.eventsProcessed)")
  }

  private func json(_ report: SimulateReport, into out: inout OutputBuffer) {
    struct Summary: Encodable {
      let kpis: KPISnapshot
      let eventsProcessed: Int
      enum CodingKeys: String, CodingKey { case kpis, eventsProcessed = "events_processed" }
    }
    struct Document: Encodable {
      let scenario: String
      let title: String
      let seed: UInt64
      let start: String
      let days: [SimulateReport.DayRow]
      let summary: Summary
    }
    let document = Document(
      scenario: report.scenarioName, title: report.scenarioTitle, seed: report.seed,
      start: report.startUTC, days: report.rows,
      summary: Summary(kpis: report.final.kpis, eventsProcessed: report.eventsProcessed))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase  // one key style with the day rows
    // Encoding plain structs of numbers and strings cannot fail; an empty object is the
    // defensive fallback rather than a crash.
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    out.appendLine(JSONEscape.escapingUnsafeScalars(in: String(decoding: data, as: UTF8.self)))
  }

  /// A number with a fixed count of decimals, without Foundation's locale-dependent formatting.
  static func fixed(_ value: Double?, digits: Int) -> String? {
    guard let value, value.isFinite else { return nil }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int64(scaled / scale)
    let fraction = Int64(scaled) - whole * Int64(scale)
    var fractionText = String(fraction)
    while fractionText.count < digits { fractionText = "0" + fractionText }
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return digits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fractionText)"
  }

  private static func row(_ cells: [String], _ widths: [Int]) -> String {
    zip(cells, widths).enumerated().map { index, pair in
      let padding = String(repeating: " ", count: max(0, pair.1 - pair.0.count))
      return index == 1 ? pair.0 + padding : padding + pair.0
    }.joined(separator: "  ")
  }
}
