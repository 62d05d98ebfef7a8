import CorridorSim

/// The dashboard's own symbols (train markers, severity marks, route marks), Unicode or ASCII.
///
/// Borders, bars and braille come from TermRender's `GlyphSet`; these are the domain symbols
/// on top. Every one is a single column wide, and each status and severity has its own shape,
/// so nothing is told by colour alone.
public struct DashboardGlyphs: Sendable, Hashable {
  public var westbound: String
  public var eastbound: String
  /// A train standing at a station (dwell, customs, gauge-change queue, transshipment …).
  public var standing: String
  public var held: String
  public var arrived: String
  /// Several trains in one cell.
  public var crowd: String
  public var standardGauge: String
  public var broadGauge: String
  public var station: String
  public var border: String
  public var gaugeChange: String
  public var severityInfo: String
  public var severityNotice: String
  public var severityWarning: String
  public var severityCritical: String
  public var running: String
  public var paused: String
  /// `⇄` between the corridor's end names.
  public var bothWays: String
  /// Separates parts of a title or value (` · `).
  public var dot: String
  /// Separates KPIs.
  public var bar: String
  /// An absent value.
  public var none: String
  /// Between two station names (`Astana–Petukhovo`).
  public var between: String
  /// The speed multiplier sign.
  public var times: String
  public var plusMinus: String
  /// Arrow keys as the status line names them.
  public var upDownKeys: String

  public static let unicode = DashboardGlyphs(
    westbound: "▶", eastbound: "◀", standing: "◆", held: "■", arrived: "●", crowd: "≡",
    standardGauge: "─", broadGauge: "═", station: "┼", border: "┃", gaugeChange: "╳",
    severityInfo: "·", severityNotice: "•", severityWarning: "▲", severityCritical: "✖",
    running: "▶", paused: "❚❚", bothWays: "⇄", dot: "·", bar: "│", none: "—", between: "–",
    times: "×", plusMinus: "±", upDownKeys: "↑↓")

  public static let ascii = DashboardGlyphs(
    westbound: ">", eastbound: "<", standing: "+", held: "#", arrived: "*", crowd: "=",
    standardGauge: "-", broadGauge: "=", station: "+", border: "|", gaugeChange: "X",
    severityInfo: ".", severityNotice: "o", severityWarning: "!", severityCritical: "X",
    running: ">", paused: "||", bothWays: "<>", dot: "|", bar: "|", none: "-", between: "-",
    times: "x", plusMinus: "+-", upDownKeys: "Up/Dn")

  /// Key names in the help table, spelled for this glyph set (`↑` → `Up` in ASCII).
  public func keys(_ text: String) -> String {
    guard self == .ascii else { return text }
    return text.replacing("↑", with: "Up").replacing("↓", with: "Down")
  }

  /// The marker of one train on the route line (westbound trains travel to the right).
  public func marker(for train: TrainSnapshot) -> String {
    marker(status: train.status, direction: train.direction)
  }

  /// `marker(for:)` from the two fields it reads, so a caller walking the snapshot's trains
  /// in place does not copy a whole row (strings and arrays) per train.
  public func marker(status: TrainStatus, direction: Direction) -> String {
    switch status {
    case .running: direction == .westbound ? westbound : eastbound
    case .held: held
    case .arrived, .unloading: arrived
    case .loading, .dwelling, .waitingForPath, .atCustoms, .queuedForGaugeChange, .transshipping:
      standing
    }
  }

  public func severity(_ severity: SimEvent.Severity) -> String {
    switch severity {
    case .info: severityInfo
    case .notice: severityNotice
    case .warning: severityWarning
    case .critical: severityCritical
    }
  }
}
