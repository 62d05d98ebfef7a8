import CorridorSim
import TermRender

/// The dashboard's own symbols (train markers, severity marks, route marks), Unicode or ASCII.
///
/// Borders, bars and braille come from TermRender's `GlyphSet`; these are the domain symbols
/// on top. Every one is a single column wide, and each status and severity has its own shape,
/// so nothing is told by colour alone.
///
/// A class with two instances: pane models and draws pass the set around for every cell, and
/// copying a struct of two dozen strings cost a release per string each time.
public final class DashboardGlyphs: Sendable, Hashable {
  public let westbound: String
  public let eastbound: String
  /// A train standing at a station (dwell, customs, gauge-change queue, transshipment …).
  public let standing: String
  public let held: String
  public let arrived: String
  /// Several trains in one cell.
  public let crowd: String
  public let standardGauge: String
  public let broadGauge: String
  public let station: String
  public let border: String
  public let gaugeChange: String
  /// A stop where a branch leaves the line (Berlin for Hamburg): trains on the branch are
  /// drawn in its column.
  public let branch: String
  public let severityInfo: String
  public let severityNotice: String
  public let severityWarning: String
  public let severityCritical: String
  public let running: String
  public let paused: String
  /// `⇄` between the corridor's end names.
  public let bothWays: String
  /// Separates parts of a title or value (` · `).
  public let dot: String
  /// Separates KPIs.
  public let bar: String
  /// An absent value.
  public let none: String
  /// Between two station names (`Astana–Petukhovo`).
  public let between: String
  /// The speed multiplier sign.
  public let times: String
  public let plusMinus: String
  /// `≤`: at most (the on-time KPI's tolerance).
  public let atMost: String
  /// Arrow keys as the status line names them.
  public let upDownKeys: String

  private init(
    westbound: String,
    eastbound: String,
    standing: String,
    held: String,
    arrived: String,
    crowd: String,
    standardGauge: String,
    broadGauge: String,
    station: String,
    border: String,
    gaugeChange: String,
    branch: String,
    severityInfo: String,
    severityNotice: String,
    severityWarning: String,
    severityCritical: String,
    running: String,
    paused: String,
    bothWays: String,
    dot: String,
    bar: String,
    none: String,
    between: String,
    times: String,
    plusMinus: String,
    atMost: String,
    upDownKeys: String
  ) {
    self.westbound = westbound
    self.eastbound = eastbound
    self.standing = standing
    self.held = held
    self.arrived = arrived
    self.crowd = crowd
    self.standardGauge = standardGauge
    self.broadGauge = broadGauge
    self.station = station
    self.border = border
    self.gaugeChange = gaugeChange
    self.branch = branch
    self.severityInfo = severityInfo
    self.severityNotice = severityNotice
    self.severityWarning = severityWarning
    self.severityCritical = severityCritical
    self.running = running
    self.paused = paused
    self.bothWays = bothWays
    self.dot = dot
    self.bar = bar
    self.none = none
    self.between = between
    self.times = times
    self.plusMinus = plusMinus
    self.atMost = atMost
    self.upDownKeys = upDownKeys
  }

  public static func == (a: DashboardGlyphs, b: DashboardGlyphs) -> Bool { a === b }

  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

  public static let unicode = DashboardGlyphs(
    westbound: "▶", eastbound: "◀", standing: "◆", held: "■", arrived: "●", crowd: "≡",
    standardGauge: "─", broadGauge: "═", station: "┼", border: "┃", gaugeChange: "╳",
    branch: "┬",    severityInfo: "·", severityNotice: "•", severityWarning: "▲", severityCritical: "✖",
    running: "▶", paused: "❚❚", bothWays: "⇄", dot: "·", bar: "│", none: "—", between: "–",
    times: "×", plusMinus: "±", atMost: "≤", upDownKeys: "↑↓")

  public static let ascii = DashboardGlyphs(
    westbound: ">", eastbound: "<", standing: "+", held: "#", arrived: "*", crowd: "=",
    standardGauge: "-", broadGauge: "=", station: "+", border: "|", gaugeChange: "X",
    branch: "Y",    severityInfo: ".", severityNotice: "o", severityWarning: "!", severityCritical: "X",
    running: ">", paused: "||", bothWays: "<>", dot: "|", bar: "|", none: "-", between: "-",
    times: "x", plusMinus: "+-", atMost: "<=", upDownKeys: "Up/Dn")

  /// The domain symbols that go with the widget symbols of `ui`: ASCII where they are ASCII
  /// (the ASCII set, and where ambiguous-width glyphs are drawn wide: `▶ ◆ ─ ┃` all are).
  public static func matching(_ ui: GlyphSet) -> DashboardGlyphs {
    ui.hasUnicodeSymbols ? .unicode : .ascii
  }

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
